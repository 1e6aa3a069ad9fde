import type { Align, ArticleExtraction, ComparisonTable, InlineHtml } from '../extract/types.ts';
import { deckBuildContext, type DeckBuildContext } from './build-context.ts';
import type { TableSlide } from './model.ts';
import { NOTES_WORDS, wordCount } from './notes-picker.ts';
import { quoted } from './notes.ts';
import { PAGE_LIMITS, slideIdFor } from './pages.ts';
import { slideSource } from './source.ts';
import { contentWidth, fitsOneSlide, maxColumns, pageRowsByHeight, rowHeights } from './table-layout.ts';
import { htmlText } from '../html/escape.ts';

/** Title of a table's slides: its section heading, or the article title before the first heading. */
export function tableTitle(extraction: ArticleExtraction, table: ComparisonTable): string {
	return table.source.sectionTitle ?? extraction.frontmatter.title;
}

/** Rows at most shown as one slide each when a table is too wide: a wide table this short reads best a row at a time. */
export const RECORD_MAX_ROWS = 6;

/** One slide's worth of a table before ids, notes and source are added. */
interface TablePage {
	shape: TableSlide['shape'];
	align: Align[];
	header: InlineHtml[];
	rows: InlineHtml[][];
	/** Text the notes should be about (cells shown on the page). */
	terms: string[];
	/** For a record: the row's name, which its notes must mention. */
	focus?: string[];
	/** For a record: the other rows' names, whose sentences belong to their own slides. */
	avoid?: string[];
}

/** Pages of one header + rows block, split by estimated height (header repeated). */
function rowPages(shape: TableSlide['shape'], align: Align[], header: InlineHtml[], rows: InlineHtml[][], width: number): TablePage[] {
	const heights = rowHeights([header, ...rows].map((row) => row.map(htmlText)), width);
	return pageRowsByHeight(heights, PAGE_LIMITS.tableRows).map(([a, b]) => {
		const pageRows = rows.slice(a, b);
		return { shape, align, header, rows: pageRows, terms: [...header, ...pageRows.flat()].map(htmlText) };
	});
}

/** Column groups: the first column and the next `size` others, as evenly as possible. */
function columnGroups(columns: number, max: number): number[][] {
	const others = columns - 1;
	const groups = Math.ceil(others / (max - 1));
	const base = Math.floor(others / groups);
	const larger = others % groups;
	const out: number[][] = [];
	let at = 1;
	for (let g = 0; g < groups; g++) {
		const size = base + (g < larger ? 1 : 0);
		out.push([0, ...Array.from({ length: size }, (_, i) => at + i)]);
		at += size;
	}
	return out;
}

/**
 * How a table goes onto slides, chosen by its shape so that nothing is shrunk below the readability floor:
 * - it has no more columns than the frame shows side by side and fits one slide at full size
 *   (estimated from its text in the deck's frame): as it is;
 * - it has more columns than the frame shows side by side (maxColumns: 4 at 16:9, 3 at 4:3) and at most
 *   RECORD_MAX_ROWS rows: one slide per row, the row turned into a two-column table (column name | value)
 *   headed by the row's first cell, so each compared thing gets its own slide;
 * - too many columns and more rows than that: column groups, the first column repeated in each, for each
 *   page of rows in turn;
 * - otherwise (few columns, long or tall): pages of rows, the header repeated.
 * Every page is then split again by estimated height, so a tall row or record continues on another slide.
 */
export function tablePages(table: Pick<ComparisonTable, 'align' | 'header' | 'rows'>, aspect: DeckBuildContext['aspect']): TablePage[] {
	const width = contentWidth(aspect);
	const columns = table.header.length;
	const cells = [table.header, ...table.rows].map((row) => row.map(htmlText));
	const max = maxColumns(aspect);
	if (columns <= max && fitsOneSlide(cells, aspect)) {
		return [{ shape: 'rows', align: [...table.align], header: [...table.header], rows: table.rows.map((r) => [...r]), terms: cells.flat() }];
	}
	if (columns <= max) return rowPages('rows', [...table.align], [...table.header], table.rows.map((r) => [...r]), width);
	if (table.rows.length <= RECORD_MAX_ROWS) {
		return table.rows.flatMap((row) => {
			const fields = table.header.slice(1).map((name, i) => [name, row[i + 1] ?? '']);
			const pages = rowPages('record', [null, table.align[0] ?? null], [table.header[0] ?? '', row[0] ?? ''], fields, width);
			// The row's name carries the notes: sentences about Go go with Go's slide.
			const others = table.rows.filter((r) => r !== row).map((r) => htmlText(r[0] ?? ''));
			return pages.map((page) => ({ ...page, terms: [htmlText(row[0] ?? ''), ...page.terms], focus: [htmlText(row[0] ?? '')], avoid: others }));
		});
	}
	const groups = columnGroups(columns, max);
	const pick = <T,>(row: readonly T[], group: number[]): T[] => group.map((c) => row[c] as T);
	const byGroup = groups.map((group) =>
		rowPages('columns', pick(table.align, group), pick(table.header, group), table.rows.map((r) => pick(r, group)), width),
	);
	// Row-major: every column group of the first rows, then of the next rows, so a row's facts stay close.
	const pageCount = Math.max(...byGroup.map((pages) => pages.length));
	const out: TablePage[] = [];
	for (let p = 0; p < pageCount; p++) for (const pages of byGroup) if (pages[p]) out.push(pages[p] as TablePage);
	return out;
}

/** What a table page shows, said in a sentence: the fallback when the article has no prose about it. */
function describe(title: string, page: TablePage): string {
	const names = page.rows.map((row) => htmlText(row[0] ?? '')).filter(Boolean);
	const columns = page.header.map(htmlText).filter(Boolean);
	if (page.shape === 'record') {
		const fields = page.rows.map((row) => `${htmlText(row[0] ?? '')}: ${htmlText(row[1] ?? '')}`);
		return `${quoted(title)}, ${htmlText(page.header[1] ?? '')} on its own: ${fields.join('; ')}.`;
	}
	// Each row read out, its first cell then the others, within the word budget.
	const rows = page.rows.map((row) => `${htmlText(row[0] ?? '')}: ${row.slice(1).map(htmlText).join(', ')}`);
	let text = `${quoted(title)}, by ${columns.join(', ')}.`;
	for (const row of rows) {
		if (wordCount(`${text} ${row}.`) > NOTES_WORDS.max) break;
		text += ` ${row}.`;
	}
	return names.length > 0 ? text : `${quoted(title)}: ${columns.join(', ')}.`;
}

/**
 * One table as slides (`table-<n>`, `table-<n>-2`, …), laid out by tablePages. Each slide's notes are
 * the sentences of the table's section about what that slide shows.
 */
export function tableSlides(extraction: ArticleExtraction, table: ComparisonTable, ctx: DeckBuildContext = deckBuildContext()): TableSlide[] {
	const title = tableTitle(extraction, table);
	const pages = tablePages(table, ctx.aspect);
	const picker = ctx.notesFor(extraction);
	return pages.map((page, i) => {
		const record = page.shape === 'record';
		const picked = picker.pick({
			terms: page.terms,
			sections: [table.source.sectionId],
			fill: i === 0 || record,
			...(page.focus ? { focus: page.focus } : {}),
			...(page.avoid ? { avoid: page.avoid } : {}),
			// A record shares its section's prose with the other rows' slides.
			...(record ? { maxWords: 100 } : {}),
		});
		return {
			kind: 'table',
			id: slideIdFor('table', table.index, i + 1),
			title,
			shape: page.shape,
			align: page.align,
			header: page.header,
			rows: page.rows,
			page: i + 1,
			pages: pages.length,
			notes: picked.length > 0 ? picked : [describe(title, page)],
			source: slideSource(extraction, table.source),
		};
	});
}
