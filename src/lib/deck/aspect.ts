/** The shapes of frame a talk can be given: wide screens and projectors, or older 4:3 projectors. */
export const ASPECTS = ['16:9', '4:3'] as const;

/** A talk's frame shape (`aspect:` in a talk's frontmatter). */
export type Aspect = (typeof ASPECTS)[number];

/**
 * The site-wide default frame: every article deck uses it, and every talk that sets no `aspect:`.
 * This is the one place to change it (README, "Compose a talk").
 */
export const DEFAULT_ASPECT: Aspect = '16:9';

/**
 * The frame each aspect is designed in, in CSS pixels. Both are 720 px tall, so text sizes (and the
 * 24 px readability floor) mean the same on either; a 4:3 frame is narrower, not smaller.
 */
const FRAMES: Readonly<Record<Aspect, { width: number; height: number }>> = {
	'16:9': { width: 1280, height: 720 },
	'4:3': { width: 960, height: 720 },
};

/** Width and height of the frame of `aspect`. */
export function frameSize(aspect: Aspect): { width: number; height: number } {
	return FRAMES[aspect];
}
