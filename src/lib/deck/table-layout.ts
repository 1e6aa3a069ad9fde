import { frameSize, type Aspect } from './aspect.ts';

/**
 * How a table is laid out on slides, estimated from its text before any browser sees it, so that no
 * table has to be shrunk below the readability floor. The figures mirror src/styles/deck/slides.css
 * (table text 27 px, line height 1.3, cell padding 0.36em × 0.6em) and base.css (72 px side padding,
 * 52 px top and bottom); the browser test over every slide checks the estimate.
 */
export const TABLE_METRICS = {
	fontPx: 27,
	/** Average advance of the deck's sans-serif per character, in em (mixed case, some bold): the decks' own Noto Sans averages 0.486 on the project's table cells, so this errs a little wide; test/browser/deck-floor.test.ts checks the result. */
	charEm: 0.5,
	lineHeight: 1.3,
	/** Horizontal padding of a cell, both sides, in px. */
	cellPadPx: 32,
	/** Vertical padding plus border of a row, in px. */
	rowPadPx: 21,
	/** Inline padding of the slide body, both sides, in px. */
	bodyPadPx: 144,
	/** Height the table may take: the frame less the body padding, the title and a margin, in px. */
	heightBudgetPx: 720 - 104 - 92,
	/** Columns wider than this many characters wrap anyway; more width buys nothing. */
	maxColumnChars: 48,
	/** Narrowest a column gets, in px (a short word and its padding). */
	minColumnPx: 150,
} as const;

/** Width of `chars` characters of table text, in px. */
function textPx(chars: number): number {
	return chars * TABLE_METRICS.fontPx * TABLE_METRICS.charEm;
}

/**
 * Estimated column widths in px for a table of these cells in `width` px: each column wants its longest
 * cell (capped at maxColumnChars) and needs at least its longest word; the space between is shared in
 * proportion to what each column wants beyond its minimum, as automatic table layout roughly does.
 */
export function columnWidths(cells: readonly (readonly string[])[], width: number): number[] {
	const columns = Math.max(0, ...cells.map((row) => row.length));
	const want: number[] = [];
	const need: number[] = [];
	for (let c = 0; c < columns; c++) {
		const texts = cells.map((row) => row[c] ?? '');
		const longest = Math.max(1, ...texts.map((t) => t.length));
		const word = Math.max(1, ...texts.flatMap((t) => t.split(' ').map((w) => w.length)));
		need.push(Math.max(TABLE_METRICS.minColumnPx, textPx(word) + TABLE_METRICS.cellPadPx));
		want.push(Math.max(need[c] as number, textPx(Math.min(longest, TABLE_METRICS.maxColumnChars)) + TABLE_METRICS.cellPadPx));
	}
	const sumWant = want.reduce((a, b) => a + b, 0);
	// A deck table is 100% wide: spare width goes to every column in proportion.
	if (sumWant <= width) return want.map((w) => (w * width) / sumWant);
	const sumNeed = need.reduce((a, b) => a + b, 0);
	const spare = Math.max(0, width - sumNeed);
	const extra = sumWant - sumNeed;
	return need.map((n, c) => n + (extra > 0 ? (spare * ((want[c] as number) - n)) / extra : 0));
}

/** Lines a cell's text wraps to in a column `px` wide, breaking between words as the browser does. */
function cellLines(text: string, px: number): number {
	const perLine = Math.max(1, Math.floor((px - TABLE_METRICS.cellPadPx) / (TABLE_METRICS.fontPx * TABLE_METRICS.charEm)));
	let lines = 1;
	let used = 0;
	for (const word of text.split(' ')) {
		if (used > 0 && used + 1 + word.length > perLine) {
			lines++;
			used = 0;
		}
		// A word longer than the line breaks inside (`overflow-wrap: break-word` on deck cells).
		lines += Math.floor(Math.max(0, word.length - 1) / perLine);
		used += (used > 0 ? 1 : 0) + (word.length % perLine || perLine);
	}
	return lines;
}

/** Estimated height in px of each row (header first) of a table of these cells in `width` px. */
export function rowHeights(cells: readonly (readonly string[])[], width: number): number[] {
	const widths = columnWidths(cells, width);
	const linePx = TABLE_METRICS.fontPx * TABLE_METRICS.lineHeight;
	return cells.map((row) => Math.max(1, ...row.map((text, c) => cellLines(text, widths[c] ?? width))) * linePx + TABLE_METRICS.rowPadPx);
}

/** Content width of a slide in px for the frame of `aspect`. */
export function contentWidth(aspect: Aspect): number {
	return frameSize(aspect).width - TABLE_METRICS.bodyPadPx;
}

/** Most columns a table shows side by side in `aspect`'s frame before it is split (4 at 16:9, 3 at 4:3). */
export function maxColumns(aspect: Aspect): number {
	return Math.max(2, Math.floor(contentWidth(aspect) / 270));
}

/** Whether a table of these plain-text cells (header first) fits one slide at full size. */
export function fitsOneSlide(cells: readonly (readonly string[])[], aspect: Aspect): boolean {
	return rowHeights(cells, contentWidth(aspect)).reduce((a, b) => a + b, 0) <= TABLE_METRICS.heightBudgetPx;
}

/**
 * Splits body rows into pages that each fit the height budget under the header, at most `maxRows` a
 * page, and then evens the pages out (22 rows → 6 + 6 + 5 + 5 rather than 7 + 7 + 7 + 1).
 * `heights[0]` is the header's height, `heights[i + 1]` row i's. Returns `[first, last)` index ranges.
 */
export function pageRowsByHeight(heights: readonly number[], maxRows: number): [number, number][] {
	const header = heights[0] ?? 0;
	const rows = heights.slice(1);
	const budget = TABLE_METRICS.heightBudgetPx - header;
	const greedy: [number, number][] = [];
	let start = 0;
	let used = 0;
	rows.forEach((h, i) => {
		if (i > start && (used + h > budget || i - start >= maxRows)) {
			greedy.push([start, i]);
			start = i;
			used = 0;
		}
		used += h;
	});
	greedy.push([start, rows.length]);
	// Even pages when that still fits: same number of pages, sizes differing by at most one.
	const count = greedy.length;
	const base = Math.floor(rows.length / count);
	const larger = rows.length % count;
	const even: [number, number][] = [];
	let at = 0;
	for (let p = 0; p < count; p++) {
		const size = base + (p < larger ? 1 : 0);
		even.push([at, at + size]);
		at += size;
	}
	const fits = even.every(([a, b]) => b - a <= maxRows && rows.slice(a, b).reduce((s, h) => s + h, 0) <= budget);
	return fits ? even : greedy;
}
