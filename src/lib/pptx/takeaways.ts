import type { TakeawaysSlide } from '../deck/model.ts';
import type { PptxContext } from './context.ts';
import { headingBlock } from './heading.ts';
import { inlineRuns } from './inline.ts';
import { textBlock, titledLayout, type Layout } from './layout.ts';
import type { Paragraph } from './shapes.ts';
import { paragraph, sizePt, TYPE } from './typography.ts';

/** Hanging indent of a list item: the list's 1.3em padding plus the item's 0.2em (base.css). */
export const LIST_INDENT_EM = 1.5;

/** List items as paragraphs: numbered from `start` when the article numbered them, else bulleted. */
export function listParagraphs(items: readonly Paragraph['runs'][], size: number, ordered: boolean, start: number, spaceAfterEm: number): Paragraph[] {
	return items.map((runs) =>
		paragraph(runs, size, TYPE.bodyLine, {
			// Every item names the list's first number: the program counts on from it.
			bullet: ordered ? { kind: 'number', start } : { kind: 'bullet' },
			indentPt: LIST_INDENT_EM * size,
			spaceAfterPt: spaceAfterEm * size,
		}),
	);
}

/** Takeaways (src/lib/render/takeaways.ts): the heading with its page count, the list centred under it. */
export function takeawaysLayout(slide: TakeawaysSlide, ctx: PptxContext, scale: number): Layout {
	const size = sizePt(TYPE.takeaways, scale);
	const title = headingBlock(slide.title, TYPE.h2, ctx, scale, slide);
	const items = slide.items.map((html) => inlineRuns(html, { sizePt: size, color: ctx.palette.fg, codeScale: TYPE.inlineCode }, ctx).runs);
	const list = textBlock('Takeaways', listParagraphs(items, size, slide.ordered, slide.start, 0.55), ctx.frame.contentWidth, ctx.measure);
	return titledLayout(ctx.frame, title.block, title.gap, [{ block: list, gapBefore: 0 }]);
}
