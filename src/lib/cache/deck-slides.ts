import type { Deck } from '../deck/model.ts';
import type { RenderOptions } from '../render/context.ts';
import { renderDeckSlides } from '../render/deck.ts';
import { getDeckHighlighter } from '../render/highlighter.ts';
import type { BuildCache } from './context.ts';
import { warmDeckFonts } from './deck-fonts.ts';
import { hashParts } from './hash.ts';
import { slideSearchAttributes } from '../search/deck-markup.ts';

/**
 * How a deck page renders its slides (src/components/deck/DeckDocument.astro): the site's origin (`null`
 * without a site URL) and base, and each slide's search markup. One function for the page and for
 * warmDeckSlides, so both arrive at the same cache key.
 */
export function deckPageOptions(deck: Deck, siteOrigin: string | null, base: string): RenderOptions {
	return { siteOrigin, base, slideAttributes: (slide) => slideSearchAttributes(deck, slide) };
}

/**
 * A deck's rendered `<section>`s (highlighted code included) through the cache, keyed by the deck model,
 * the render options and the build key; a build where every deck is cached never starts shiki.
 */
export async function cachedDeckSlides(deck: Deck, options: RenderOptions, cache: BuildCache | undefined): Promise<string> {
	// `slideAttributes` is code, so the build key (which hashes src/) covers it; JSON leaves the function out.
	const key = hashParts('slides', cache?.buildKey ?? '', JSON.stringify(deck), JSON.stringify(options));
	const cached = cache?.store.get<string>('slides', key);
	if (cached !== undefined) return cached;
	const html = renderDeckSlides(deck, await getDeckHighlighter(), options);
	cache?.store.set('slides', key, html);
	return html;
}

/**
 * Renders every deck's slides into the cache, and subsets its fonts, ahead of the deck pages, in the
 * build script's process, which is otherwise idle once it has handed the catalog over: Astro then finds
 * each deck's slides rendered (and highlighted) and its faces cut when it reaches its page, about four
 * seconds later at 1,000 articles. From the last deck backwards: Astro renders its deck pages from the
 * first, so once it reaches them the two share the rest instead of Astro waiting, deck after deck, for
 * the fonts this process is making (cache/deck-fonts.ts). Stops when `stopped()` says so; a deck that
 * fails is left for its page to render (and report).
 */
export async function warmDeckSlides(decks: readonly Deck[], siteOrigin: string | null, base: string, cache: BuildCache, stopped: () => boolean): Promise<number> {
	let rendered = 0;
	for (const deck of [...decks].reverse()) {
		if (stopped()) break;
		try {
			const html = await cachedDeckSlides(deck, deckPageOptions(deck, siteOrigin, base), cache);
			await warmDeckFonts(html, cache);
			rendered++;
		} catch {
			// The deck's page renders it again and fails the build with the real error.
		}
		// Lets the build script pass on Astro's output and signals between decks.
		await new Promise((resolve) => setImmediate(resolve));
	}
	return rendered;
}
