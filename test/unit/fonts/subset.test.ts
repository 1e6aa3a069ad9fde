import { describe, expect, it } from 'vitest';
import { create } from 'fontkitten';
import { DECK_MONO_FAMILY, DECK_SANS_FAMILY, faceSlice } from '../../../src/lib/fonts/index.ts';
import { catalogFace } from '../../../src/lib/fonts/catalog.ts';
import { subsetSlice } from '../../../src/lib/fonts/subset.ts';

const SFNT = '00010000';
const signature = (bytes: Uint8Array) => Buffer.from(bytes.subarray(0, 4)).toString('hex');
/** The family a face names itself, read back with fontkitten. */
function familyOf(bytes: Uint8Array): string {
	const font = create(Buffer.from(bytes));
	if (!('familyName' in font)) throw new Error('a collection, not a face');
	return font.familyName;
}

describe('WOFF2 decoding and encoding asked for at once', () => {
	// wawoff2, under fontverter, hands back a view of its WebAssembly memory that is copied only after an
	// await: two conversions in flight overwrite each other's result unless they are queued.
	it('gives every caller its own face, whole and readable', async () => {
		const faces = await Promise.all([faceSlice(DECK_SANS_FAMILY, 400), faceSlice(DECK_SANS_FAMILY, 700), faceSlice(DECK_MONO_FAMILY, 400), faceSlice(DECK_SANS_FAMILY, 400, 'cyrillic')]);
		expect(faces.map(signature)).toEqual([SFNT, SFNT, SFNT, SFNT]);
		expect(faces.map(familyOf)).toEqual([DECK_SANS_FAMILY, DECK_SANS_FAMILY, DECK_MONO_FAMILY, DECK_SANS_FAMILY]);
	});

	it('gives every caller its own WOFF2 subset', async () => {
		const slices = [catalogFace(DECK_SANS_FAMILY, 400), catalogFace(DECK_SANS_FAMILY, 700), catalogFace(DECK_MONO_FAMILY, 400)].map((face) => face.slices.find((s) => s.subset === 'latin')!);
		const together = await Promise.all(slices.map((slice) => subsetSlice(slice, 'Deterministic latency', 'woff2')));
		const alone = [];
		for (const slice of slices) alone.push(await subsetSlice(slice, 'Deterministic latency', 'woff2'));
		expect(together.map((w) => Buffer.from(w).toString('base64'))).toEqual(alone.map((w) => Buffer.from(w).toString('base64')));
	});
});
