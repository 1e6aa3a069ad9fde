import type { SlideSource } from '../deck/model.ts';
import type { PptxContext } from './context.ts';
import { pt } from './geometry.ts';
import { linkTarget } from './inline.ts';
import { NO_INSETS } from './layout.ts';
import type { TextShape } from './shapes.ts';
import { WIDTH_SLACK } from './text-layout.ts';
import { paragraph, run, sizePt, TYPE } from './typography.ts';

/** Widest the link runs, as on the HTML deck (900 px). */
const MAX_WIDTH_PX = 900;

/**
 * The small link back to the article section a slide came from, at the bottom left in the padding under
 * the slide body: 18 pt (the HTML deck's 18 px chrome would be under the floor), cut with `…` to one line.
 * Only with a site URL: a site path cannot be followed from a file, and no local address is ever shown.
 */
export function sourceLink(source: SlideSource | null, ctx: PptxContext): TextShape | null {
	if (!source) return null;
	const href = linkTarget(source.href, ctx);
	if (!href) return null;
	const size = sizePt(TYPE.source);
	const width = Math.min(pt(MAX_WIDTH_PX), ctx.frame.contentWidth);
	const style = { family: 'sans' as const, sizePt: size };
	let text = `↩ ${source.label}`;
	while (ctx.measure.width(text, style) > width * WIDTH_SLACK && text.length > 3) text = `${text.slice(0, -2).trimEnd()}…`;
	const line = paragraph([run(text, size, ctx.palette.muted, { href })], size, 1.3);
	const height = line.lineHeightPt;
	return { type: 'text', name: 'Source', x: ctx.frame.padX, y: ctx.frame.height - pt(16) - height, w: width, h: height, paragraphs: [line], insets: NO_INSETS };
}
