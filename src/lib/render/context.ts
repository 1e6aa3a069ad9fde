import type { Aspect } from '../deck/aspect.ts';
import type { DeckHighlighter } from './highlighter.ts';

/** Options the caller passes to `renderDeckSlides`. */
export interface RenderOptions {
	/**
	 * Public origin of the site (Astro's `site`, e.g. `https://talkbook.example`), or `null` when none is
	 * configured: then links stay site-relative and no address is printed on a slide.
	 */
	siteOrigin: string | null;
}

/** What every slide renderer gets besides its slide. */
export interface RenderContext extends RenderOptions {
	highlighter: DeckHighlighter;
	/** The deck's frame; code wraps to its width. */
	aspect: Aspect;
}
