import type { CodeItem } from '../extract/types.ts';

/**
 * How much code fits on one slide at the readability floor, computed at build time so code is split by
 * item rather than shrunk: 24 px monospace lines (36 px with their spacing) in the 1136 × 616 px content
 * box of the 1280×720 frame, under a heading of up to two lines. Long lines wrap (see code-slides.css),
 * so a line counts as the rows it wraps to.
 */
export const CODE_LAYOUT = {
	/** Characters of 24 px JetBrains Mono per row after the gutter, with the 2ch continuation indent (1028 px / 14.4 px, rounded down with margin). */
	columns: 66,
	/** Content box height: 720 − 2 × 52 px padding. */
	bodyHeight: 616,
	/** One code row: 24 px × 1.5 line height. */
	rowHeight: 36,
	/** The code box's own padding and border. */
	codeChrome: 38,
	/** One heading line at 1.45 × 30 px × 1.15, plus the gap under the heading. */
	titleLine: 50,
	titleGap: 26,
	/** Characters of the bold heading per line (1136 px / about 25 px). */
	titleColumns: 42,
	/** The label or file name above the code, with its gap. */
	captionHeight: 44,
} as const;

/** Rows a code line takes on the slide once long lines wrap (tabs count as four columns). */
export function lineRows(line: string): number {
	const width = line.replace(/\t/g, '    ').trimEnd().length;
	return Math.max(1, Math.ceil(width / CODE_LAYOUT.columns));
}

/** Lines of a heading once it wraps. */
export function titleLines(title: string): number {
	return Math.max(1, Math.ceil(title.length / CODE_LAYOUT.titleColumns));
}

/** Most code rows a slide with this heading (and label or file name, when `captioned`) holds without shrinking. */
export function maxCodeRows(title: string, captioned: boolean): number {
	const { bodyHeight, codeChrome, titleLine, titleGap, captionHeight, rowHeight } = CODE_LAYOUT;
	const free = bodyHeight - codeChrome - titleGap - titleLines(title) * titleLine - (captioned ? captionHeight : 0);
	return Math.max(4, Math.floor(free / rowHeight));
}

/** A run of lines shown on one slide, with the items it holds (1-based, inclusive). */
export interface CodeChunk {
	startLine: number;
	endLine: number;
	items: CodeItem[];
}

/** Rows lines `from..to` take. */
function rowsOf(lines: readonly string[], from: number, to: number): number {
	let rows = 0;
	for (let n = from; n <= to; n++) rows += lineRows(lines[n - 1] ?? '');
	return rows;
}

/** Cuts one item that is taller than a slide into runs of lines that each fit. */
function cutItem(lines: readonly string[], item: CodeItem, maxRows: number): CodeChunk[] {
	const chunks: CodeChunk[] = [];
	let start = item.startLine;
	let rows = 0;
	for (let n = item.startLine; n <= item.endLine; n++) {
		const r = lineRows(lines[n - 1] ?? '');
		if (rows + r > maxRows && n > start) {
			chunks.push({ startLine: start, endLine: n - 1, items: [{ ...item, startLine: start, endLine: n - 1 }] });
			start = n;
			rows = 0;
		}
		rows += r;
	}
	chunks.push({ startLine: start, endLine: item.endLine, items: [{ ...item, startLine: start, endLine: item.endLine }] });
	return chunks;
}

/**
 * Splits code into slides of at most `maxRows` rows: whole when it fits; otherwise consecutive
 * top-level items packed greedily (blank lines between items included), and an item taller than a
 * slide cut at line boundaries. Code with no items is cut at line boundaries.
 */
export function chunkCode(code: string, items: readonly CodeItem[], maxRows: number): CodeChunk[] {
	const lines = code.replace(/\r\n?/g, '\n').replace(/\n+$/, '').split('\n');
	if (rowsOf(lines, 1, lines.length) <= maxRows) return [{ startLine: 1, endLine: lines.length, items: [...items] }];
	const units = items.length > 0 ? items : [{ kind: 'block', name: null, startLine: 1, endLine: lines.length }];
	const chunks: CodeChunk[] = [];
	for (const item of units) {
		const last = chunks.at(-1);
		if (last && rowsOf(lines, last.startLine, item.endLine) <= maxRows) {
			last.endLine = item.endLine;
			last.items.push(item);
		} else if (rowsOf(lines, item.startLine, item.endLine) <= maxRows) {
			chunks.push({ startLine: item.startLine, endLine: item.endLine, items: [item] });
		} else {
			chunks.push(...cutItem(lines, item, maxRows));
		}
	}
	return chunks;
}
