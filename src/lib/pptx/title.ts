import type { TitleSlide } from '../deck/model.ts';
import { publicUrl, displayUrl } from '../render/url.ts';
import { formatDate } from '../site/dates.ts';
import type { PptxContext } from './context.ts';
import { pt } from './geometry.ts';
import { linkTarget } from './inline.ts';
import { centredLayout, textBlock, type Item, type Layout } from './layout.ts';
import { barBlock } from './rule.ts';
import { headingParagraph, paragraph, run, sizePt, TYPE } from './typography.ts';

/**
 * The opening slide (src/lib/render/title.ts, slides.css): the title, the description, a rule, then the
 * date and, with a site URL, the article's address as a link; centred top to bottom.
 */
export function titleLayout(slide: TitleSlide, ctx: PptxContext, scale: number): Layout {
	const { palette, frame, measure } = ctx;
	const h1 = sizePt(TYPE.h1, scale);
	const large = sizePt(TYPE.large, scale);
	const meta = sizePt(TYPE.meta, scale);
	const items: Item[] = [{ block: textBlock('Title', [headingParagraph(slide.title, TYPE.h1, palette, scale)], Math.min(frame.contentWidth, 22 * h1), measure), gapBefore: 0 }];
	if (slide.description) {
		const description = paragraph([run(slide.description, large, palette.muted)], large, TYPE.bodyLine);
		items.push({ block: textBlock('Description', [description], Math.min(frame.contentWidth, 36 * large), measure), gapBefore: 0.4 * h1 });
	}
	const url = publicUrl(slide.href, ctx.siteOrigin, ctx.base);
	const href = url ? linkTarget(url, ctx) : undefined;
	const runs = [run(formatDate(new Date(slide.date)), meta, palette.muted)];
	if (url && href) runs.push(run('    ', meta, palette.muted), run(displayUrl(url), meta, palette.link, { bold: true, href }));
	items.push({ block: barBlock('Rule', frame.contentWidth, pt(2), palette.border), gapBefore: (slide.description ? 0.6 * large : 0) + 0.8 * meta });
	items.push({ block: textBlock('Date and address', [paragraph(runs, meta, TYPE.bodyLine)], frame.contentWidth, measure), gapBefore: 0.8 * meta });
	return centredLayout(frame, items);
}
