/**
 * WOFF2's two variable-length integers (W3C WOFF2, section 3.1): 255UInt16 for small counts in the
 * glyf streams and collection directory, UIntBase128 for table lengths in the table directory.
 */
import type { ByteWriter } from './bytes.ts';

/**
 * A 255UInt16 (0–65535) in its shortest form, the same form for the same value (the spec asks for
 * that consistency, as it compresses better): one byte below 253, a code and a byte up to 761 (255 adds
 * 253, 254 adds 506), else 253 and the value as a UInt16.
 */
export function write255UInt16(out: ByteWriter, value: number): void {
	if (!Number.isInteger(value) || value < 0 || value > 0xffff) throw new RangeError(`255UInt16 out of range: ${value}`);
	if (value < 253) {
		out.u8(value);
	} else if (value < 506) {
		out.u8(255);
		out.u8(value - 253);
	} else if (value < 762) {
		out.u8(254);
		out.u8(value - 506);
	} else {
		out.u8(253);
		out.u16(value);
	}
}

/**
 * A UIntBase128 (0 to 2^32 - 1): base 128, most significant group first, the high bit set on every byte
 * but the last. Always the shortest form: decoders must reject a leading 0x80.
 */
export function writeUIntBase128(out: ByteWriter, value: number): void {
	if (!Number.isInteger(value) || value < 0 || value > 0xffffffff) throw new RangeError(`UIntBase128 out of range: ${value}`);
	let groups = 1;
	while (groups < 5 && value >= 2 ** (7 * groups)) groups++;
	for (let i = groups - 1; i >= 0; i--) {
		const group = Math.floor(value / 2 ** (7 * i)) & 0x7f;
		out.u8(i > 0 ? group | 0x80 : group);
	}
}
