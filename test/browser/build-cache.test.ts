import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it, onTestFinished } from 'vitest';
import { BUILDS_DIR, copyProject, listFiles } from '../support/project-build.ts';

const run = promisify(execFile);

/** `npm run build [args]` in a project copy; its output, to see what the caches answered. */
async function build(dir: string, args: string[] = []): Promise<string> {
	const { stdout, stderr } = await run(process.execPath, ['scripts/build.ts', ...args], {
		cwd: dir,
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
		maxBuffer: 64 * 1024 * 1024,
	});
	return `${stdout}${stderr}`;
}

/** Every file of dist/ with the hash of its bytes. */
function snapshot(dir: string): Record<string, string> {
	const dist = path.join(dir, 'dist');
	return Object.fromEntries(listFiles(dist).map((file) => [file, createHash('sha256').update(readFileSync(path.join(dist, file))).digest('hex')]));
}

/** Files that differ between two snapshots (added, removed or changed). */
function differences(a: Record<string, string>, b: Record<string, string>): string[] {
	return [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((file) => a[file] !== b[file]).sort();
}

/** Replaces text in a file of the copy, failing if the text is not there (the test would prove nothing). */
function edit(dir: string, file: string, from: string, to: string): void {
	const full = path.join(dir, file);
	const text = readFileSync(full, 'utf8');
	expect(text, `${file} contains ${from}`).toContain(from);
	writeFileSync(full, text.replace(from, to));
}

/** The content check's cache line: `(N cached, M computed)`. */
function cacheCounts(output: string): { cached: number; computed: number } {
	const match = /\((\d+) cached, (\d+) computed\)/.exec(output);
	expect(match, output).not.toBeNull();
	return { cached: Number(match![1]), computed: Number(match![2]) };
}

/** A plain MDX article (no imports): enough for Rolldown's directive warning. */
const MDX_ARTICLE = `---
title: "An MDX Article for the Cache Test"
description: "Written in MDX, so Astro compiles it with its MDX integration."
date: 2026-01-05
tags: [rust]
---

MDX articles are compiled by Astro's MDX integration. This one has {1 + 1} sections.

## Takeaways

- An MDX article builds without warnings.
`;

describe('build caches', () => {
	it('give the dist/ a fresh build gives after a one-article edit, and after a change to Talkbook code or settings', { timeout: 600_000 }, async () => {
		mkdirSync(BUILDS_DIR, { recursive: true });
		const dir = mkdtempSync(path.join(BUILDS_DIR, 'cache-'));
		onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
		// With an MDX article too: Rolldown warns about Astro's own MDX directive in every one (astro#18087).
		copyProject(dir, { 'articles/cache-test-mdx.mdx': MDX_ARTICLE });
		// A first build prints no warning of Astro's or Rolldown's.
		expect(await build(dir)).not.toMatch(/\[WARN\]|MODULE_LEVEL_DIRECTIVE/);
		const cold = snapshot(dir);

		// An unchanged rebuild computes nothing again and publishes the same bytes.
		expect(cacheCounts(await build(dir)).computed).toBe(0);
		expect(differences(snapshot(dir), cold)).toEqual([]);

		// One article edited: only it is computed again, and the result is what a fresh build makes.
		appendFileSync(path.join(dir, 'articles/why-rust-on-the-backend.md'), '\n## Added by the cache test\n\nA sentence the rebuild must show.\n');
		const counts = cacheCounts(await build(dir));
		expect(counts.computed).toBeGreaterThan(0);
		expect(counts.computed).toBeLessThanOrEqual(2);
		const edited = snapshot(dir);
		expect(differences(edited, cold)).toContain('articles/why-rust-on-the-backend/index.html');
		expect(readFileSync(path.join(dir, 'dist/articles/why-rust-on-the-backend/index.html'), 'utf8')).toContain('A sentence the rebuild must show.');
		await build(dir, ['--fresh']);
		expect(differences(snapshot(dir), edited)).toEqual([]);

		// Talkbook's own code changes the output of cached steps: the site's code titles (Astro's Markdown
		// cache) and the decks' closing slides (Talkbook's slide cache). Neither may be served stale.
		edit(dir, 'src/lib/shiki/transformer-code-title.ts', "className: ['code-title']", "className: ['code-title', 'cache-test-title']");
		edit(dir, 'src/lib/render/closing.ts', 'class="closing-links"', 'class="closing-links cache-test-closing"');
		await build(dir);
		const changed = snapshot(dir);
		expect(readFileSync(path.join(dir, 'dist/articles/why-rust-is-growing-fast/index.html'), 'utf8')).toContain('cache-test-title');
		expect(readFileSync(path.join(dir, 'dist/decks/why-rust-is-growing-fast/index.html'), 'utf8')).toContain('cache-test-closing');
		await build(dir, ['--fresh']);
		expect(differences(snapshot(dir), changed)).toEqual([]);

		// A Markdown setting: the site's light code theme.
		edit(dir, 'astro.config.mjs', "light: 'github-light'", "light: 'min-light'");
		await build(dir);
		const themed = snapshot(dir);
		expect(differences(themed, changed)).toContain('articles/why-rust-is-growing-fast/index.html');
		await build(dir, ['--fresh']);
		expect(differences(snapshot(dir), themed)).toEqual([]);
	});
});
