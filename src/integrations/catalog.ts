import { getCollection } from 'astro:content';
import { buildCache } from '../lib/cache/context.ts';
import { cachedDeckFonts } from '../lib/cache/deck-fonts.ts';
import { cachedDeckSlides } from '../lib/cache/deck-slides.ts';
import { loadCatalog, type Catalog } from '../lib/catalog/catalog.ts';
import type { Deck } from '../lib/deck/model.ts';
import type { DeckFonts } from '../lib/fonts/deck-fonts.ts';
import type { RenderOptions } from '../lib/render/context.ts';
import { siteArticles } from '../lib/site/load.ts';

/**
 * The project's articles and decks for pages to render: during a build the one catalog the content check
 * built. Astro runs from the project root. The catalog does not depend on the site URL or base: the pages
 * render them (deckPageOptions).
 */
export function siteCatalog(): Catalog {
	return loadCatalog({ root: process.cwd() });
}

/** Each catalog's decks by slug, so a page finds its deck without a scan of every deck (which grows with the square of the articles). */
const bySlug = new WeakMap<Catalog, Map<string, Deck>>();

/** The deck published at `/decks/<slug>/`, if any. */
export function siteDeck(slug: string): Deck | undefined {
	const catalog = siteCatalog();
	let decks = bySlug.get(catalog);
	if (!decks) {
		decks = new Map(catalog.decks.map((deck) => [deck.slug, deck]));
		bySlug.set(catalog, decks);
	}
	return decks.get(slug);
}

/** A deck's `<section>`s, rendered once and then taken from the project cache while the deck does not change. */
export function deckSlidesHtml(deck: Deck, options: RenderOptions): Promise<string> {
	// Not in `astro dev`: the render code may change under a running server, and the key would not see it.
	return cachedDeckSlides(deck, options, import.meta.env.DEV ? undefined : buildCache(process.cwd()));
}

/** A deck page's fonts (subsets of its own text, inlined), each face subset once and then taken from the project cache. */
export function deckPageFonts(slidesHtml: string): Promise<DeckFonts> {
	return cachedDeckFonts(slidesHtml, import.meta.env.DEV ? undefined : buildCache(process.cwd()));
}

/** An article's reading time, counted once by the catalog (pages list articles from `getCollection`, which keeps no body). */
function readingMinutesOf(slug: string): number {
	return siteCatalog().articles.get(slug)?.readingMinutes ?? 1;
}

/** The published articles, newest first, with their reading time: what every page that lists articles shows. */
export async function publishedArticles() {
	return siteArticles(await getCollection('articles'), readingMinutesOf);
}
