import type { ClosingSlide } from '../deck/model.ts';
import type { RenderContext } from './context.ts';
import { escapeAttr, escapeHtml } from '../html/escape.ts';
import { renderFrame, renderHeading } from './frame.ts';
import { displayUrl, resolveHref } from './url.ts';

/** Last slide: where to read more, each link with its address visible for the PDF and the room. */
export function renderClosingSlide(slide: ClosingSlide, ctx: RenderContext): string {
	const links = slide.links
		.map((link) => {
			const href = resolveHref(link.href, ctx.siteOrigin, ctx.base);
			return (
				`<li><a href="${escapeAttr(href)}">${escapeHtml(link.text)}</a>` +
				`<span class="link-url">${escapeHtml(displayUrl(href))}</span></li>`
			);
		})
		.join('');
	// Announced parts have no page yet, so they are plain text, never links.
	const upcoming = (slide.upcoming ?? []).map((text) => `<li class="upcoming">${escapeHtml(text)}</li>`).join('');
	const list = links + upcoming;
	return renderFrame(slide, renderHeading(slide.title) + (list ? `<ul class="closing-links">${list}</ul>` : ''), ctx);
}
