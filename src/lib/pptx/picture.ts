import type { SlideFrame } from './geometry.ts';
import type { PptxSlide } from './shapes.ts';

/** Width and height of a PNG, read from its header. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
	const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
	const signature = [137, 80, 78, 71, 13, 10, 26, 10];
	if (png.byteLength < 24 || signature.some((b, i) => png[i] !== b)) throw new Error('not a PNG image');
	return { width: view.getUint32(16), height: view.getUint32(20) };
}

/**
 * A slide shown as a picture of the HTML slide (what has no native form): the picture fills the slide,
 * and the notes are the slide's notes, as text.
 */
export function pictureSlide(id: string, png: Uint8Array, notes: readonly string[], frame: SlideFrame, background: string, alt: string): PptxSlide {
	return {
		id,
		background,
		notes: [...notes],
		shapes: [{ type: 'image', name: 'Slide picture', x: 0, y: 0, w: frame.width, h: frame.height, png, pixels: pngSize(png), alt }],
	};
}
