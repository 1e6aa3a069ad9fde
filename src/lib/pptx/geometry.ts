import { frameSize, type Aspect } from '../deck/aspect.ts';

/** A frame pixel in points: the 1280-px frame is a 13.333-inch slide (96 px an inch, 72 pt an inch). */
export const PT_PER_PX = 0.75;

/** The readability floor: the decks' 24 px is 18 pt on the slide; no text of an export is smaller. */
export const MIN_FONT_PT = 18;

/** Points of `px` frame pixels. */
export function pt(px: number): number {
	return px * PT_PER_PX;
}

/** The slide of a deck's frame, in points, with the slide body's padding (src/styles/deck/base.css). */
export interface SlideFrame {
	width: number;
	height: number;
	/** Body padding left and right (72 px). */
	padX: number;
	/** Body padding top and bottom (52 px). */
	padY: number;
	/** Width between the paddings. */
	contentWidth: number;
}

/** The slide for `aspect`: 960 × 540 pt (13.333 × 7.5 in) at 16:9, 720 × 540 pt (10 × 7.5 in) at 4:3. */
export function slideFrame(aspect: Aspect): SlideFrame {
	const { width, height } = frameSize(aspect);
	const padX = pt(72);
	return { width: pt(width), height: pt(height), padX, padY: pt(52), contentWidth: pt(width) - 2 * padX };
}
