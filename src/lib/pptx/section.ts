import type { SectionSlide } from '../deck/model.ts';
import type { PptxContext } from './context.ts';
import { headingBlock } from './heading.ts';
import { linkTarget } from './inline.ts';
import { centredLayout, row, textBlock, type Item, type Layout } from './layout.ts';
import { listParagraphs } from './takeaways.ts';
import { run, sizePt, TYPE } from './typography.ts';

/**
 * A section divider, or the outline of the article's sections in two numbered columns (slides.css
 * `columns: 2`), each entry a link to its section when the site has a URL; centred top to bottom.
 */
export function sectionLayout(slide: SectionSlide, ctx: PptxContext, scale: number): Layout {
	const { frame, palette, measure } = ctx;
	const title = headingBlock(slide.title, TYPE.sectionH2, ctx, scale);
	const items: Item[] = [{ block: title.block, gapBefore: 0 }];
	if (slide.outline.length > 0) {
		const size = sizePt(TYPE.large, scale);
		const entries = slide.outline.map((e) => {
			const href = linkTarget(e.href, ctx);
			return [run(e.text, size, href ? palette.link : palette.fg, href ? { href } : {})];
		});
		const half = Math.ceil(entries.length / 2);
		const gap = 2 * size;
		const width = (frame.contentWidth - gap) / 2;
		const left = textBlock('Outline', listParagraphs(entries.slice(0, half), size, true, 1, 0.45), width, measure);
		const columns = entries.length > half ? [left, textBlock('Outline, continued', listParagraphs(entries.slice(half), size, true, half + 1, 0.45), width, measure)] : [left];
		items.push({ block: row(columns, gap, 'top'), gapBefore: title.gap });
	}
	return centredLayout(frame, items);
}
