/**
 * How big the `glyf` table is that a decoder rebuilds from the transformed one. The WOFF2 header's
 * totalSfntSize is "for reference", but OTS, the sanitizer of Chromium and Firefox, has given Google's
 * decoder an output buffer of exactly that size since its version 9.2 and refuses the font when the
 * decoder needs more, so it must be at least what that decoder writes (browsers decode with the same
 * library). This is that decoder's rebuilding (woff2_dec.cc, StorePoints): each glyph 4-byte aligned; a
 * simple glyph's flags run-length coded (a repeat count up to 255), each delta 0, 1 or 2 bytes by its
 * size, OVERLAP_SIMPLE on the first flag (decoders since the spec's 2022 correction write it; older ones,
 * which do not, write as much or less); a composite glyph's records, then its instructions if any.
 */
import type { Glyph, SimpleGlyph } from './glyph.ts';

// Simple glyph flags a decoder writes.
const ON_CURVE = 0x01;
const X_SHORT = 0x02;
const Y_SHORT = 0x04;
const X_SAME_OR_POSITIVE = 0x10;
const Y_SAME_OR_POSITIVE = 0x20;
const OVERLAP_SIMPLE = 0x40;

const round4 = (n: number) => (n + 3) & ~3;

/** The flag a decoder writes for a delta on one axis, and how many coordinate bytes it takes. */
function axis(delta: number, short: number, sameOrPositive: number): [flag: number, bytes: number] {
	if (delta === 0) return [sameOrPositive, 0];
	if (delta > -256 && delta < 256) return [short | (delta > 0 ? sameOrPositive : 0), 1];
	return [0, 2];
}

function simpleSize(glyph: SimpleGlyph, overlapKept: boolean): number {
	let flagBytes = 0;
	let coordinateBytes = 0;
	let last = -1;
	let repeats = 0;
	let [x, y] = [0, 0];
	for (let i = 0; i < glyph.xs.length; i++) {
		const [xFlag, xBytes] = axis(glyph.xs[i]! - x, X_SHORT, X_SAME_OR_POSITIVE);
		const [yFlag, yBytes] = axis(glyph.ys[i]! - y, Y_SHORT, Y_SAME_OR_POSITIVE);
		const flag = (glyph.onCurve[i] ? ON_CURVE : 0) | xFlag | yFlag | (i === 0 && overlapKept && glyph.overlap ? OVERLAP_SIMPLE : 0);
		coordinateBytes += xBytes + yBytes;
		if (flag === last && repeats !== 255) {
			// The REPEAT bit on the previous flag, then a count byte once.
			if (repeats === 0) flagBytes++;
			repeats++;
		} else {
			flagBytes++;
			repeats = 0;
		}
		last = flag;
		[x, y] = [glyph.xs[i]!, glyph.ys[i]!];
	}
	return 10 + 2 * glyph.endPoints.length + 2 + glyph.instructions.length + flagBytes + coordinateBytes;
}

/**
 * The bytes a decoder writes for `glyph` in `glyf`, padding included. `overlapKept`: the transformed
 * table carries the overlap bitmap (else the decoder writes no OVERLAP_SIMPLE flag).
 */
export function reconstructedGlyphSize(glyph: Glyph, overlapKept: boolean): number {
	if (glyph.kind === 'empty') return 0;
	if (glyph.kind === 'composite') return round4(10 + glyph.components.length + (glyph.instructions ? 2 + glyph.instructions.length : 0));
	return round4(simpleSize(glyph, overlapKept));
}

/** The length of the `glyf` table a decoder rebuilds from these glyphs. */
export function reconstructedGlyfLength(glyphs: readonly Glyph[]): number {
	const overlapKept = glyphs.some((g) => g.kind === 'simple' && g.overlap);
	return glyphs.reduce((total, glyph) => total + reconstructedGlyphSize(glyph, overlapKept), 0);
}
