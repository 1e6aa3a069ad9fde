import type { TitleSlide } from '../deck/model.ts';
import type { RenderContext } from './context.ts';
import { escapeAttr, escapeHtml } from './escape.ts';
import { renderFrame, renderHeading } from './frame.ts';
import { displayUrl, resolveHref } from './url.ts';

/** `2025-03-14` → `14 March 2025`, fixed to UTC and English so every build prints the same text. */
function formatDate(iso: string): string {
	const date = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
	if (Number.isNaN(date.getTime())) return iso;
	return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** Opening slide: title, description, date and the article's full address so the room can note it down. */
export function renderTitleSlide(slide: TitleSlide, ctx: RenderContext): string {
	const url = resolveHref(slide.href, ctx.siteOrigin);
	const body =
		renderHeading(slide.title, '', 'h1') +
		(slide.description ? `<p class="title-description">${escapeHtml(slide.description)}</p>` : '') +
		`<p class="title-meta">` +
		`<time datetime="${escapeAttr(slide.date)}">${escapeHtml(formatDate(slide.date))}</time>` +
		`<a class="title-link" href="${escapeAttr(url)}">${escapeHtml(displayUrl(url))}</a>` +
		`</p>`;
	return renderFrame(slide, body, ctx);
}
