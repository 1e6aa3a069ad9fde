/**
 * WOFF2's transformed `hmtx` table (W3C WOFF2, section 5.4, transformation version 1): the advance
 * widths alone, when every left side bearing equals its glyph's xMin (0 for an empty glyph), so a
 * decoder takes them from the rebuilt `glyf`. A flags byte says which of the two bearing arrays (of the
 * glyphs with an advance of their own, and of the monospaced run after them) is left out; an array that
 * does not match is kept. Not applicable (null) when neither matches.
 */
import { ByteWriter } from './bytes.ts';
import type { Glyph } from './glyph.ts';

const PROPORTIONAL_LSBS_OMITTED = 0x01;
const MONOSPACED_LSBS_OMITTED = 0x02;

/** The xMin a decoder gives the glyph's bearing: its box's, or 0 for an empty glyph. */
const xMin = (glyph: Glyph) => (glyph.kind === 'empty' ? 0 : glyph.bbox[0]);

/** The transformed `hmtx` of these glyphs with `numberOfHMetrics` (from `hhea`), or null when it does not apply. */
export function transformHmtx(hmtx: Uint8Array, glyphs: readonly Glyph[], numberOfHMetrics: number): Uint8Array | null {
	const numGlyphs = glyphs.length;
	// A table of any other length would not be rebuilt byte for byte.
	if (numberOfHMetrics < 1 || numberOfHMetrics > numGlyphs || hmtx.length !== 2 * numGlyphs + 2 * numberOfHMetrics) return null;
	const view = new DataView(hmtx.buffer, hmtx.byteOffset, hmtx.byteLength);
	const lsb = (id: number) => (id < numberOfHMetrics ? view.getInt16(4 * id + 2) : view.getInt16(4 * numberOfHMetrics + 2 * (id - numberOfHMetrics)));
	let proportional = true;
	let monospaced = numGlyphs > numberOfHMetrics;
	for (let id = 0; id < numGlyphs; id++) {
		if (lsb(id) === xMin(glyphs[id]!)) continue;
		if (id < numberOfHMetrics) proportional = false;
		else monospaced = false;
	}
	if (!proportional && !monospaced) return null;
	const out = new ByteWriter(1 + 2 * numGlyphs + 2 * numberOfHMetrics);
	out.u8((proportional ? PROPORTIONAL_LSBS_OMITTED : 0) | (monospaced ? MONOSPACED_LSBS_OMITTED : 0));
	for (let id = 0; id < numberOfHMetrics; id++) out.u16(view.getUint16(4 * id));
	if (!proportional) for (let id = 0; id < numberOfHMetrics; id++) out.u16(lsb(id));
	if (!monospaced) for (let id = numberOfHMetrics; id < numGlyphs; id++) out.u16(lsb(id));
	return out.view();
}
