import type { SectionSlide } from '../deck/model.ts';
import type { RenderContext } from './context.ts';
import { escapeAttr, escapeHtml } from '../html/escape.ts';
import { renderFrame, renderHeading } from './frame.ts';
import { resolveHref } from './url.ts';

/** A section divider, or an outline of the article's sections when `outline` has entries. */
export function renderSectionSlide(slide: SectionSlide, ctx: RenderContext): string {
	const outline =
		slide.outline.length > 0
			? `<ol class="outline">${slide.outline
					.map((e) => `<li><a href="${escapeAttr(resolveHref(e.href, ctx.siteOrigin, ctx.base))}">${escapeHtml(e.text)}</a></li>`)
					.join('')}</ol>`
			: '';
	return renderFrame(slide, renderHeading(slide.title) + outline, ctx);
}
