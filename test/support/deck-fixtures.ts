import { readFileSync } from 'node:fs';
import path from 'node:path';
import { sharedBuild } from './project-build.ts';

const FIXTURES = path.resolve('test', 'fixtures');

/** The public URL the fixture build is given, as TALKBOOK_SITE. */
export const FIXTURE_SITE = 'https://talkbook.example';

/**
 * Fixture articles made to break the readability floor (a 7-column table, a 22-row table, a wide short
 * table, a 30-dependency manifest, 150-character TOML lines, diagrams, sub- and superscripts of math), a 4:3
 * talk, and a talk with hand-written slides PowerPoint has no native form for (an image, a `<details>`), placed
 * where a project keeps its content.
 */
export function fixtureContent(): Record<string, string> {
	const read = (file: string): string => readFileSync(path.join(FIXTURES, file), 'utf8');
	return {
		'articles/floor-tables.md': read('floor-tables/article.md'),
		'articles/floor-cargo.md': read('floor-cargo/article.md'),
		'articles/wide.md': read('aspect-4x3/articles/wide.md'),
		'decks/aspect-4x3.md': read('aspect-4x3/deck.md'),
		'articles/pictures.md': read('pptx-pictures/articles/pictures.md'),
		'decks/pptx-pictures.md': read('pptx-pictures/deck.md'),
		// Diagrams of every type (a sequence split over slides, a flowchart turned), math in takeaways, a table and
		// display equations, a talk with hand-written math, and charts of numbers as people write them.
		...Object.fromEntries(['diagram-flowchart', 'diagram-sequence', 'diagram-state', 'diagram-class', 'diagram-er', 'math-inline-display', 'chart-notations'].map((name) => [`articles/${name}.md`, read(`${name}/article.md`)])),
		'articles/queues.md': read('composed-math/articles/queues.md'),
		'decks/composed-math.md': read('composed-math/deck.md'),
	};
}

/** A copy of the project with the fixture content, built once per input with TALKBOOK_SITE set; returns its dist/. */
export async function fixtureSiteDist(): Promise<string> {
	const dir = await sharedBuild('deck-fixtures', fixtureContent(), { TALKBOOK_SITE: FIXTURE_SITE });
	return path.join(dir, 'dist');
}
