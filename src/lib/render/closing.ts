import type { ClosingSlide } from '../deck/model.ts';
import type { RenderContext } from './context.ts';
import { escapeAttr, escapeHtml } from '../html/escape.ts';
import { renderFrame, renderHeading } from './frame.ts';
import { qrSvg } from './qr.ts';
import { displayUrl, publicUrl, resolveHref } from './url.ts';

/**
 * Side of the QR code in frame pixels: at 300 px a version-4 code (33 modules plus its quiet zone) has
 * modules of about 7 px, which a phone camera reads from the back of a room on a projected 720 px frame.
 */
export const QR_SIZE_PX = 300;

/**
 * Last slide: where to read more. With a public site URL each link shows its address, and the first
 * link (the article) gets a QR code of its URL with the URL as text beside it; without one the links
 * stay site-relative and no address or code is shown.
 */
export function renderClosingSlide(slide: ClosingSlide, ctx: RenderContext): string {
	const links = slide.links
		.map((link) => {
			const href = resolveHref(link.href, ctx.siteOrigin, ctx.base);
			const url = publicUrl(link.href, ctx.siteOrigin, ctx.base);
			return `<li><a href="${escapeAttr(href)}">${escapeHtml(link.text)}</a>${url ? `<span class="link-url">${escapeHtml(displayUrl(url))}</span>` : ''}</li>`;
		})
		.join('');
	// Announced parts have no page yet, so they are plain text, never links.
	const upcoming = (slide.upcoming ?? []).map((text) => `<li class="upcoming">${escapeHtml(text)}</li>`).join('');
	const list = links + upcoming;
	const first = slide.links[0];
	const qrUrl = first ? publicUrl(first.href, ctx.siteOrigin, ctx.base) : null;
	const text = renderHeading(slide.title) + (list ? `<ul class="closing-links">${list}</ul>` : '');
	if (!qrUrl) return renderFrame(slide, text, ctx);
	const qr = `<figure class="closing-qr">${qrSvg(qrUrl, QR_SIZE_PX, `QR code of ${qrUrl}`)}<figcaption>${escapeHtml(displayUrl(qrUrl))}</figcaption></figure>`;
	return renderFrame(slide, `<div class="closing-grid"><div class="closing-text">${text}</div>${qr}</div>`, ctx, { 'data-qr-url': qrUrl });
}
