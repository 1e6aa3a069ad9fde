import type { CargoSlide, CodeSlide } from '../deck/model.ts';
import { codeBlock } from './code.ts';
import type { PptxContext } from './context.ts';
import { headingBlock } from './heading.ts';
import { column, row, textBlock, titledLayout, type Block, type Item, type Layout } from './layout.ts';
import { barBlock } from './rule.ts';
import type { TextRun } from './shapes.ts';
import { headingParagraph, paragraph, run, sizePt, TYPE } from './typography.ts';

/** A before/after pair's label (code-slides.css): bold on the header colour, its left edge in the pair's colour (vermillion before, green after). */
function pairLabel(slide: CodeSlide, ctx: PptxContext, scale: number): Block {
	const { palette } = ctx;
	const size = sizePt(TYPE.body * 0.85, scale);
	const after = slide.pair?.role === 'after' || (!slide.pair && /^(after|good|better)/i.test(slide.label ?? ''));
	const text = textBlock('Pair label', [paragraph([run(slide.label ?? '', size, palette.fg, { bold: true })], size, TYPE.bodyLine)], ctx.frame.contentWidth - 0.3 * size, ctx.measure, {
		hug: true,
		fill: palette.headBg,
		insets: { top: 0.1 * size, bottom: 0.1 * size, left: 0.6 * size, right: 0.6 * size },
	});
	const edge = barBlock('Pair edge', 0.3 * size, text.height, (after ? palette.chart[2] : palette.chart[1]) ?? palette.accent);
	return row([edge, text], 0, 'top');
}

/**
 * A code block of the article (src/lib/render/code-slide.ts): heading, the pair's label on a before/after
 * slide, and the highlighted code centred under them. The two halves of a pair are two slides, as on the HTML deck.
 */
export function codeSlideLayout(slide: CodeSlide, ctx: PptxContext, scale: number): Layout {
	const title = headingBlock(slide.title, TYPE.codeTitle, ctx, scale, slide);
	const body: Item[] = [];
	if (slide.label) body.push({ block: pairLabel(slide, ctx, scale), gapBefore: 0 });
	body.push({ block: codeBlock(slide, ctx.frame.contentWidth, ctx), gapBefore: slide.label ? 0.5 * sizePt(TYPE.body * 0.85, scale) : 0 });
	return titledLayout(ctx.frame, title.block, title.gap, body);
}

/**
 * A Cargo file or one part of it (src/lib/render/cargo.ts): the file name in mono as the heading, the
 * sections shown as chips right under it, and the code centred below.
 */
export function cargoSlideLayout(slide: CargoSlide, ctx: PptxContext, scale: number): Layout {
	const { palette, frame, measure } = ctx;
	const heading = headingParagraph(slide.title, TYPE.h2 * 0.9, palette, scale);
	heading.runs = heading.runs.map((r) => ({ ...r, font: 'mono' }));
	const head: Item[] = [{ block: textBlock('Title', [heading], frame.contentWidth, measure), gapBefore: 0 }];
	let gap = 0.55 * sizePt(TYPE.h2, scale);
	if (slide.sections.length > 0) {
		const chipsEm = sizePt(TYPE.body * 0.94, scale);
		const chip = Math.round(chipsEm * TYPE.inlineCode * 100) / 100;
		const runs: TextRun[] = slide.sections.flatMap((s, i) => [
			...(i > 0 ? [run('  ', chipsEm, palette.fg)] : []),
			{ text: s, font: 'mono' as const, sizePt: chip, color: palette.chipFg, highlight: palette.chipBg },
		]);
		head.push({ block: textBlock('Sections', [paragraph(runs, chipsEm, TYPE.bodyLine)], frame.contentWidth, measure), gapBefore: gap - 0.25 * chipsEm });
		gap = 0.6 * chipsEm;
	}
	return titledLayout(frame, column(head), gap, [{ block: codeBlock(slide, frame.contentWidth, ctx), gapBefore: 0 }]);
}
