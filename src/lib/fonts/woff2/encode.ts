/**
 * A WOFF2 encoder for TrueType fonts (W3C WOFF2): the glyf/loca transform (glyf-transform.ts), the hmtx
 * transform where the bearings allow it (hmtx-transform.ts), one Brotli stream at a chosen quality
 * (compress.ts), in the WOFF2 container (container.ts). Written for the decks' per-deck subsets: Google's
 * encoder (wawoff2, compiled to WebAssembly) always compresses at Brotli's quality 11, about 20 ms for a
 * face of a few dozen glyphs; this one a few ms at the settings chosen in compress.ts (WOFF2_BROTLI), and
 * its fonts decode with Google's decoder (every browser's) to the same outlines, metrics and tables
 * (test/unit/fonts/woff2.test.ts).
 *
 * Not handled (encodeWoff2 returns null, and the caller uses Google's encoder): font collections (their
 * collection directory and shared tables are not written here) and CFF outlines (no `glyf` to
 * transform; the faces Talkbook bundles are all TrueType).
 */
import { COLLECTION_FLAVOR, readSfnt } from '../sfnt.ts';
import { compressTables, WOFF2_BROTLI, type BrotliSettings } from './compress.ts';
import { writeWoff2, type DirectoryEntry } from './container.ts';
import { transformGlyf } from './glyf-transform.ts';
import { readGlyphs } from './glyph.ts';
import { transformHmtx } from './hmtx-transform.ts';
import { reconstructedGlyfLength } from './reconstructed-size.ts';

const TRUETYPE_FLAVORS = new Set([0x00010000, 0x74727565 /* 'true' */]);
/** The largest `glyf` short (halved 16-bit) `loca` offsets reach. */
const SHORT_LOCA_LIMIT = 0xffff * 2;
/** head.flags bit 11: the font went through a lossless modifying transform (WOFF2 encoders must set it). */
const HEAD_FLAG_TRANSFORMED = 0x0800;

/** Encoder settings. */
export interface Woff2Options {
	/** How the tables are compressed (default WOFF2_BROTLI). */
	brotli?: BrotliSettings;
}

const round4 = (n: number) => (n + 3) & ~3;

/**
 * The order the tables go in the compressed stream (and the directory): `glyf` and `loca` first, then
 * the others sorted by tag. Google's encoder sorts them all, with `loca` moved after `glyf` (the spec
 * asks `loca` to follow it); outlines first compress better (0.4% at quality 9, measured with scripts/bench/woff2-encoders.ts).
 * A decoder rebuilds a transformed `hmtx` from `glyf` and `hhea`, so both come before it.
 */
function storageOrder(tags: readonly string[]): string[] {
	const outlines = ['glyf', 'loca'].filter((tag) => tags.includes(tag));
	const rest = tags.filter((tag) => !outlines.includes(tag)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
	return [...outlines, ...rest];
}

/**
 * `font` (a TrueType sfnt) as WOFF2, or null for a font this encoder does not handle (a collection, CFF
 * outlines). Throws on a malformed `glyf`, as Google's encoder refuses one.
 */
export function encodeWoff2(font: Uint8Array, options: Woff2Options = {}): Uint8Array | null {
	const sfnt = readSfnt(font);
	if (sfnt.flavor === COLLECTION_FLAVOR || !TRUETYPE_FLAVORS.has(sfnt.flavor)) return null;
	// A digital signature would not match the decoded font: encoders must drop it.
	const tables = new Map(sfnt.tables.filter((t) => t.tag !== 'DSIG').map((t) => [t.tag, t.data]));
	const [glyf, loca, headIn, maxp] = [tables.get('glyf'), tables.get('loca'), tables.get('head'), tables.get('maxp')];
	if (!glyf || !loca || !headIn || headIn.length < 54 || !maxp || maxp.length < 6) return null;

	const head = Uint8Array.from(headIn);
	const headView = new DataView(head.buffer);
	const numGlyphs = new DataView(maxp.buffer, maxp.byteOffset, maxp.byteLength).getUint16(4);
	const glyphs = readGlyphs(glyf, loca, numGlyphs, headView.getInt16(50));
	const glyfLength = reconstructedGlyfLength(glyphs);
	// The decoder writes loca in the format the transformed glyf names, so it must hold the rebuilt offsets.
	const indexFormat = headView.getInt16(50) === 0 && glyfLength <= SHORT_LOCA_LIMIT ? 0 : 1;
	headView.setInt16(50, indexFormat);
	headView.setUint16(16, headView.getUint16(16) | HEAD_FLAG_TRANSFORMED);
	// checkSumAdjustment: the decoder computes it for the font it rebuilds.
	headView.setUint32(8, 0);
	tables.set('head', head);

	const stored = new Map<string, { data: Uint8Array; transformVersion: number; transformed: boolean; decodedLength: number }>();
	for (const [tag, data] of tables) stored.set(tag, { data, transformVersion: 0, transformed: false, decodedLength: data.length });
	stored.set('glyf', { data: transformGlyf(glyphs, indexFormat), transformVersion: 0, transformed: true, decodedLength: glyfLength });
	stored.set('loca', { data: new Uint8Array(0), transformVersion: 0, transformed: true, decodedLength: (numGlyphs + 1) * (indexFormat === 0 ? 2 : 4) });
	const [hhea, hmtx] = [tables.get('hhea'), tables.get('hmtx')];
	if (hhea && hhea.length >= 36 && hmtx) {
		const transformed = transformHmtx(hmtx, glyphs, new DataView(hhea.buffer, hhea.byteOffset, hhea.byteLength).getUint16(34));
		if (transformed) stored.set('hmtx', { data: transformed, transformVersion: 1, transformed: true, decodedLength: hmtx.length });
	}

	const order = storageOrder([...stored.keys()]);
	const entries: DirectoryEntry[] = [];
	const parts: Uint8Array[] = [];
	let totalSfntSize = 12 + 16 * order.length;
	for (const tag of order) {
		const table = stored.get(tag)!;
		entries.push({ tag, transformVersion: table.transformVersion, origLength: table.decodedLength, ...(table.transformed ? { transformLength: table.data.length } : {}) });
		parts.push(table.data);
		totalSfntSize += round4(table.decodedLength);
	}
	const data = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
	parts.reduce((at, part) => (data.set(part, at), at + part.length), 0);
	return writeWoff2({ flavor: sfnt.flavor, entries, totalSfntSize, compressed: compressTables(data, options.brotli ?? WOFF2_BROTLI) });
}
