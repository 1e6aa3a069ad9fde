import type { PptxContext } from './context.ts';
import { textBlock, type Block } from './layout.ts';
import { headingParagraph, sizePt } from './typography.ts';

/** A slide's heading as a block the content width (or `width`) wide, and the gap the HTML deck leaves under it (`margin-bottom: 0.55em`). */
export function headingBlock(
	text: string,
	px: number,
	ctx: PptxContext,
	scale: number,
	page?: { page: number; pages: number },
	width = ctx.frame.contentWidth,
): { block: Block; gap: number } {
	const block = textBlock('Title', [headingParagraph(text, px, ctx.palette, scale, page)], width, ctx.measure);
	return { block, gap: 0.55 * sizePt(px, scale) };
}
