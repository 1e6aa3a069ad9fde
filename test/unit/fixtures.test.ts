/**
 * Fixture tests, remark-gfm style: each directory in test/fixtures/ is one case.
 * - Article case: `article.md` or `article.mdx` → expected `deck.json` (buildArticleDeck of extractArticle).
 *   The article is parsed as `articles/<case>.md(x)`, so the case name is its slug.
 * - Composed case: `deck.md` + `articles/*.md(x)` → expected `deck.json` (buildComposedDeck), the deck
 *   parsed as `decks/<case>.md`.
 * Expected files are regenerated ONLY on purpose, and reviewed before committing:
 *   UPDATE_FIXTURES=1 vitest run test/unit/fixtures.test.ts
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildArticleDeck, buildComposedDeck, extractArticle } from '../../src/lib/deck/index.ts';
import type { Deck } from '../../src/lib/deck/index.ts';

const root = join(import.meta.dirname, '..', 'fixtures');
const update = process.env['UPDATE_FIXTURES'] === '1';

/** The article file of a case directory, if it has one. */
function articleFile(dir: string): string | null {
	return ['article.md', 'article.mdx'].find((name) => existsSync(join(dir, name))) ?? null;
}

/** Builds the deck a case describes. */
function buildCase(name: string, dir: string): Deck {
	if (existsSync(join(dir, 'deck.md'))) {
		const articlesDir = join(dir, 'articles');
		const articles = readdirSync(articlesDir)
			.filter((file) => /\.mdx?$/.test(file))
			.sort()
			.map((file) => extractArticle(readFileSync(join(articlesDir, file), 'utf8'), `articles/${file}`));
		return buildComposedDeck(readFileSync(join(dir, 'deck.md'), 'utf8'), `decks/${name}.md`, articles);
	}
	const file = articleFile(dir);
	if (!file) throw new Error(`fixture ${name} has neither deck.md nor article.md(x)`);
	const ext = file.slice(file.lastIndexOf('.'));
	return buildArticleDeck(extractArticle(readFileSync(join(dir, file), 'utf8'), `articles/${name}${ext}`));
}

const cases = readdirSync(root, { withFileTypes: true })
	// `bad/` and `hostile/` hold the content-check corpus (test/unit/check/*-fixtures.test.ts), `notes/` the pinned notes, not deck cases.
	.filter((entry) => entry.isDirectory() && !['bad', 'hostile', 'notes'].includes(entry.name))
	.map((entry) => entry.name)
	.sort();

describe('fixtures', () => {
	it('has the required cases', () => {
		for (const name of [
			'takeaways-bullets',
			'takeaways-numbered-long',
			'frontmatter-takeaways-win',
			'table-alignment',
			'table-long',
			'cargo-manifest-workspace',
			'cargo-config',
			'no-extractables',
			'mdx-article',
			'composed-talk',
			'code-walkthrough',
			'code-pair-fences',
			'chart-units',
			'chart-none',
			'chart-long',
			'chart-opt-out',
			'composed-code',
		]) {
			expect(cases).toContain(name);
		}
	});

	for (const name of cases) {
		it(name, () => {
			const dir = join(root, name);
			const expectedFile = join(dir, 'deck.json');
			// JSON round trip: the expected file holds exactly what serialises (no undefined fields).
			const actual: unknown = JSON.parse(JSON.stringify(buildCase(name, dir)));
			if (update) writeFileSync(expectedFile, `${JSON.stringify(actual, null, '\t')}\n`);
			expect(existsSync(expectedFile), `${expectedFile} is missing; run with UPDATE_FIXTURES=1 and review it`).toBe(true);
			expect(actual).toEqual(JSON.parse(readFileSync(expectedFile, 'utf8')));
		});
	}
});
