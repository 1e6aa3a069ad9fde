import type { TableSlide } from '../deck/model.ts';
import type { PptxContext } from './context.ts';
import { headingBlock } from './heading.ts';
import { inlineRuns } from './inline.ts';
import { titledLayout, type Layout } from './layout.ts';
import type { Paragraph } from './shapes.ts';
import { tableBlock } from './table-block.ts';
import { paragraph, sizePt, TYPE } from './typography.ts';

/** A cell's inline HTML as its one paragraph, bold and in the heading colour for header cells. */
function cellParagraph(html: string, size: number, header: boolean, ctx: PptxContext): Paragraph[] {
	const style = { sizePt: size, color: header ? ctx.palette.heading : ctx.palette.fg, bold: header, codeScale: TYPE.tableCode };
	return [paragraph(inlineRuns(html, style, ctx).runs, size, TYPE.tableLine)];
}

/**
 * A comparison table, or one page of it (src/lib/render/table.ts): a native table of exactly the model's
 * rows (the deck builder split the table as the HTML deck shows it), centred under the heading.
 */
export function tableLayout(slide: TableSlide, ctx: PptxContext, scale: number): Layout {
	const size = sizePt(TYPE.table, scale);
	const title = headingBlock(slide.title, TYPE.h2, ctx, scale, slide);
	const record = slide.shape === 'record';
	const table = tableBlock(
		{
			name: 'Table',
			header: slide.header.map((cell) => cellParagraph(cell, size, true, ctx)),
			rows: slide.rows.map((row) => row.map((cell, c) => cellParagraph(cell, size, record && c === 0, ctx))),
			align: slide.align,
			sizePt: size,
			record,
		},
		ctx.frame.contentWidth,
		ctx,
	);
	return titledLayout(ctx.frame, title.block, title.gap, [{ block: table, gapBefore: 0 }]);
}
