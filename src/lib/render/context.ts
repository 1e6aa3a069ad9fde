import type { Slide } from '../deck/model.ts';
import type { DeckHighlighter } from './highlighter.ts';

/** Options the caller passes to `renderDeckSlides`. */
export interface RenderOptions {
	/** Origin the site is served from (Astro's `site`), e.g. `https://talkbook.example`; site paths are resolved against it. */
	siteOrigin: string;
	/** Extra `<section>` attributes per slide (the search index's markup); a slide's own attributes win. */
	slideAttributes?: (slide: Slide) => Readonly<Record<string, string>>;
	/** The site's base path (`/talks/`); site paths on slides get it in front. `/` when absent. */
	base?: string;
}

/** What every slide renderer gets besides its slide. */
export interface RenderContext extends RenderOptions {
	highlighter: DeckHighlighter;
}
