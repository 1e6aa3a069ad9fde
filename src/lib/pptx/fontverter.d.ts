/** fontverter ships no types; the one function the temporary font helper (font-files.ts) calls. */
declare module 'fontverter' {
	/** Converts a font between sfnt (TrueType/OpenType), WOFF and WOFF2. */
	export function convert(font: Uint8Array, to: 'sfnt' | 'woff' | 'woff2', from?: 'sfnt' | 'woff' | 'woff2'): Promise<Buffer>;
	const fontverter: { convert: typeof convert };
	export default fontverter;
}
