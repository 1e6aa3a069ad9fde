import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { deckFonts, type DeckFonts } from '../fonts/deck-fonts.ts';
import { subsetSlice } from '../fonts/subset.ts';
import { isRunning } from '../check/build-swap.ts';
import type { BuildCache } from './context.ts';
import { hashParts } from './hash.ts';

/** How long a deck page waits for the fonts another process is making before it makes them itself. */
const WAIT_MS = 60_000;

/**
 * Takes the claim on `key` (a file made exclusively in the store's `claims/` folder, naming this process)
 * or reports that a running process holds it; a claim of a process that is gone is taken over.
 */
function claim(dir: string, key: string): boolean {
	const file = path.join(dir, key);
	for (let attempt = 0; attempt < 2; attempt++) {
		try {
			mkdirSync(dir, { recursive: true });
			const fd = openSync(file, 'wx');
			writeSync(fd, String(process.pid));
			closeSync(fd);
			return true;
		} catch {
			let pid = 0;
			try {
				pid = Number.parseInt(readFileSync(file, 'utf8'), 10);
			} catch {
				// Released meanwhile: try again.
			}
			if (pid && isRunning(pid)) return false;
			rmSync(file, { force: true });
		}
	}
	return false;
}

/**
 * A deck page's fonts (src/lib/fonts/deck-fonts.ts) through the cache: the whole result by the slides'
 * HTML, so an unchanged deck is one lookup, and each face's subset by the face file and its characters, so
 * a face another deck already had (the same characters) is not cut again. WOFF2 compression is most of
 * the time a face takes (src/lib/fonts/woff2/compress.ts, WOFF2_BROTLI). The build script makes
 * them ahead of Astro's deck pages (warmDeckSlides) and both may reach a deck at once: a claim file lets
 * one make it while the other waits for the result, so no deck is subset twice.
 */
export async function cachedDeckFonts(slidesHtml: string, cache: BuildCache | undefined): Promise<DeckFonts> {
	return (await fontsThroughCache(slidesHtml, cache, true)) as DeckFonts;
}

/** Makes a deck's fonts into the cache ahead of its page, unless they are there or another process is making them. */
export async function warmDeckFonts(slidesHtml: string, cache: BuildCache): Promise<void> {
	await fontsThroughCache(slidesHtml, cache, false);
}

/** cachedDeckFonts; with `wait` false, null instead of waiting for another process's claim. */
async function fontsThroughCache(slidesHtml: string, cache: BuildCache | undefined, wait: boolean): Promise<DeckFonts | null> {
	if (!cache) return deckFonts(slidesHtml);
	const subsetThroughCache = async (slice: Parameters<typeof subsetSlice>[0], text: string): Promise<Uint8Array> => {
		// The file's name, not its absolute path: the key is the same in every checkout.
		const key = hashParts('font-subset', cache.buildKey, path.basename(slice.file), text);
		const cached = cache.store.get<Uint8Array>('font-subset', key);
		if (cached !== undefined) return cached;
		const woff2 = await subsetSlice(slice, text, 'woff2');
		cache.store.set('font-subset', key, woff2);
		return woff2;
	};
	const key = hashParts('deck-fonts', cache.buildKey, slidesHtml);
	const cached = cache.store.get<DeckFonts>('deck-fonts', key);
	if (cached !== undefined) return cached;
	const claims = path.join(cache.store.dir, 'claims');
	if (!claim(claims, key)) {
		if (!wait) return null;
		for (const started = Date.now(); Date.now() - started < WAIT_MS; ) {
			await new Promise((resolve) => setTimeout(resolve, 20));
			if (!cache.store.has('deck-fonts', key)) continue;
			const made = cache.store.get<DeckFonts>('deck-fonts', key);
			if (made !== undefined) return made;
		}
	}
	try {
		const fonts = await deckFonts(slidesHtml, subsetThroughCache);
		cache.store.set('deck-fonts', key, fonts);
		return fonts;
	} finally {
		rmSync(path.join(claims, key), { force: true });
	}
}
