import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { astroCacheFiles, astroCacheValid, recordAstroCache } from '../../../src/lib/cache/astro-cache.ts';
import { buildKey } from '../../../src/lib/cache/build-key.ts';
import { CacheStore } from '../../../src/lib/cache/store.ts';
import { checkProject } from '../../../src/lib/check/check-content.ts';

const dirs: string[] = [];
afterEach(() => {
	for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function project(files: Record<string, string>): string {
	const root = mkdtempSync(path.join(tmpdir(), 'talkbook-keys-'));
	dirs.push(root);
	write(root, files);
	return root;
}
function write(root: string, files: Record<string, string>): void {
	for (const [name, text] of Object.entries(files)) {
		mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
		writeFileSync(path.join(root, name), text);
	}
}
const article = (title: string, body = '') => `---\ntitle: "${title}"\ndescription: "About ${title}."\ndate: 2024-01-01\n---\n\n## Key Takeaways\n\n- One\n- Two\n${body}`;

describe('buildKey', () => {
	const base = { 'src/lib/a.ts': 'export const a = 1;\n', 'astro.config.mjs': "export default { markdown: { shikiConfig: { themes: { light: 'github-light' } } } };\n", 'package-lock.json': '{"packages":{"node_modules/shiki":{"version":"4.6.0"}}}\n' };
	it('is the same for the same project and changes with its code, settings, packages and environment', () => {
		const root = project(base);
		const key = buildKey(root, {});
		expect(buildKey(root, {})).toBe(key);
		expect(buildKey(root, { TALKBOOK_SITE: 'https://talks.example' })).not.toBe(key);
		write(root, { 'src/lib/a.ts': 'export const a = 2;\n' });
		const afterCode = buildKey(root, {});
		expect(afterCode).not.toBe(key);
		write(root, { 'astro.config.mjs': "export default { markdown: { shikiConfig: { themes: { light: 'min-light' } } } };\n" });
		const afterSetting = buildKey(root, {});
		expect(afterSetting).not.toBe(afterCode);
		write(root, { 'package-lock.json': '{"packages":{"node_modules/shiki":{"version":"4.7.0"}}}\n' });
		expect(buildKey(root, {})).not.toBe(afterSetting);
		write(root, { 'src/styles/new.css': 'a{}' });
		expect(buildKey(root, {})).not.toBe(afterSetting);
	});
	it('ignores the content: articles are keyed by their own text', () => {
		const root = project(base);
		const key = buildKey(root, {});
		write(root, { 'articles/a.md': article('A') });
		expect(buildKey(root, {})).toBe(key);
	});
});

describe('the per-article cache', () => {
	it('reuses every article of an unchanged project, computes only an edited one, and reports what a fresh check reports', () => {
		const root = project({ 'articles/a.md': article('A'), 'articles/b.md': article('B'), 'articles/c.md': article('C', '\nSee [b](/articles/b/#nope).\n') });
		const dir = path.join(root, 'cache');
		const run = (key = 'k1', fresh = false) => {
			const store = new CacheStore({ dir, fresh });
			const outcome = checkProject({ root, cache: store, buildKey: key });
			return { store, outcome };
		};
		const first = run();
		expect(first.store.misses).toBeGreaterThan(0);
		expect(first.store.hits).toBe(0);
		const again = run();
		expect(again.store.misses).toBe(0);
		expect(again.outcome.result).toEqual(first.outcome.result);
		write(root, { 'articles/c.md': article('C', '\nSee [b](/articles/b/#key-takeaways).\n') });
		const edited = run();
		// The edited article's record and its deck; a and b come from the cache.
		expect(edited.store.misses).toBe(2);
		expect(edited.outcome.result.errors).toEqual([]);
		expect(edited.outcome).toEqual(run('k1', true).outcome);
		// Another build key (Talkbook's code or settings changed): nothing is reused.
		const other = run('k2');
		expect(other.store.hits).toBe(0);
	});
});

describe("Astro's content cache", () => {
	it('is kept only for the build key it was made with, and only if nothing else wrote it since', () => {
		const root = project({ 'node_modules/.astro/data-store.json': '{}', 'node_modules/.cache/talkbook/.keep': '' });
		const files = astroCacheFiles(root);
		expect(astroCacheValid(files, 'k1')).toBe(false);
		recordAstroCache(files, 'k1');
		expect(astroCacheValid(files, 'k1')).toBe(true);
		expect(astroCacheValid(files, 'k2')).toBe(false);
		// `astro dev` (or a plain `astro build`) rewrote the store: it may hold pages of other code.
		writeFileSync(files.store, '{"x":1}');
		utimesSync(files.store, new Date(), new Date(Date.now() + 5000));
		expect(astroCacheValid(files, 'k1')).toBe(false);
	});
});
