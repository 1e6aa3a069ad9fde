import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { ESCAPE_ARTICLE, ESCAPE_SLUG } from '../support/escape-article.ts';
import { freshBuild, listFiles, sharedBuild } from '../support/project-build.ts';

/**
 * Two builds of the same input, in two different folders, must give byte-identical `dist/` trees: no
 * timestamps, absolute paths, random ids or order that depends on the file system or on timing.
 * Both copies carry the escaping test's extra article (same input on both sides): the first is the
 * shared build escaping.test.ts opens (made here or there, whichever runs first, or by an earlier run
 * of the same input), the second is always built afresh.
 */
const EXTRA = { [`articles/${ESCAPE_SLUG}.md`]: ESCAPE_ARTICLE };

describe('reproducible builds', () => {
	it('builds the same input twice into byte-identical dist/ folders', { timeout: 240_000 }, async () => {
		const [a, b] = await Promise.all([sharedBuild('escape', EXTRA), freshBuild('escape-again', EXTRA)]);
		onTestFinished(() => rmSync(b, { recursive: true, force: true }));
		const distA = path.join(a, 'dist');
		const distB = path.join(b, 'dist');
		const filesA = listFiles(distA);
		const filesB = listFiles(distB);
		expect(filesA.length).toBeGreaterThan(20);
		expect(filesA).toContain(`articles/${ESCAPE_SLUG}/index.html`);
		const onlyA = filesA.filter((f) => !filesB.includes(f)).map((f) => `only in the first build: ${f}`);
		const onlyB = filesB.filter((f) => !filesA.includes(f)).map((f) => `only in the second build: ${f}`);
		const differing = filesA
			.filter((f) => filesB.includes(f))
			.filter((f) => !readFileSync(path.join(distA, f)).equals(readFileSync(path.join(distB, f))))
			.map((f) => `differs: ${f}`);
		expect([...onlyA, ...onlyB, ...differing], `compare ${distA} and ${distB}`).toEqual([]);
	});
});
