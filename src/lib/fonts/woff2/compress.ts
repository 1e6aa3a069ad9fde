/**
 * The compression of a WOFF2's table data: one Brotli stream in its font mode (W3C WOFF2, section 5),
 * with Node's own Brotli (zlib), whose settings can be chosen; Google's encoder always uses quality 11.
 */
import { brotliCompressSync, constants } from 'node:zlib';

/** The Brotli settings a WOFF2 is compressed with. */
export interface BrotliSettings {
	/** 0–11. */
	quality: number;
	/**
	 * Literal context modeling: one set of literal codes per context of the previous two bytes, where
	 * false keeps one per block type. At qualities 10 and 11 clustering those contexts' histograms is
	 * most of the time a small font takes.
	 */
	contextModeling: boolean;
}

/**
 * The settings the deck fonts are compressed with, chosen by measure (`npm run bench:woff2`, README "Fonts
 * and page weight"): on the decks' faces quality 10 without literal context modeling takes about 2.5 ms a
 * face, where Google's encoder takes 13–25, and its faces are 0.4% smaller than Google's (about 80 B a
 * deck). With context modeling they are 90 B a deck smaller again, but it takes 6 ms a face, 11 s more
 * CPU on a clean build of 1,000 decks; quality 9 takes 1 ms but its faces are 3% larger.
 */
export const WOFF2_BROTLI: BrotliSettings = { quality: 10, contextModeling: false };

/**
 * The smallest Brotli window (2^bits bytes less 16) that holds `length` bytes, 10 to 24 bits. Node's
 * stream encoder keeps the default 22 bits whatever the input, and below quality 10 sizes its hash
 * tables by the window: 8 ms at quality 9 for an 8 KB font with 4 MB of window, 0.2 ms with 16 KB.
 * (Brotli's one-shot API, which Google's encoder calls, shrinks the window to the input the same way.)
 */
export function windowBits(length: number): number {
	let bits = 10;
	while (bits < 24 && 2 ** bits - 16 < length) bits++;
	return bits;
}

/** `data` as one Brotli stream in font mode with `settings`, its window fitted to it. */
export function compressTables(data: Uint8Array, settings: BrotliSettings): Uint8Array {
	return brotliCompressSync(data, {
		params: {
			[constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_FONT,
			[constants.BROTLI_PARAM_QUALITY]: settings.quality,
			[constants.BROTLI_PARAM_DISABLE_LITERAL_CONTEXT_MODELING]: settings.contextModeling ? 0 : 1,
			[constants.BROTLI_PARAM_LGWIN]: windowBits(data.length),
			[constants.BROTLI_PARAM_SIZE_HINT]: data.length,
		},
	});
}
