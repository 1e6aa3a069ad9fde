/**
 * The font families a PowerPoint export names, in ONE place: the decks' faces (issue 18 brings Noto Sans
 * 400/700 and Noto Sans Mono 400 to the decks). Every text run, the theme and the layout's measurements
 * use these names; point them at src/lib/fonts/ when that module lands.
 */
export const PPTX_FONTS = {
	/** Headings, body text, tables and chart text. */
	sans: 'Noto Sans',
	/** Code, Cargo files and inline code. */
	mono: 'Noto Sans Mono',
} as const;

/** Which of the two families a run is set in. */
export type FontFamily = keyof typeof PPTX_FONTS;

/** The faces the layout measures with: TrueType/OpenType (sfnt) data of each face the slides use. */
export interface FontFaces {
	regular: Uint8Array;
	bold: Uint8Array;
	italic: Uint8Array;
	mono: Uint8Array;
}
