import type { ArticleExtraction, ComparisonTable } from '../extract/types.ts';
import type { TableSlide } from './model.ts';
import { notesOrFallback, quoted } from './notes.ts';
import { paginateRanges, PAGE_LIMITS, slideIdFor } from './pages.ts';
import { slideSource } from './source.ts';

/** Title of a table's slides: its section heading, or the article title before the first heading. */
export function tableTitle(extraction: ArticleExtraction, table: ComparisonTable): string {
	return table.source.sectionTitle ?? extraction.frontmatter.title;
}

/**
 * One table as slides (`table-<n>`, `table-<n>-2`, …): at most PAGE_LIMITS.tableRows body rows each,
 * the header repeated on every page. The first page carries the prose notes.
 */
export function tableSlides(extraction: ArticleExtraction, table: ComparisonTable): TableSlide[] {
	const title = tableTitle(extraction, table);
	const pages = paginateRanges(table.rows, PAGE_LIMITS.tableRows);
	return pages.map(({ items: rows, first, last }, i) => {
		const notes =
			i === 0
				? notesOrFallback(table.notes, `A comparison from the section ${quoted(title)}.`)
				: [`${quoted(title)}, continued: rows ${first} to ${last} of ${table.rows.length}.`];
		return {
			kind: 'table',
			id: slideIdFor('table', table.index, i + 1),
			title,
			align: [...table.align],
			header: [...table.header],
			rows,
			page: i + 1,
			pages: pages.length,
			notes,
			source: slideSource(extraction, table.source),
		};
	});
}
