/**
 * A native table laid out from its cells' measured text, as the HTML deck lays its tables out
 * (src/lib/deck/table-layout.ts estimates the same in characters; src/styles/deck/slides.css): every
 * column wants its longest line (up to about 48 characters) and needs its longest word, the table is the
 * content width wide, and each row is as tall as its tallest cell.
 */
import type { Align } from '../extract/types.ts';
import type { PptxContext } from './context.ts';
import type { Block } from './layout.ts';
import type { Insets, Paragraph, TableCell, TableShape } from './shapes.ts';
import { longestWord, naturalWidth, paragraphsHeight, smallestText } from './text-layout.ts';
import { pt } from './geometry.ts';

/** A table to lay out: one paragraph list per cell, header first. */
export interface TableSpec {
	name: string;
	header: Paragraph[][];
	rows: Paragraph[][][];
	align: readonly (Align | null | undefined)[];
	/** The table text's size in points (cell padding is in em of it). */
	sizePt: number;
	/** A record slide: the first column holds row headers and takes 30 % of the width. */
	record?: boolean;
	/** Columns whose cells never wrap (the stack table's crate names). */
	noWrap?: readonly number[];
}

/** Columns never get narrower than this (a short word and its padding, 150 px at full size). */
const MIN_COLUMN_PX = 150;
/** A column wider than this many em of its text wraps anyway (the HTML deck's 48 characters). */
const MAX_COLUMN_EM = 24;

/** Widths of the columns in `width` points: wants and needs shared out as automatic table layout does. */
function columnWidths(spec: TableSpec, cells: readonly Paragraph[][][], width: number, padX: number, ctx: PptxContext): number[] {
	const columns = Math.max(0, ...cells.map((row) => row.length));
	const need: number[] = [];
	const want: number[] = [];
	const minColumn = Math.min(pt(MIN_COLUMN_PX), width / Math.max(1, columns));
	for (let c = 0; c < columns; c++) {
		const paragraphs = cells.flatMap((row) => row[c] ?? []);
		const natural = Math.max(0, ...paragraphs.map((p) => naturalWidth(p, ctx.measure))) + 2 * padX;
		const word = Math.max(0, ...paragraphs.map((p) => longestWord(p, ctx.measure))) + 2 * padX;
		const needed = Math.max(minColumn, spec.noWrap?.includes(c) ? natural : word);
		need.push(needed);
		want.push(Math.max(needed, Math.min(natural, MAX_COLUMN_EM * spec.sizePt + 2 * padX)));
	}
	if (spec.record && columns > 1) {
		const first = 0.3 * width;
		const rest = columnWidths({ ...spec, record: false }, cells.map((row) => row.slice(1)), width - first, padX, ctx);
		return [first, ...rest];
	}
	const sumWant = want.reduce((a, b) => a + b, 0);
	if (sumWant <= width) return want.map((w) => (w * width) / sumWant);
	const sumNeed = need.reduce((a, b) => a + b, 0);
	// Needs beyond the width: every column gives up the same share (long words then break inside).
	if (sumNeed >= width) return need.map((n) => (n * width) / sumNeed);
	const extra = sumWant - sumNeed;
	return need.map((n, c) => n + ((width - sumNeed) * ((want[c] as number) - n)) / extra);
}

/** The table as a block `width` points wide, with the deck theme's header, stripes and rules. */
export function tableBlock(spec: TableSpec, width: number, ctx: PptxContext): Block {
	const { palette } = ctx;
	const padY = 0.36 * spec.sizePt;
	const padX = 0.6 * spec.sizePt;
	const border = pt(1);
	const insets: Insets = { top: padY, right: padX, bottom: padY, left: padX };
	const all = [spec.header, ...spec.rows];
	const widths = columnWidths(spec, all, width, padX, ctx);
	const rows = all.map((cells, r) => {
		const header = r === 0;
		const fill = header ? palette.headBg : r % 2 === 0 ? palette.rowAlt : undefined;
		const tableCells: TableCell[] = cells.map((paragraphs, c) => {
			const align = spec.align[c];
			return { paragraphs, ...(fill ? { fill } : {}), ...(align && align !== 'left' && !(spec.record && c === 0) ? { align } : {}) };
		});
		const text = Math.max(0, ...cells.map((paragraphs, c) => paragraphsHeight(paragraphs, (widths[c] ?? width) - 2 * padX, ctx.measure)));
		return { heightPt: text + 2 * padY + (header ? 2 * border : border), cells: tableCells };
	});
	const height = rows.reduce((sum, row) => sum + row.heightPt, 0);
	return {
		width,
		height,
		minFontPt: smallestText(all.flat(2)),
		place: (x, y): [TableShape] => [
			{ type: 'table', name: spec.name, x, y, w: width, h: height, columns: widths, rows, insets, borderColor: palette.border, headerBorderColor: palette.borderStrong, fontPt: spec.sizePt },
		],
	};
}
