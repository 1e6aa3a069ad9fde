/**
 * The content-check corpus: each directory in test/fixtures/bad/ is a tiny project (`articles/`, and
 * optionally `decks/` and `public/`) with one kind of problem, and `expected.txt` holds the exact report
 * `npm run check` prints for it (file:line:column: severity: message, then the summary line).
 * Expected files are regenerated ONLY on purpose, and reviewed before committing:
 *   UPDATE_FIXTURES=1 vitest run test/unit/check/bad-fixtures.test.ts
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/lib/check/check-content.ts';
import { formatReport } from '../../../src/lib/check/report.ts';

const root = join(import.meta.dirname, '..', '..', 'fixtures', 'bad');
const update = process.env['UPDATE_FIXTURES'] === '1';

const cases = readdirSync(root, { withFileTypes: true })
	.filter((entry) => entry.isDirectory())
	.map((entry) => entry.name)
	.sort();

describe('content check fixtures (test/fixtures/bad)', () => {
	it('has one case per kind of problem', () => {
		for (const name of [
			'frontmatter-missing-title',
			'frontmatter-bad-date',
			'frontmatter-bad-tag',
			'yaml-syntax-error',
			'invalid-toml',
			'broken-link-article',
			'broken-anchor',
			'broken-anchor-same-page',
			'broken-link-in-deck',
			'duplicate-slug',
			'duplicate-slug-deck',
			'deck-missing-article',
			'deck-missing-part',
			'fence-without-language',
			'duplicate-title',
			'duplicate-series-part',
		]) {
			expect(cases).toContain(name);
		}
	});

	for (const name of cases) {
		it(name, () => {
			const dir = join(root, name);
			const expectedFile = join(dir, 'expected.txt');
			const actual = `${formatReport(checkContent({ root: dir }))}\n`;
			if (update) writeFileSync(expectedFile, actual);
			expect(existsSync(expectedFile), `${expectedFile} is missing; run with UPDATE_FIXTURES=1 and review it`).toBe(true);
			expect(actual).toBe(readFileSync(expectedFile, 'utf8'));
		});
	}

	it('reports a warning-only case without errors', () => {
		const result = checkContent({ root: join(root, 'fence-without-language') });
		expect(result.errors).toEqual([]);
		expect(result.warnings.length).toBeGreaterThan(0);
	});
});
