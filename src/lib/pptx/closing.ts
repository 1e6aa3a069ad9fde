import type { ClosingSlide } from '../deck/model.ts';
import { QR_SIZE_PX } from '../render/closing.ts';
import { displayUrl, publicUrl } from '../render/url.ts';
import type { PptxContext } from './context.ts';
import { pt } from './geometry.ts';
import { headingBlock } from './heading.ts';
import { linkTarget } from './inline.ts';
import { centredLayout, column, row, textBlock, type Block, type Layout } from './layout.ts';
import type { ImageShape, Paragraph } from './shapes.ts';
import { paragraph, run, sizePt, TYPE } from './typography.ts';

/** The QR code of `url` with the address under it (`.closing-qr`): 300 px square, the caption at most as wide. */
function qrFigure(url: string, ctx: PptxContext, scale: number): Block | null {
	const qr = ctx.qr(url);
	if (!qr) return null;
	const side = pt(QR_SIZE_PX);
	const size = sizePt(TYPE.linkUrl * (30 / 31.5), scale);
	const caption = textBlock('QR address', [paragraph([run(displayUrl(url), size, ctx.palette.muted)], size, TYPE.bodyLine, { align: 'center' })], side, ctx.measure);
	const image: Block = {
		width: side,
		height: side,
		minFontPt: Infinity,
		place: (x, y): [ImageShape] => [{ type: 'image', name: 'QR code', x, y, w: side, h: side, png: qr.png, pixels: { width: qr.pixels, height: qr.pixels }, alt: `QR code of ${url}`, href: url }],
	};
	return column([
		{ block: image, gapBefore: 0 },
		{ block: caption, gapBefore: 0.4 * size },
	]);
}

/**
 * The last slide (src/lib/render/closing.ts): the heading and where to read more, each link with its
 * address under it when the site has a URL, announced parts in italics; with a site URL, the QR code of
 * the first link beside them. Without one the links are plain text: a site path cannot be opened from a file.
 */
export function closingLayout(slide: ClosingSlide, ctx: PptxContext, scale: number): Layout {
	const { palette, frame, measure } = ctx;
	const size = sizePt(TYPE.large, scale);
	const urlSize = sizePt(TYPE.linkUrl, scale);
	const paragraphs: Paragraph[] = [];
	for (const link of slide.links) {
		const href = linkTarget(link.href, ctx);
		const url = publicUrl(link.href, ctx.siteOrigin, ctx.base);
		paragraphs.push(paragraph([run(link.text, size, href ? palette.link : palette.heading, { bold: true, ...(href ? { href } : {}) })], size, TYPE.bodyLine, { spaceAfterPt: url ? 0 : 0.7 * size }));
		if (url) paragraphs.push(paragraph([run(displayUrl(url), urlSize, palette.muted)], urlSize, TYPE.bodyLine, { spaceAfterPt: 0.7 * size }));
	}
	for (const text of slide.upcoming ?? []) paragraphs.push(paragraph([run(text, size, palette.muted, { italic: true })], size, TYPE.bodyLine, { spaceAfterPt: 0.7 * size }));
	const first = slide.links[0];
	const qrUrl = first ? publicUrl(first.href, ctx.siteOrigin, ctx.base) : null;
	const figure = qrUrl ? qrFigure(qrUrl, ctx, scale) : null;
	const gap = 1.6 * sizePt(TYPE.body, scale);
	const textWidth = figure ? frame.contentWidth - figure.width - gap : frame.contentWidth;
	const title = headingBlock(slide.title, TYPE.h2, ctx, scale, undefined, textWidth);
	const text = column([
		{ block: title.block, gapBefore: 0 },
		...(paragraphs.length > 0 ? [{ block: textBlock('Links', paragraphs, textWidth, measure), gapBefore: title.gap }] : []),
	]);
	return centredLayout(frame, [{ block: figure ? row([text, figure], gap) : text, gapBefore: 0 }]);
}
