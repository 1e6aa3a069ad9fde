/**
 * The font families a PowerPoint export names: the decks' own (src/lib/fonts/), so every text run, the
 * theme and the layout's measurements use the faces the HTML slides are set in.
 */
import { DECK_MONO_FAMILY, DECK_SANS_FAMILY, faceSlice } from '../fonts/index.ts';

/** The two families, by role. */
export const PPTX_FONTS = {
	/** Headings, body text, tables and chart text. */
	sans: DECK_SANS_FAMILY,
	/** Code, Cargo files and inline code. */
	mono: DECK_MONO_FAMILY,
} as const;

/** Which of the two families a run is set in. */
export type FontFamily = keyof typeof PPTX_FONTS;

/**
 * The faces the layout measures with, as sfnt data. No italic: the slides slant the upright face
 * (the decks bundle none), which keeps its advances, and a real Noto Sans Italic is narrower still.
 */
export interface FontFaces {
	regular: Uint8Array;
	bold: Uint8Array;
	mono: Uint8Array;
}

let loaded: Promise<FontFaces> | undefined;

/**
 * The Latin slices of the decks' faces, read once per process: they cover the project's text, and a
 * glyph outside them is measured as one em (measure.ts).
 */
export function deckFontFaces(): Promise<FontFaces> {
	loaded ??= Promise.all([faceSlice(DECK_SANS_FAMILY, 400), faceSlice(DECK_SANS_FAMILY, 700), faceSlice(DECK_MONO_FAMILY, 400)]).then(([regular, bold, mono]) => ({ regular, bold, mono }));
	return loaded;
}
