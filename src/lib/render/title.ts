import type { TitleSlide } from '../deck/model.ts';
import type { RenderContext } from './context.ts';
import { escapeAttr, escapeHtml } from '../html/escape.ts';
import { renderFrame, renderHeading } from './frame.ts';
import { displayUrl, publicUrl } from './url.ts';
import { formatDate } from '../site/dates.ts';

/**
 * Opening slide: title, description, date and, when the site has a public URL, the article's full
 * address so the room can note it down. Without one there is no address line (never a local one).
 */
export function renderTitleSlide(slide: TitleSlide, ctx: RenderContext): string {
	const url = publicUrl(slide.href, ctx.siteOrigin, ctx.base);
	const body =
		renderHeading(slide.title, '', 'h1') +
		(slide.description ? `<p class="title-description">${escapeHtml(slide.description)}</p>` : '') +
		`<p class="title-meta">` +
		`<time datetime="${escapeAttr(slide.date)}">${escapeHtml(formatDate(new Date(slide.date)))}</time>` +
		(url ? `<a class="title-link" href="${escapeAttr(url)}">${escapeHtml(displayUrl(url))}</a>` : '') +
		`</p>`;
	return renderFrame(slide, body, ctx);
}
