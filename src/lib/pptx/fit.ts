import { MIN_FONT_PT } from './geometry.ts';
import type { Layout } from './layout.ts';

/** Steps a slide's text is made smaller by when it does not fit, as the HTML deck's fit does, down to the floor. */
const SCALE_STEP = 0.04;

/** A slide laid out at the largest scale that fits, and what it took. */
export interface Fitted extends Layout {
	scale: number;
	/** Said when even the floor did not make it fit (the HTML deck fits it at 24 px, so this should not happen). */
	warning?: string;
}

/**
 * Lays a slide out at scale 1, then smaller in steps while it runs past the slide body, never setting text
 * under MIN_FONT_PT; returns the first layout that fits, or the smallest allowed one with a warning.
 */
export function fitSlide(layout: (scale: number) => Layout): Fitted {
	let scale = 1;
	let result = layout(scale);
	while (result.overflow > 0.5) {
		const next = Math.round((scale - SCALE_STEP) * 100) / 100;
		// Text already at the floor, or none that scales (code and charts are set at 18 pt): nothing left to make smaller.
		if (!Number.isFinite(result.minFontPt) || !(result.minFontPt * (next / scale) >= MIN_FONT_PT - 0.01)) {
			return { ...result, scale, warning: `does not fit at ${MIN_FONT_PT} pt: ${Math.ceil(result.overflow)} pt too tall` };
		}
		scale = next;
		result = layout(scale);
	}
	return { ...result, scale };
}
