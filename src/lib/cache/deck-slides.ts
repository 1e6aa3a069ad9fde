import type { Deck } from '../deck/model.ts';
import type { RenderOptions } from '../render/context.ts';
import { renderDeckSlides } from '../render/deck.ts';
import { getDeckHighlighter } from '../render/highlighter.ts';
import type { BuildCache } from './context.ts';
import { hashParts } from './hash.ts';

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
