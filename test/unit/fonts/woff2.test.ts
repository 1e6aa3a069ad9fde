/**
 * Talkbook's WOFF2 encoder (src/lib/fonts/woff2/) against Google's decoder (wawoff2, the library every
 * browser decodes WOFF2 with): every font it encodes must decode to the font it was given. Glyph outlines
 * are compared point by point (the decoder writes glyph records its own way), the other tables byte for
 * byte, `head` but for the two fields a WOFF2 round trip changes. The fonts are the decks' own subsets of
 * every bundled family, KaTeX's faces, hinted subsets (instructions survive), and fonts built here for
 * what no bundled face has (overlap flags, every point encoding, boxes that are not the points').
 */
import { readFileSync, readdirSync } from 'node:fs';
import { brotliDecompressSync } from 'node:zlib';
import path from 'node:path';
import fontverter from 'fontverter';
import subsetFont from 'subset-font';
import { describe, expect, it } from 'vitest';
import { catalogFace, sliceCharacters, sliceFor, type FontSlice } from '../../../src/lib/fonts/catalog.ts';
import { BUNDLED_FAMILIES } from '../../../src/lib/fonts/families.ts';
import { keepNameIds } from '../../../src/lib/fonts/sfnt-names.ts';
import { writeSfnt } from '../../../src/lib/fonts/sfnt.ts';
import { subsetFontFile, subsetSlice } from '../../../src/lib/fonts/subset.ts';
import { ByteWriter } from '../../../src/lib/fonts/woff2/bytes.ts';
import { encodeWoff2 } from '../../../src/lib/fonts/woff2/encode.ts';
import { KNOWN_TAGS } from '../../../src/lib/fonts/woff2/known-tags.ts';
import { write255UInt16, writeUIntBase128 } from '../../../src/lib/fonts/woff2/variable-length.ts';
import { katexFiles } from '../../../src/lib/math/fonts.ts';
import { decodeWoff2, glyphRecords, indexToLocFormat, outlines, overlapSimple, sfntSize, sfntTables, simpleGlyph, unpadded, withGlyphs, type Point } from '../../support/sfnt.ts';

const hex = (data: Uint8Array | undefined) => Buffer.from(data ?? []).toString('hex');
const u32 = (data: Uint8Array, at: number) => new DataView(data.buffer, data.byteOffset, data.byteLength).getUint32(at);

/** The font's characters spread over its cmap, at most `count`. */
function spread(characters: readonly number[], count: number): string {
	const step = Math.max(1, Math.floor(characters.length / count));
	return String.fromCodePoint(...characters.filter((_, i) => i % step === 0).slice(0, count));
}

/** A slice's own characters spread, plus those of `text` it has. */
function sliceText(slice: FontSlice, text = ''): string {
	const has = sliceCharacters(slice);
	return spread([...has].sort((a, b) => a - b), 60) + [...text].filter((ch) => has.has(ch.codePointAt(0)!)).join('');
}

interface Case {
	name: string;
	file: string;
	text: string;
	/** Keep hinting (the decks drop it): glyph instructions, `fpgm`, `prep`, `cvt `. */
	hinted?: boolean;
}

/** What the decks and math write in each bundled family, to find the slices they use. */
const SAMPLES: Record<string, string> = {
	'Noto Sans': 'Deterministic é ǻ Ωμ Привет',
	'Noto Sans Mono': 'fn main() { é Привет }',
	'Noto Sans Math': '→ ≥ ≈ ∞ ∑ ↩ ↪',
	'Noto Sans Symbols 2': '✗ ✔ ⚠ ⌘',
	'Noto Sans SC': '你好世界，中文字体测试。こんにちは',
	'Noto Sans Arabic': 'مرحبا بالعالم',
	'Noto Sans Hebrew': 'שלום עולם',
	// 🤴 is the one nested composite glyph (a composite of composites) in the bundled families.
	'Noto Emoji': '✅ ❌ 🦀 🤴',
};

/** Noto Sans's script slices the decks draw from, beyond those the samples reach. */
const NOTO_SANS_SLICES = ['latin', 'latin-ext', 'greek', 'cyrillic'];

function bundledCases(): Case[] {
	const cases: Case[] = [];
	for (const family of BUNDLED_FAMILIES) {
		for (const weight of family.weights) {
			const face = catalogFace(family.family, weight);
			const sample = SAMPLES[family.family] ?? '';
			const slices = new Set([...sample].map((ch) => sliceFor(face, ch.codePointAt(0)!)).filter((s): s is FontSlice => s !== undefined));
			if (family.family === 'Noto Sans') for (const subset of NOTO_SANS_SLICES) slices.add(face.slices.find((s) => s.subset === subset)!);
			for (const slice of slices) cases.push({ name: `${family.family} ${weight} ${slice.subset}`, file: slice.file, text: sliceText(slice, sample) });
		}
	}
	return cases;
}

function katexCases(): Case[] {
	const dir = katexFiles().fonts;
	return readdirSync(dir)
		.filter((file) => file.endsWith('.woff2'))
		.map((file) => {
			return { name: file.replace('.woff2', ''), file: path.join(dir, file), text: spread(charactersOf(path.join(dir, file)), 50) };
		});
}

/** The characters a font file has, in code point order. */
function charactersOf(file: string): number[] {
	return [...sliceCharacters({ family: '', weight: 0, subset: '', file, ranges: [] })].sort((a, b) => a - b);
}

const HINTED: Case[] = [
	{ name: 'KaTeX_Main-Regular, hinted', file: path.join(katexFiles().fonts, 'KaTeX_Main-Regular.woff2'), text: 'Hello, world: é ÿ ∑ ∫ (x + y)', hinted: true },
	{ name: 'Noto Sans Math, hinted', file: sliceFor(catalogFace('Noto Sans Math', 400), 0x2192)!.file, text: '→ ≥ ≈ ∞ ∑ ∫ ⊂ ⊃', hinted: true },
	...['latin', 'latin-ext', 'symbols'].map((subset) => {
		const slice = catalogFace('Noto Sans Symbols 2', 400).slices.find((s) => s.subset === subset)!;
		return { name: `Noto Sans Symbols 2 ${subset}, hinted`, file: slice.file, text: sliceText(slice), hinted: true };
	}),
];

const sources = new Map<string, Promise<Buffer>>();
const source = (file: string) => sources.get(file) ?? (sources.set(file, fontverter.convert(readFileSync(file), 'sfnt')), sources.get(file)!);

/** The case's TrueType subset: as the decks cut it (subset.ts), or with its hinting. */
async function subsetOf(c: Case): Promise<Uint8Array> {
	if (!c.hinted) return keepNameIds(await subsetFontFile(c.file, c.text, 'sfnt'), [0, 1, 2]);
	return new Uint8Array(await subsetFont(await source(c.file), c.text, { targetFormat: 'sfnt' }));
}

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
 * character map as fontkitten reads them; and the decoded size the header promised (Chromium gives the
 * decoder a buffer of exactly that size). `overlapDecoded: false` for a font with OVERLAP_SIMPLE flags:
 * wawoff2 is Google's woff2 from before the 2022 correction that added the overlap bitmap, and writes no
 * such flag (its own encoder drops them too); the bitmap is read from the WOFF2 instead (overlapBitmap).
 */
async function expectRoundTrip(font: Uint8Array, { longLoca = false, overlapDecoded = true } = {}): Promise<Uint8Array> {
	const woff2 = encodeWoff2(font);
	expect(woff2, 'a TrueType font is encoded').not.toBeNull();
	const decoded = await decodeWoff2(woff2!);
	// Chromium gives the decoder a buffer of totalSfntSize and refuses the font if it needs more. With
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
		const font = await subsetOf({ name: 'Noto Sans', file: catalogFace('Noto Sans', 400).slices.find((s) => s.subset === 'latin')!.file, text: 'Aé8 Bo' });
		const records: Uint8Array[] = glyphRecords(font).map((r) => Uint8Array.from(r));
		let simple = 0;
		let composite = 0;
		for (const record of records) {
			if (record.length === 0) continue;
			if (record[0] === 0xff) {
				// OVERLAP_COMPOUND on the first component: in the composite stream as it is.
				record[10]! |= 0x04;
				composite++;
			} else if (simple++ % 2 === 0) {
				const contours = (record[0]! << 8) | record[1]!;
				record[12 + 2 * contours + ((record[10 + 2 * contours]! << 8) | record[11 + 2 * contours]!)]! |= 0x40;
			}
		}
		expect(composite).toBeGreaterThan(0);
		const flagged = withGlyphs(font, records);
		const flags = glyphRecords(flagged).map((r) => overlapSimple(r) === true);
		expect(flags.filter(Boolean).length).toBeGreaterThan(1);
		const woff2 = await expectRoundTrip(flagged, { overlapDecoded: false });
		expect(overlapBitmap(woff2)).toEqual(flags);
		// And none without a flag: no bitmap, as the spec asks.
		expect(overlapBitmap(await expectRoundTrip(font))).toBeNull();
	});

	it('writes every point encoding: deltas at each format\'s bounds, both signs, on and off the curve', async () => {
		const font = await subsetOf({ name: 'Noto Sans', file: catalogFace('Noto Sans', 400).slices.find((s) => s.subset === 'latin')!.file, text: 'ab' });
		const bounds = [0, 1, 2, 15, 16, 17, 63, 64, 65, 255, 256, 257, 511, 512, 767, 768, 769, 1023, 1024, 1279, 1280, 1281, 4095, 4096, 4097, 20000];
		const points: Point[] = [];
		let [x, y] = [-16000, -16000];
		for (const a of bounds) {
			for (const b of [0, 1, 64, 65, 768, 769, 4095, 4096]) {
				for (const [dx, dy] of [[a, b], [b, a], [-a, b], [a, -b], [-a, -b]] as const) {
					// Stay within TrueType's 16-bit coordinates: turn back at the edges.
					const nx = Math.abs(x + dx) > 32000 ? x - dx : x + dx;
					const ny = Math.abs(y + dy) > 32000 ? y - dy : y + dy;
					[x, y] = [nx, ny];
					points.push([x, y, points.length % 3 !== 0]);
				}
			}
		}
		// Every delta pair the loop made, with its encoding's format in the WOFF2 triplet table, is covered.
		expect(points.length).toBeGreaterThan(1000);
		const records: Uint8Array[] = glyphRecords(font).map((r) => Uint8Array.from(r));
		const simpleIds = records.map((r, id) => (r.length > 0 && r[0] !== 0xff ? id : -1)).filter((id) => id >= 0);
		expect(simpleIds.length).toBeGreaterThan(1);
		// One glyph of all those points in three contours, one with a box wider than its points (written
		// explicitly, since a decoder would compute the points' box), one contour of a single point.
		records[simpleIds[0]!] = simpleGlyph([points.slice(0, 400), points.slice(400, 401), points.slice(401)]);
		records[simpleIds[1]!] = simpleGlyph([[[10, 10, true], [500, 10, true], [250, 400, false]]], { bbox: [0, -5, 600, 700] });
		await expectRoundTrip(withGlyphs(font, records));
	});

	it('rebuilds long loca offsets as long ones', async () => {
		const font = await subsetOf({ name: 'Noto Sans', file: catalogFace('Noto Sans', 700).slices.find((s) => s.subset === 'latin')!.file, text: 'Loca é ǻ' });
		const long = withGlyphs(font, glyphRecords(font));
		expect(indexToLocFormat(long)).toBe(1);
		await expectRoundTrip(long);
	});

	it('switches to long loca offsets when the rebuilt glyf outgrows short ones', async () => {
		const font = await subsetOf({ name: 'Noto Sans', file: catalogFace('Noto Sans', 400).slices.find((s) => s.subset === 'latin')!.file, text: 'ab' });
		// Records of 2 bytes more than a multiple of 4, written as the decoder writes them (every delta two
		// bytes, on and off the curve by turns, so no flag repeats), many of them: they fit short offsets as
		// the font stores them (2-byte aligned) but not as the decoder rebuilds them (4-byte aligned). Each
		// glyph its own points: the decoder refuses a font that compresses more than 100 times.
		let seed = 1;
		const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), 300 + (seed % 700));
		const glyph = () => simpleGlyph([[[random(), random(), true], [-random(), -random(), false], [random(), random(), true], [-random(), -random(), false]]]);
		const length = glyph().length;
		expect(length % 4).toBe(2);
		const count = Math.floor(0x1fffe / length);
		const glyf = new Uint8Array(count * length);
		const loca = new Uint8Array(2 * (count + 1));
		for (let i = 0; i <= count; i++) {
			if (i < count) glyf.set(glyph(), i * length);
			loca[2 * i] = ((i * length) / 2) >> 8;
			loca[2 * i + 1] = ((i * length) / 2) & 0xff;
		}
		const tables = sfntTables(font);
		const maxp = Uint8Array.from(tables.get('maxp')!);
		maxp[4] = count >> 8;
		maxp[5] = count & 0xff;
		const hhea = Uint8Array.from(tables.get('hhea')!);
		hhea[34] = count >> 8;
		hhea[35] = count & 0xff;
		// Every glyph 600 units wide.
		const hmtx = new Uint8Array(4 * count).map((_, i) => (i % 4 === 0 ? 600 >> 8 : i % 4 === 1 ? 600 & 0xff : 0));
		const head = Uint8Array.from(tables.get('head')!);
		head[50] = 0;
		head[51] = 0;
		const keep = ['cmap', 'OS/2', 'name', 'post'];
		const big = writeFont({ ...Object.fromEntries(keep.map((tag) => [tag, tables.get(tag)!])), glyf, loca, maxp, hhea, hmtx, head });
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

/** A TrueType font of these tables. */
function writeFont(tables: Record<string, Uint8Array>): Uint8Array {
	return writeSfnt(0x00010000, Object.entries(tables).map(([tag, data]) => ({ tag, data })));
}
