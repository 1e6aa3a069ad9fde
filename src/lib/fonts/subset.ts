/**
 * Subsetting with HarfBuzz's hb-subset (the `subset-font` package): a face file cut down to the glyphs
 * of some text, as WOFF2 for the browser (Talkbook's own encoder, woff2/) or as TrueType (sfnt) for
 * programs that install fonts. Google's WOFF2 code (wawoff2, under fontverter) decodes the WOFF2 sources.
 */
import { readFileSync } from 'node:fs';
import fontverter from 'fontverter';
import subsetFont from 'subset-font';
import type { FontSlice } from './catalog.ts';
import { keepNameIds } from './sfnt-names.ts';
import { encodeWoff2 } from './woff2/encode.ts';

/**
 * The OpenType features kept: the ones text shaping applies by default (hb-subset's own default list,
 * for the scripts the bundled families cover), so a subset shapes exactly as the whole font does. The
 * rest (small caps, fractions, old-style figures, stylistic sets, …) are never asked for by the decks'
 * CSS; dropping them makes Noto Sans's regular face about 15% smaller. Noto Sans's figures are tabular
 * already, so `tabular-nums` needs no `tnum`.
 */
export const SHAPING_FEATURES = [
	// common
	'rvrn', 'ccmp', 'liga', 'locl', 'mark', 'mkmk', 'rlig',
	// horizontal
	'calt', 'clig', 'curs', 'kern', 'rclt',
	// directions
	'ltra', 'ltrm', 'rtla', 'rtlm',
	// Arabic and Hebrew
	'init', 'medi', 'fina', 'isol', 'med2', 'fin2', 'fin3', 'cswh', 'mset', 'stch',
	// East Asian, vertical
	'vert', 'vrt2', 'halt', 'chws', 'vchw',
	// Indic (Noto Sans's Devanagari)
	'nukt', 'akhn', 'rphf', 'rkrf', 'pref', 'blwf', 'half', 'abvf', 'pstf', 'cfar', 'vatu', 'cjct', 'pres', 'abvs', 'blws', 'psts', 'haln', 'dist', 'abvm', 'blwm',
] as const;

/** Tables a browser never reads for HTML text: style attributes of a variable family, and math layout. */
const DROPPED_TABLES = ['STAT', 'MATH'];

/** Output formats: WOFF2 for the web, TrueType/OpenType (sfnt) to install. */
export type SubsetFormat = 'woff2' | 'sfnt';

const sources = new Map<string, Promise<Buffer>>();

let conversions: Promise<unknown> = Promise.resolve();

/**
 * Runs wawoff2's conversions one after another: wawoff2 (under fontverter) returns a view of its
 * WebAssembly memory that fontverter copies only after an await, so a second conversion in flight
 * overwrites the first one's result (decks, the PPTX layout and the TrueType files all ask for faces,
 * sometimes at once).
 */
function convert(font: Uint8Array, to: 'sfnt' | 'woff2', from?: 'sfnt'): Promise<Buffer> {
	const run = conversions.then(() => fontverter.convert(font, to, from));
	conversions = run.catch(() => undefined);
	return run;
}

/** A font file as sfnt, decoded from WOFF2 once per process (subset-font would decode it on every call). */
function source(file: string): Promise<Buffer> {
	let font = sources.get(file);
	if (!font) {
		font = convert(readFileSync(file), 'sfnt');
		sources.set(file, font);
	}
	return font;
}

/** Name ids a web font keeps: copyright, family and style (sfnt-names.ts). An installed font keeps hb-subset's 0–6. */
const WEB_NAME_IDS = [0, 1, 2];

/**
 * The slice cut down to the glyphs of `text` (and what shaping them needs: ligatures, kerning, marks),
 * without hinting (browsers scale outlines, and so do LibreOffice and PowerPoint at slide sizes).
 */
export function subsetSlice(slice: FontSlice, text: string, format: SubsetFormat): Promise<Uint8Array> {
	return subsetFontFile(slice.file, text, format);
}

/**
 * Any font file (sfnt, WOFF or WOFF2; KaTeX's faces too) cut down as subsetSlice cuts a slice. WOFF2 comes
 * from encodeWoff2 (its settings and time: woff2/compress.ts, WOFF2_BROTLI; README "Fonts and page weight");
 * a font it does not handle (CFF outlines, a collection: none is bundled) from Google's encoder.
 */
export async function subsetFontFile(file: string, text: string, format: SubsetFormat): Promise<Uint8Array> {
	const sfnt = await subsetFont(await source(file), text, { targetFormat: 'sfnt', noHinting: true, keepFeatures: [...SHAPING_FEATURES], dropTables: DROPPED_TABLES });
	if (format === 'sfnt') return sfnt;
	const web = keepNameIds(sfnt, WEB_NAME_IDS);
	return encodeWoff2(web) ?? convert(web, 'woff2', 'sfnt');
}

/** The whole slice as sfnt (every glyph, every feature), for installing the family as it ships. */
export async function wholeSlice(slice: FontSlice): Promise<Uint8Array> {
	return source(slice.file);
}
