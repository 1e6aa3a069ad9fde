import type { Aspect } from '../deck/aspect.ts';
import type { Slide } from '../deck/model.ts';
import type { DeckHighlighter } from './highlighter.ts';

/** Options the caller passes to `renderDeckSlides`. */
export interface RenderOptions {
	/**
	 * Public origin of the site (Astro's `site`, e.g. `https://talkbook.example`), or `null` when none is
	 * configured: then links stay site-relative and no address is printed on a slide.
	 */
	siteOrigin: string | null;
	/** Extra `<section>` attributes per slide (the search index's markup); a slide's own attributes win. */
	slideAttributes?: (slide: Slide) => Readonly<Record<string, string>>;
	/** The site's base path (`/talks/`); site paths on slides get it in front. `/` when absent. */
	base?: string;
}

/** What every slide renderer gets besides its slide. */
export interface RenderContext extends RenderOptions {
	highlighter: DeckHighlighter;
	/** The deck's frame; code wraps to its width. */
	aspect: Aspect;
}
