import type { Aspect } from '../deck/aspect.ts';
import type { DeckHighlighter } from '../render/highlighter.ts';
import type { SlideFrame } from './geometry.ts';
import type { InlineContext } from './inline.ts';
import type { TextMeasurer } from './measure.ts';

/** A QR code as a PNG. */
export interface QrImage {
	png: Uint8Array;
	pixels: number;
}

/** What every slide kind's layout gets besides its slide. */
export interface PptxContext extends InlineContext {
	aspect: Aspect;
	frame: SlideFrame;
	measure: TextMeasurer;
	highlighter: DeckHighlighter;
	/** The QR code of a URL, drawn before layout (qr.ts). */
	qr(url: string): QrImage | undefined;
}
