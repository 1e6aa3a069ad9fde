/**
 * Reading and building TrueType fonts for the WOFF2 tests, written apart from the encoder's own reader
 * (src/lib/fonts/woff2/glyph.ts) so a mistake there is not repeated here: the table directory, each
 * glyph's record through `loca`, a simple glyph's outline (via fontkitten, whose `_decode` is its only
 * point-level reader), and simple glyph records written from points, for glyphs no bundled font has.
 */
import { create } from 'fontkitten';
import fontverter from 'fontverter';
import { writeSfnt } from '../../src/lib/fonts/sfnt.ts';

/** The tables of an sfnt by tag. */
export function sfntTables(font: Uint8Array): Map<string, Uint8Array> {
	const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
	const tables = new Map<string, Uint8Array>();
	for (let i = 0; i < view.getUint16(4); i++) {
		const at = 12 + 16 * i;
		const tag = String.fromCharCode(...font.subarray(at, at + 4));
		tables.set(tag, font.subarray(view.getUint32(at + 8), view.getUint32(at + 8) + view.getUint32(at + 12)));
	}
	return tables;
}

const u16 = (data: Uint8Array, at: number) => (data[at]! << 8) | data[at + 1]!;
const u32 = (data: Uint8Array, at: number) => u16(data, at) * 65536 + u16(data, at + 2);

/**
 * The bytes an sfnt's header, directory and tables take, each table padded to 4: what a decoder that
 * rebuilds it writes, whatever buffer it was given.
 */
export function sfntSize(font: Uint8Array): number {
	const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
	let end = 12 + 16 * view.getUint16(4);
	for (let i = 0; i < view.getUint16(4); i++) end = Math.max(end, view.getUint32(12 + 16 * i + 8) + ((view.getUint32(12 + 16 * i + 12) + 3) & ~3));
	return end;
}

/** `head.indexToLocFormat`: 0 for short `loca` offsets, 1 for long ones. */
export function indexToLocFormat(font: Uint8Array): number {
	return u16(sfntTables(font).get('head')!, 50);
}

/** Each glyph's record in `glyf`, as `loca` delimits it (padding included). */
export function glyphRecords(font: Uint8Array): Uint8Array[] {
	const tables = sfntTables(font);
	const [glyf, loca] = [tables.get('glyf')!, tables.get('loca')!];
	const count = u16(tables.get('maxp')!, 4);
	const long = indexToLocFormat(font) === 1;
	const offset = (i: number) => (long ? u32(loca, 4 * i) : 2 * u16(loca, 2 * i));
	return Array.from({ length: count }, (_, i) => glyf.subarray(offset(i), offset(i + 1)));
}

/** A record without its trailing zeros: two records that differ only in padding compare equal. */
export function unpadded(record: Uint8Array): string {
	let end = record.length;
	while (end > 0 && record[end - 1] === 0) end--;
	return Buffer.from(record.subarray(0, end)).toString('hex');
}

/** A simple glyph's OVERLAP_SIMPLE flag (bit 6 of its first point's flags); null for another glyph. */
export function overlapSimple(record: Uint8Array): boolean | null {
	if (record.length < 10) return null;
	const contours = u16(record, 0);
	if (contours === 0 || contours >= 0x8000) return null;
	const instructions = u16(record, 10 + 2 * contours);
	return (record[12 + 2 * contours + instructions]! & 0x40) !== 0;
}

/** What fontkitten's glyph decoder gives for a TrueType glyph (its internal `_decode`). */
interface DecodedGlyph {
	numberOfContours: number;
	xMin: number;
	yMin: number;
	xMax: number;
	yMax: number;
	points?: { x: number; y: number; onCurve: boolean; endContour: boolean }[] | undefined;
	instructions?: number[] | undefined;
	components?: { glyphID: number; dx: number; dy: number; scaleX: number; scaleY: number; scale01: number; scale10: number }[] | undefined;
}

/** Every glyph of `font` as fontkitten reads it: contours, points with their on-curve flags, instructions, components; advance widths. */
export function outlines(font: Uint8Array): { glyphs: (DecodedGlyph | null)[]; advances: number[]; characters: number[]; glyphOf: number[] } {
	const parsed = create(Buffer.from(font));
	if (!('numGlyphs' in parsed)) throw new Error('a collection');
	const glyphs: (DecodedGlyph | null)[] = [];
	const advances: number[] = [];
	for (let id = 0; id < parsed.numGlyphs; id++) {
		const glyph = parsed.getGlyph(id);
		const decoded = (glyph as unknown as { _decode(): DecodedGlyph | null })._decode();
		glyphs.push(decoded && { ...decoded, points: decoded.points?.map((p) => ({ ...p })), instructions: decoded.instructions && [...decoded.instructions], components: decoded.components?.map((c) => ({ ...c })) });
		advances.push(glyph.advanceWidth);
	}
	const characters = [...parsed.characterSet].sort((a, b) => a - b);
	return { glyphs, advances, characters, glyphOf: characters.map((cp) => parsed.glyphForCodePoint(cp).id) };
}

/** Google's decoder (wawoff2, under fontverter): the sfnt a browser rebuilds from `woff2`. */
export async function decodeWoff2(woff2: Uint8Array): Promise<Uint8Array> {
	return new Uint8Array(await fontverter.convert(Buffer.from(woff2), 'sfnt', 'woff2'));
}

/** A point of a glyph outline to write. */
export type Point = readonly [x: number, y: number, onCurve: boolean];

/**
 * A simple glyph record of these contours, every delta written as a 16-bit word (no short forms, no
 * repeats): the plainest valid encoding. `bbox` defaults to the points' box; `overlap` sets OVERLAP_SIMPLE.
 */
export function simpleGlyph(contours: readonly (readonly Point[])[], options: { bbox?: readonly number[]; overlap?: boolean; instructions?: readonly number[] } = {}): Uint8Array {
	const points = contours.flat();
	const xs = points.map((p) => p[0]);
	const ys = points.map((p) => p[1]);
	const bbox = options.bbox ?? [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
	const instructions = options.instructions ?? [];
	const out: number[] = [];
	const word = (v: number) => out.push((v >> 8) & 0xff, v & 0xff);
	word(contours.length);
	bbox.forEach(word);
	let end = -1;
	for (const contour of contours) word((end += contour.length));
	word(instructions.length);
	out.push(...instructions);
	points.forEach((p, i) => out.push((p[2] ? 1 : 0) | (i === 0 && options.overlap ? 0x40 : 0)));
	let last = 0;
	for (const x of xs) (word(x - last), (last = x));
	last = 0;
	for (const y of ys) (word(y - last), (last = y));
	return Uint8Array.from(out);
}

/**
 * `font` with its glyph records replaced by `records` (as many as it has glyphs), in long `loca`
 * offsets; other tables as they are, except those in `tables` and `head`: indexToLocFormat, and flags
 * bit 11 cleared (hb-subset sets it; the encoder must).
 */
export function withGlyphs(font: Uint8Array, records: readonly Uint8Array[], tables: Record<string, Uint8Array> = {}): Uint8Array {
	const source = sfntTables(font);
	const padded = records.map((r) => Uint8Array.from({ length: (r.length + 3) & ~3 }, (_, i) => r[i] ?? 0));
	const glyf = new Uint8Array(padded.reduce((n, r) => n + r.length, 0));
	const loca = new Uint8Array(4 * (records.length + 1));
	const locaView = new DataView(loca.buffer);
	let at = 0;
	padded.forEach((r, i) => {
		locaView.setUint32(4 * i, at);
		glyf.set(r, at);
		at += r.length;
	});
	locaView.setUint32(4 * records.length, at);
	const head = Uint8Array.from(source.get('head')!);
	head[50] = 0;
	head[51] = 1;
	head[16]! &= ~0x08;
	const all = new Map([...source, ['glyf', glyf], ['loca', loca], ['head', head], ...Object.entries(tables)]);
	return writeSfnt(0x00010000, [...all].map(([tag, data]) => ({ tag, data })));
}
