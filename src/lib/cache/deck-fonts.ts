import path from 'node:path';
import { deckFonts, type DeckFonts } from '../fonts/deck-fonts.ts';
import { subsetSlice } from '../fonts/subset.ts';
import type { BuildCache } from './context.ts';
import { hashParts } from './hash.ts';

/**
 * A deck page's fonts (src/lib/fonts/deck-fonts.ts) with each face's subset through the cache, keyed by
 * the face file, its characters and the build key (which covers the font packages' versions and the
 * subsetting code): a deck whose text did not change, or a face whose characters another deck already
 * had (Noto Sans Math for `↩` alone, in most decks), is not subset again. WOFF2 compression is most of
 * the time a deck's fonts take (about 20 ms of 25 per face here).
 */
export function cachedDeckFonts(slidesHtml: string, cache: BuildCache | undefined): Promise<DeckFonts> {
	return deckFonts(slidesHtml, async (slice, text) => {
		// The file's place below node_modules, not its absolute path: the key is the same in every checkout.
		const key = hashParts('font-subset', cache?.buildKey ?? '', path.basename(slice.file), text);
		const cached = cache?.store.get<Uint8Array>('font-subset', key);
		if (cached !== undefined) return cached;
		const woff2 = await subsetSlice(slice, text, 'woff2');
		cache?.store.set('font-subset', key, woff2);
		return woff2;
	});
}
