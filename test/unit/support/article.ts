import { collectHeadings } from '../../../src/lib/article/headings.ts';
import { parseArticle } from '../../../src/lib/article/parse.ts';
import type { ArticleContext } from '../../../src/lib/extract/context.ts';
import type { ComparisonTable } from '../../../src/lib/extract/types.ts';

/** Frontmatter every test article needs, so tests only spell out what they are about. */
export const BASE_FRONTMATTER = 'title: "Test article"\ndescription: "An article written by a test."\ndate: 2024-01-02';

/** An article file: the base frontmatter (plus `extra` YAML lines) and a Markdown body. */
export function articleSource(body: string, extra = ''): string {
	return `---\n${BASE_FRONTMATTER}${extra ? `\n${extra}` : ''}\n---\n\n${body}`;
}

/** The extractor context for an article body, as extractArticle builds it. */
export function contextFor(body: string, extra = '', file = 'articles/test-article.md'): ArticleContext {
	const { frontmatter, tree, slug, locate } = parseArticle(articleSource(body, extra), file);
	return { slug, file, tree, frontmatter, headings: collectHeadings(tree), locate };
}

/** Runs `fn` and returns the error it throws (failing the test if it does not throw). */
export function thrown(fn: () => unknown): Error {
	try {
		fn();
	} catch (error) {
		if (error instanceof Error) return error;
		throw new Error(`threw a non-Error: ${String(error)}`);
	}
	throw new Error('expected an error to be thrown');
}

/** A comparison table from plain cells (table 1, chartable, at the top of article `a`). */
export function comparisonTable(header: string[], rows: string[][]): ComparisonTable {
	return {
		index: 1,
		align: header.map(() => null),
		header,
		rows,
		notes: [],
		prose: [],
		chart: true,
		source: { article: 'a', sectionId: null, sectionTitle: null, position: { line: 1, column: 1 } },
	};
}
