/**
 * WOFF2's point encoding (W3C WOFF2, section 5.2): each point of a simple glyph as a flag byte (in the
 * flag stream) and one to four bytes of coordinate deltas (in the glyph stream). The flag's top bit is
 * set for an off-curve point; its low seven bits pick one of 128 formats by the deltas' sizes and signs:
 *
 * | flags   | dx, dy                          | bytes | holds                                 |
 * | ------- | ------------------------------- | ----- | ------------------------------------- |
 * | 0–9     | 0, ±(0–1279)                    | 1     | dy's high bits (multiple of 256) and sign in the flag |
 * | 10–19   | ±(0–1279), 0                    | 1     | the same for dx                       |
 * | 20–83   | ±(1–64), ±(1–64)                | 1     | two nibbles, their high bits in the flag |
 * | 84–119  | ±(1–768), ±(1–768)              | 2     | a byte each, their high bits in the flag |
 * | 120–123 | ±(0–4095), ±(0–4095)            | 3     | 12 bits each                          |
 * | 124–127 | ±(0–65535), ±(0–65535)          | 4     | 16 bits each                          |
 *
 * A sign bit in the flag is set for a positive (or zero) delta: bit 0 for x (or for the only one), bit 1
 * for y. The first format that holds the point is used, the smallest.
 */
import type { ByteWriter } from './bytes.ts';

/** Writes the point whose deltas from the previous one are `dx`, `dy` to the flag and glyph streams. */
export function writeTriplet(flags: ByteWriter, glyph: ByteWriter, onCurve: boolean, dx: number, dy: number): void {
	const offCurve = onCurve ? 0 : 0x80;
	const ax = Math.abs(dx);
	const ay = Math.abs(dy);
	if (ax > 0xffff || ay > 0xffff) throw new RangeError(`point delta out of range: ${dx}, ${dy}`);
	const xPositive = dx < 0 ? 0 : 1;
	const yPositive = dy < 0 ? 0 : 1;
	const signs = xPositive | (yPositive << 1);
	if (dx === 0 && ay < 1280) {
		flags.u8(offCurve | ((ay >> 8) << 1) | yPositive);
		glyph.u8(ay);
	} else if (dy === 0 && ax < 1280) {
		flags.u8(offCurve | (10 + ((ax >> 8) << 1) + xPositive));
		glyph.u8(ax);
	} else if (ax <= 64 && ay <= 64) {
		const x = ax - 1;
		const y = ay - 1;
		// Index 20 + 16·(x's high 2 bits) + 4·(y's high 2 bits) + signs; a byte of the low nibbles.
		flags.u8(offCurve | (20 + (x & 0x30) + ((y & 0x30) >> 2) + signs));
		glyph.u8(((x & 0x0f) << 4) | (y & 0x0f));
	} else if (ax <= 768 && ay <= 768) {
		const x = ax - 1;
		const y = ay - 1;
		// Index 84 + 12·(x's high 2 bits) + 4·(y's high 2 bits) + signs; a byte each of the low bits.
		flags.u8(offCurve | (84 + 12 * (x >> 8) + ((y >> 8) << 2) + signs));
		glyph.u8(x);
		glyph.u8(y);
	} else if (ax < 4096 && ay < 4096) {
		flags.u8(offCurve | (120 + signs));
		glyph.u8(ax >> 4);
		glyph.u8(((ax & 0x0f) << 4) | (ay >> 8));
		glyph.u8(ay);
	} else {
		flags.u8(offCurve | (124 + signs));
		glyph.u16(ax);
		glyph.u16(ay);
	}
}
