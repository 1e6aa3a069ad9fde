/**
 * Talkbook's WOFF2 encoder (src/lib/fonts/woff2/) against Google's decoder (wawoff2, the library browsers
 * decode WOFF2 with, as of 2020): every font it encodes must decode to the font it was given. Glyph
 * outlines are compared point by point (the decoder writes glyph records its own way), the other tables
 * byte for byte, `head` but for the two fields a WOFF2 round trip changes. The fonts
 * (test/support/woff2-cases.ts) are the decks' own subsets of every bundled family, KaTeX's faces, hinted
 * subsets (instructions survive), and fonts built for what no bundled face has (overlap flags, every point
 * encoding, boxes that are not the points', both loca formats). test/browser/woff2-chromium.test.ts has
 * Chromium load and draw the same fonts.
 */
import { readFileSync } from 'node:fs';
import { brotliDecompressSync } from 'node:zlib';
import path from 'node:path';
import fontverter from 'fontverter';
import { describe, expect, it } from 'vitest';
import { catalogFace } from '../../../src/lib/fonts/catalog.ts';
import { keepNameIds } from '../../../src/lib/fonts/sfnt-names.ts';
import { subsetFontFile, subsetSlice } from '../../../src/lib/fonts/subset.ts';
import { ByteWriter } from '../../../src/lib/fonts/woff2/bytes.ts';
import { encodeWoff2 } from '../../../src/lib/fonts/woff2/encode.ts';
import { KNOWN_TAGS } from '../../../src/lib/fonts/woff2/known-tags.ts';
import { write255UInt16, writeUIntBase128 } from '../../../src/lib/fonts/woff2/variable-length.ts';
import { katexFiles } from '../../../src/lib/math/fonts.ts';
import { decodeWoff2, glyphRecords, indexToLocFormat, outlines, overlapSimple, sfntSize, sfntTables, simpleGlyph, unpadded, withGlyphs } from '../../support/sfnt.ts';
import { bundledCases, charactersOf, HINTED, katexCases, longLocaFont, overflowingShortLocaFont, overlapFont, pointEncodingsFont, subsetOf } from '../../support/woff2-cases.ts';

const hex = (data: Uint8Array | undefined) => Buffer.from(data ?? []).toString('hex');
const latin = catalogFace('Noto Sans', 400).slices.find((s) => s.subset === 'latin')!.file;
const u32 = (data: Uint8Array, at: number) => new DataView(data.buffer, data.byteOffset, data.byteLength).getUint32(at);

/** What a round trip keeps of glyphs of a kind, counted over the cases: the cases must reach each kind. */
const seen = { simple: 0, composite: 0, nested: 0, empty: 0, instructions: 0, compositeInstructions: 0, overlap: 0 };

function count(records: readonly Uint8Array[]): void {
	for (const record of records) {
		if (record.length === 0) {
			seen.empty++;
			continue;
		}
		const contours = (record[0]! << 8) | record[1]!;
		if (contours === 0xffff) {
			seen.composite++;
			continue;
		}
		seen.simple++;
		if (overlapSimple(record)) seen.overlap++;
		if (((record[10 + 2 * contours]! << 8) | record[11 + 2 * contours]!) > 0) seen.instructions++;
	}
}

/**
 * Encodes `font`, decodes it with Google's decoder and expects the same font back: the same tables, each
 * but glyf, loca and head byte for byte; head but for checkSumAdjustment and the "transformed" flag
 * (bit 11), which the encoder must set; every glyph's contours, points, on-curve flags, bounding box,
 * instructions and overlap flag, a composite glyph's records byte for byte; advance widths and the
 * character map as fontkitten reads them; and the decoded size the header promised (OTS, the sanitizer
 * of Chromium and Firefox, gives the decoder a buffer of that size since its 9.2). `overlapDecoded: false` for a font with OVERLAP_SIMPLE flags:
 * wawoff2 is Google's woff2 from before the 2022 correction that added the overlap bitmap, and writes no
 * such flag (its own encoder drops them too); the bitmap is read from the WOFF2 instead (overlapBitmap).
 */
async function expectRoundTrip(font: Uint8Array, { longLoca = false, overlapDecoded = true } = {}): Promise<Uint8Array> {
	const woff2 = encodeWoff2(font);
	expect(woff2, 'a TrueType font is encoded').not.toBeNull();
	const decoded = await decodeWoff2(woff2!);
	// OTS gives the decoder a buffer of totalSfntSize and refuses the font if it needs more. With
	// OVERLAP_SIMPLE flags the size is that of current decoders, which write them; wawoff2 (which does not)
	// then writes as much or less.
	if (overlapDecoded) expect(sfntSize(decoded), 'totalSfntSize').toBe(u32(woff2!, 16));
	else expect(sfntSize(decoded), 'totalSfntSize').toBeLessThanOrEqual(u32(woff2!, 16));

	const [before, after] = [sfntTables(font), sfntTables(decoded)];
	expect([...after.keys()].sort()).toEqual([...before.keys()].filter((tag) => tag !== 'DSIG').sort());
	for (const [tag, data] of before) if (!['glyf', 'loca', 'head', 'DSIG'].includes(tag)) expect(hex(after.get(tag)), tag).toBe(hex(data));
	const [headIn, headOut] = [Uint8Array.from(before.get('head')!), Uint8Array.from(after.get('head')!)];
	expect(headOut[16]! & 0x08, 'head.flags bit 11').toBe(0x08);
	for (const head of [headIn, headOut]) {
		head.fill(0, 8, 12);
		head[16]! &= ~0x08;
		if (longLoca) head.fill(0, 50, 52);
	}
	expect(hex(headOut), 'head').toBe(hex(headIn));
	if (longLoca) expect(indexToLocFormat(decoded)).toBe(1);

	const [recordsIn, recordsOut] = [glyphRecords(font), glyphRecords(decoded)];
	count(recordsIn);
	expect(recordsOut.length).toBe(recordsIn.length);
	const [shapesIn, shapesOut] = [outlines(font), outlines(decoded)];
	recordsIn.forEach((record, id) => {
		expect(shapesOut.glyphs[id], `glyph ${id}`).toEqual(shapesIn.glyphs[id]);
		if (overlapDecoded) expect(overlapSimple(recordsOut[id]!), `glyph ${id} overlap flag`).toBe(overlapSimple(record));
		if (record.length >= 2 && record[0] === 0xff && record[1] === 0xff) {
			expect(unpadded(recordsOut[id]!), `composite glyph ${id}`).toBe(unpadded(record));
			if (hasCompositeInstructions(record)) seen.compositeInstructions++;
			if (shapesIn.glyphs[id]!.components!.some((c) => shapesIn.glyphs[c.glyphID]?.numberOfContours === -1)) seen.nested++;
		}
	});
	expect(shapesOut.advances, 'advance widths').toEqual(shapesIn.advances);
	expect(shapesOut.characters, 'characters').toEqual(shapesIn.characters);
	expect(shapesOut.glyphOf, 'cmap').toEqual(shapesIn.glyphOf);
	return woff2!;
}

/** Whether a composite glyph record's components announce instructions (WE_HAVE_INSTRUCTIONS). */
function hasCompositeInstructions(record: Uint8Array): boolean {
	let at = 10;
	let any = false;
	for (let flags = 0x20; flags & 0x20; ) {
		flags = (record[at]! << 8) | record[at + 1]!;
		any ||= (flags & 0x100) !== 0;
		at += 4 + (flags & 1 ? 4 : 2) + (flags & 8 ? 2 : flags & 0x40 ? 4 : flags & 0x80 ? 8 : 0);
	}
	return any;
}

const bytes = (write: (out: ByteWriter) => void) => {
	const out = new ByteWriter();
	write(out);
	return [...out.view()];
};

describe("WOFF2's variable-length integers", () => {
	it('writes 255UInt16 in its shortest form, the same form for the same value', () => {
		expect(bytes((o) => write255UInt16(o, 0))).toEqual([0]);
		expect(bytes((o) => write255UInt16(o, 252))).toEqual([252]);
		expect(bytes((o) => write255UInt16(o, 253))).toEqual([255, 0]);
		expect(bytes((o) => write255UInt16(o, 505))).toEqual([255, 252]);
		// The spec's example: 506 is [255, 253], [254, 0] or [253, 1, 250]; shortest, and one form.
		expect(bytes((o) => write255UInt16(o, 506))).toEqual([254, 0]);
		expect(bytes((o) => write255UInt16(o, 761))).toEqual([254, 255]);
		expect(bytes((o) => write255UInt16(o, 762))).toEqual([253, 2, 250]);
		expect(bytes((o) => write255UInt16(o, 65535))).toEqual([253, 255, 255]);
		expect(() => write255UInt16(new ByteWriter(), 65536)).toThrow(RangeError);
	});

	it('writes UIntBase128 without leading zeros, most significant group first', () => {
		expect(bytes((o) => writeUIntBase128(o, 0))).toEqual([0]);
		expect(bytes((o) => writeUIntBase128(o, 63))).toEqual([0x3f]);
		expect(bytes((o) => writeUIntBase128(o, 127))).toEqual([0x7f]);
		expect(bytes((o) => writeUIntBase128(o, 128))).toEqual([0x81, 0x00]);
		expect(bytes((o) => writeUIntBase128(o, 16384))).toEqual([0x81, 0x80, 0x00]);
		expect(bytes((o) => writeUIntBase128(o, 0xffffffff))).toEqual([0x8f, 0xff, 0xff, 0xff, 0x7f]);
		expect(() => writeUIntBase128(new ByteWriter(), 2 ** 32)).toThrow(RangeError);
	});

	it('knows the spec\'s 63 table tags, in its order', () => {
		expect(KNOWN_TAGS).toHaveLength(63);
		expect([KNOWN_TAGS[0], KNOWN_TAGS[10], KNOWN_TAGS[11], KNOWN_TAGS[31], KNOWN_TAGS[62]]).toEqual(['cmap', 'glyf', 'loca', 'MATH', 'Sill']);
	});
});

describe('WOFF2 encoding, decoded by Google\'s decoder', () => {
	it.each(bundledCases())('a deck subset of $name comes back the same', async (c) => {
		await expectRoundTrip(await subsetOf(c));
	});

	it.each(katexCases())('a subset of KaTeX\'s $name comes back the same', async (c) => {
		await expectRoundTrip(await subsetOf(c));
	});

	it.each(HINTED)('a subset of $name comes back the same, instructions and hinting tables included', async (c) => {
		const font = await subsetOf(c);
		expect([...sfntTables(font).keys()]).toEqual(expect.arrayContaining(['fpgm', 'prep']));
		await expectRoundTrip(font);
	});

	it('keeps the overlap flag of simple glyphs (in the overlap bitmap) and of composite ones', async () => {
		const flagged = await overlapFont();
		const flags = glyphRecords(flagged).map((r) => overlapSimple(r) === true);
		expect(flags.filter(Boolean).length).toBeGreaterThan(1);
		expect(glyphRecords(flagged).some((r) => r[0] === 0xff && (r[10]! & 0x04) !== 0)).toBe(true);
		const woff2 = await expectRoundTrip(flagged, { overlapDecoded: false });
		expect(overlapBitmap(woff2)).toEqual(flags);
		// And none without a flag: no bitmap, as the spec asks.
		expect(overlapBitmap(await expectRoundTrip(await subsetOf({ name: 'Noto Sans', file: latin, text: 'Aé8 Bo' })))).toBeNull();
	});

	it("writes every point encoding (deltas at each format's bounds, both signs, on and off the curve), and a box that is not the points' own", async () => {
		const font = await pointEncodingsFont();
		expect(Math.max(...glyphRecords(font).map((r) => r.length))).toBeGreaterThan(5000);
		await expectRoundTrip(font);
	});

	it('rebuilds long loca offsets as long ones', async () => {
		const long = await longLocaFont();
		expect(indexToLocFormat(long)).toBe(1);
		await expectRoundTrip(long);
	});

	it('switches to long loca offsets when the rebuilt glyf outgrows short ones', async () => {
		const big = await overflowingShortLocaFont();
		expect(indexToLocFormat(big)).toBe(0);
		const woff2 = await expectRoundTrip(big, { longLoca: true });
		expect(sfntTables(await decodeWoff2(woff2)).get('glyf')!.length).toBeGreaterThan(0x1fffe);
	});

	it('stores hmtx without the bearings a decoder takes from glyf, and as it is when they differ', async () => {
		// The mono's glyphs after the first share one advance: their bearings are a run of their own (the
		// monospaced run), which the transform leaves out when each is its glyph's xMin; so the first run
		// when its bearings are. (.notdef, empty but with a bearing, keeps the first run in the table.)
		const font = await subsetOf({ name: 'Noto Sans Mono', file: catalogFace('Noto Sans Mono', 400).slices.find((s) => s.subset === 'latin')!.file, text: 'Bearings' });
		const tables = sfntTables(font);
		const metrics = (tables.get('hhea')![34]! << 8) | tables.get('hhea')![35]!;
		const records: Uint8Array[] = glyphRecords(font).map((r) => Uint8Array.from(r));
		const id = records.findLastIndex((r) => r.length > 0 && r[0] !== 0xff);
		expect(id).toBeGreaterThanOrEqual(metrics);
		expect(records[0]).toHaveLength(0);
		const hmtx = Uint8Array.from(tables.get('hmtx')!);
		const stored = async (font: Uint8Array) => {
			const woff2 = await expectRoundTrip(font);
			const entry = directory(woff2).find((e) => e.tag === 'hmtx')!;
			return entry.version === 0 ? 'as it is' : `transformed, flags ${storedTable(woff2, 'hmtx')[0]}`;
		};
		// Bit 1: the monospaced run left out.
		expect(await stored(font)).toBe('transformed, flags 2');
		// A glyph of the monospaced run whose bearing is not its xMin, and .notdef's bearing 0: bit 0.
		records[id] = simpleGlyph([[[40, 0, true], [400, 0, true], [220, 500, true]]]);
		hmtx[4 * metrics + 2 * (id - metrics) + 1] = 7;
		hmtx.fill(0, 2, 4);
		expect(await stored(withGlyphs(font, records, { hmtx }))).toBe('transformed, flags 1');
		// Both runs with a bearing of their own: stored as it is.
		hmtx[3] = 94;
		expect(await stored(withGlyphs(font, records, { hmtx }))).toBe('as it is');
	});

	it('reaches composite glyphs, nested ones, empty glyphs, instructions (of simple and composite glyphs) and overlap flags', () => {
		// Counted over the tests above, which run first in this file.
		expect(seen.composite).toBeGreaterThan(100);
		expect(seen.nested).toBeGreaterThan(0);
		expect(seen.empty).toBeGreaterThan(20);
		expect(seen.instructions).toBeGreaterThan(100);
		expect(seen.compositeInstructions).toBeGreaterThan(5);
		expect(seen.overlap).toBeGreaterThan(1);
	});
});

describe('which encoder writes the WOFF2', () => {
	it('leaves CFF outlines and collections to Google\'s encoder, whose WOFF2 subset.ts then returns', async () => {
		const cff = path.join(path.dirname(katexFiles().fonts), '..', 'src', 'fonts', 'lib', 'Extra.otf');
		expect(Buffer.from(readFileSync(cff).subarray(0, 4)).toString('latin1')).toBe('OTTO');
		expect(encodeWoff2(readFileSync(cff))).toBeNull();
		const collection = Uint8Array.from([0x74, 0x74, 0x63, 0x66, 0, 1, 0, 0, 0, 0, 0, 0]);
		expect(encodeWoff2(collection)).toBeNull();
		const woff2 = await subsetFontFile(cff, String.fromCodePoint(...charactersOf(cff).slice(0, 5)), 'woff2');
		expect(Buffer.from(woff2.subarray(0, 4)).toString('latin1')).toBe('wOF2');
		expect(sfntTables(await decodeWoff2(woff2)).has('CFF ')).toBe(true);
	});

	it("writes the decks' and KaTeX's WOFF2 subsets with Talkbook's encoder: glyf first in the directory", async () => {
		const slice = catalogFace('Noto Sans', 400).slices.find((s) => s.subset === 'latin')!;
		const deck = await subsetSlice(slice, 'Deterministic latency', 'woff2');
		const math = await subsetFontFile(path.join(katexFiles().fonts, 'KaTeX_Main-Regular.woff2'), 'x+y=1', 'woff2');
		// Google's encoder sorts the tables by tag (GDEF, or OS/2, first); this one stores the outlines first.
		for (const woff2 of [deck, math]) expect(directory(woff2).map((e) => e.tag).slice(0, 2)).toEqual(['glyf', 'loca']);
	});

	it("makes WOFF2 no larger than Google's encoder (within 0.5%) for the faces of a deck", async () => {
		const text = 'Why Rust is growing fast: memory safety without a garbage collector, fearless concurrency, 0–100 ms.';
		let [ours, google] = [0, 0];
		for (const [family, weight] of [['Noto Sans', 400], ['Noto Sans', 700], ['Noto Sans Mono', 400]] as const) {
			const slice = catalogFace(family, weight).slices.find((s) => s.subset === 'latin')!;
			const sfnt = keepNameIds(await subsetFontFile(slice.file, text, 'sfnt'), [0, 1, 2]);
			ours += encodeWoff2(sfnt)!.length;
			google += (await fontverter.convert(Buffer.from(sfnt), 'woff2', 'sfnt')).length;
		}
		expect(ours).toBeLessThanOrEqual(google * 1.005);
	});
});

/** The entries of a WOFF2's table directory: tag, transformation version and bytes in the stream; and where it ends. */
function directory(woff2: Uint8Array): { tag: string; version: number; stored: number }[] & { end: number } {
	const entries: { tag: string; version: number; stored: number }[] = [];
	let at = 48;
	const base128 = () => {
		let value = 0;
		for (let byte = 0x80; byte & 0x80; ) value = value * 128 + ((byte = woff2[at++]!) & 0x7f);
		return value;
	};
	for (let i = 0; i < ((woff2[12]! << 8) | woff2[13]!); i++) {
		const flags = woff2[at++]!;
		const tag = (flags & 63) === 63 ? String.fromCharCode(...woff2.subarray(at, (at += 4))) : KNOWN_TAGS[flags & 63]!;
		const version = flags >> 6;
		const length = base128();
		const transformed = tag === 'glyf' || tag === 'loca' ? version === 0 : version !== 0;
		entries.push({ tag, version, stored: transformed ? base128() : length });
	}
	return Object.assign(entries, { end: at });
}

/** A table's bytes in a WOFF2's compressed stream (transformed, if it is). */
function storedTable(woff2: Uint8Array, tag: string): Uint8Array {
	const entries = directory(woff2);
	const data = brotliDecompressSync(woff2.subarray(entries.end, entries.end + u32(woff2, 20)));
	const index = entries.findIndex((e) => e.tag === tag);
	const at = entries.slice(0, index).reduce((n, e) => n + e.stored, 0);
	return data.subarray(at, at + entries[index]!.stored);
}

/**
 * The transformed glyf's overlapSimpleBitmap, read as the spec lays it out (after the seven streams, when
 * optionFlags bit 0 is set): each glyph's bit. Null without one.
 */
function overlapBitmap(woff2: Uint8Array): boolean[] | null {
	const glyf = storedTable(woff2, 'glyf');
	if (!(glyf[3]! & 1)) return null;
	const numGlyphs = (glyf[4]! << 8) | glyf[5]!;
	const streams = [0, 1, 2, 3, 4, 5, 6].reduce((n, i) => n + u32(glyf, 8 + 4 * i), 0);
	const bitmap = glyf.subarray(36 + streams);
	return Array.from({ length: numGlyphs }, (_, id) => (bitmap[id >> 3]! & (0x80 >> (id & 7))) !== 0);
}

