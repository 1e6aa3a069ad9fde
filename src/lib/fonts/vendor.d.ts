/** Types of the two font packages that ship none (subset-font 2.9, fontverter 2), as far as Talkbook uses them. */

declare module 'subset-font' {
	interface SubsetOptions {
		/** Output format; the input's when left out. */
		targetFormat?: 'sfnt' | 'truetype' | 'woff' | 'woff2';
		/** OpenType feature tags to keep; every feature when left out. */
		keepFeatures?: string[];
		/** Leave out hinting instructions. */
		noHinting?: boolean;
		/** Table tags to leave out. */
		dropTables?: string[];
		/** Name table ids to keep besides hb-subset's defaults. */
		preserveNameIds?: number[];
	}
	/** The font cut down to the glyphs of `text` (HarfBuzz's hb-subset, compiled to WebAssembly). */
	export default function subsetFont(font: Uint8Array, text: string, options?: SubsetOptions): Promise<Buffer>;
}

declare module 'fontverter' {
	type Format = 'sfnt' | 'truetype' | 'woff' | 'woff2';
	/** The font converted between sfnt, WOFF and WOFF2. */
	export function convert(font: Uint8Array, toFormat: Format, fromFormat?: Format): Promise<Buffer>;
	/** The format of a font's bytes. */
	export function detectFormat(font: Uint8Array): Format;
	const fontverter: { convert: typeof convert; detectFormat: typeof detectFormat };
	export default fontverter;
}
