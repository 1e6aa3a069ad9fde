/**
 * The fonts the WOFF2 tests encode (test/unit/fonts/woff2.test.ts decodes them again, test/browser/
 * woff2-chromium.test.ts has Chromium load them): the decks' own subsets of every bundled family, subsets
 * of KaTeX's faces, hinted subsets (glyph instructions, fpgm, prep), and fonts built for what no bundled
 * face has (overlap flags, every point encoding, explicit boxes, long loca offsets, a glyf that outgrows
 * short ones).
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import fontverter from 'fontverter';
import subsetFont from 'subset-font';
import { catalogFace, sliceCharacters, sliceFor, type FontSlice } from '../../src/lib/fonts/catalog.ts';
import { BUNDLED_FAMILIES } from '../../src/lib/fonts/families.ts';
import { keepNameIds } from '../../src/lib/fonts/sfnt-names.ts';
import { writeSfnt } from '../../src/lib/fonts/sfnt.ts';
import { subsetFontFile } from '../../src/lib/fonts/subset.ts';
import { katexFiles } from '../../src/lib/math/fonts.ts';
import { glyphRecords, sfntTables, simpleGlyph, withGlyphs, type Point } from './sfnt.ts';

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

/** A font file, the text to cut it to, and how. */
export interface Case {
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

/** A deck subset of each slice the decks use of every bundled family, at each weight. */
export function bundledCases(): Case[] {
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

/** A subset of each of KaTeX's faces. */
export function katexCases(): Case[] {
	const dir = katexFiles().fonts;
	return readdirSync(dir)
		.filter((file) => file.endsWith('.woff2'))
		.map((file) => ({ name: file.replace('.woff2', ''), file: path.join(dir, file), text: spread(charactersOf(path.join(dir, file)), 50) }));
}

/** The characters a font file has, in code point order. */
export function charactersOf(file: string): number[] {
	return [...sliceCharacters({ family: '', weight: 0, subset: '', file, ranges: [] })].sort((a, b) => a - b);
}

/** Subsets that keep their hinting: the faces with instructions (KaTeX's, Noto Sans Math, Noto Sans Symbols 2). */
export const HINTED: Case[] = [
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
export async function subsetOf(c: Case): Promise<Uint8Array> {
	if (!c.hinted) return keepNameIds(await subsetFontFile(c.file, c.text, 'sfnt'), [0, 1, 2]);
	return new Uint8Array(await subsetFont(await source(c.file), c.text, { targetFormat: 'sfnt' }));
}


/** Noto Sans's Latin slice at `weight`. */
const latin = (weight = 400) => catalogFace('Noto Sans', weight).slices.find((s) => s.subset === 'latin')!.file;

/** A glyph record to edit. */
const copies = (font: Uint8Array): Uint8Array[] => glyphRecords(font).map((r) => Uint8Array.from(r));

/**
 * A Noto Sans subset with OVERLAP_SIMPLE set on every other simple glyph and OVERLAP_COMPOUND on its
 * composite glyphs' first component (no bundled face sets either).
 */
export async function overlapFont(): Promise<Uint8Array> {
	const font = await subsetOf({ name: 'Noto Sans', file: latin(), text: 'Aé8 Bo' });
	const records = copies(font);
	let simple = 0;
	for (const record of records) {
		if (record.length === 0) continue;
		if (record[0] === 0xff) {
			record[10]! |= 0x04;
		} else if (simple++ % 2 === 0) {
			const contours = (record[0]! << 8) | record[1]!;
			record[12 + 2 * contours + ((record[10 + 2 * contours]! << 8) | record[11 + 2 * contours]!)]! |= 0x40;
		}
	}
	return withGlyphs(font, records);
}

/**
 * A Noto Sans subset with two glyphs of its own: one of 1,000-odd points whose deltas sit at each WOFF2
 * point format's bounds, with both signs, on and off the curve, in three contours (one of a single
 * point); one whose box is wider than its points (so it must be written, a decoder would compute the
 * points' box).
 */
export async function pointEncodingsFont(): Promise<Uint8Array> {
	const font = await subsetOf({ name: 'Noto Sans', file: latin(), text: 'ab' });
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
	const records = copies(font);
	const simpleIds = records.map((r, id) => (r.length > 0 && r[0] !== 0xff ? id : -1)).filter((id) => id >= 0);
	records[simpleIds[0]!] = simpleGlyph([points.slice(0, 400), points.slice(400, 401), points.slice(401)]);
	records[simpleIds[1]!] = simpleGlyph([[[10, 10, true], [500, 10, true], [250, 400, false]]], { bbox: [0, -5, 600, 700] });
	return withGlyphs(font, records);
}

/** A Noto Sans subset stored with long loca offsets. */
export async function longLocaFont(): Promise<Uint8Array> {
	const font = await subsetOf({ name: 'Noto Sans', file: latin(700), text: 'Loca é ǻ' });
	return withGlyphs(font, glyphRecords(font));
}

/**
 * A font whose glyf fits short loca offsets as it is stored but not as a decoder rebuilds it: records of
 * 2 bytes more than a multiple of 4, written as the decoder writes them (every delta two bytes, on and
 * off the curve by turns, so no flag repeats), as many as short offsets reach; stored 2-byte aligned,
 * rebuilt 4-byte aligned. Each glyph has its own points: the decoder refuses a font that compresses more
 * than 100 times.
 */
export async function overflowingShortLocaFont(): Promise<Uint8Array> {
	const font = await subsetOf({ name: 'Noto Sans', file: latin(), text: 'ab' });
	let seed = 1;
	const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), 300 + (seed % 700));
	const glyph = () => simpleGlyph([[[random(), random(), true], [-random(), -random(), false], [random(), random(), true], [-random(), -random(), false]]]);
	const length = glyph().length;
	if (length % 4 !== 2) throw new Error(`a record of ${length} bytes`);
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
	const kept = Object.fromEntries(['cmap', 'OS/2', 'name', 'post'].map((tag) => [tag, tables.get(tag)!]));
	return writeSfnt(0x00010000, Object.entries({ ...kept, glyf, loca, maxp, hhea, hmtx, head }).map(([tag, data]) => ({ tag, data })));
}

/** The built fonts by name, with text that reaches their glyphs. */
export const BUILT_FONTS: readonly { name: string; font: () => Promise<Uint8Array>; text: string }[] = [
	{ name: 'overlap flags', font: overlapFont, text: 'Aé8 Bo' },
	{ name: 'every point encoding', font: pointEncodingsFont, text: 'ab' },
	{ name: 'long loca offsets', font: longLocaFont, text: 'Loca é ǻ' },
	{ name: 'a glyf that outgrows short loca offsets', font: overflowingShortLocaFont, text: 'ab' },
];
