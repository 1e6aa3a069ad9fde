/**
 * TEMPORARY, until src/lib/fonts/ (issue 18) exports the function that writes a deck's faces as TTF: the
 * fontsource WOFF2 files of the decks' faces converted to TrueType (fontverter, the converter subset-font
 * uses), for measuring text (layout.ts) and for LibreOffice to render exports with (the tests). Only the
 * Latin subset, which covers the project's text; a glyph outside it is measured as one em (measure.ts).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import fontverter from 'fontverter';
import type { FontFaces } from './fonts.ts';

const require = createRequire(import.meta.url);

/** The fontsource file of each face. */
const FILES: Record<keyof FontFaces, { pkg: string; file: string }> = {
	regular: { pkg: '@fontsource/noto-sans', file: 'noto-sans-latin-400-normal.woff2' },
	bold: { pkg: '@fontsource/noto-sans', file: 'noto-sans-latin-700-normal.woff2' },
	italic: { pkg: '@fontsource/noto-sans', file: 'noto-sans-latin-400-italic.woff2' },
	mono: { pkg: '@fontsource/noto-sans-mono', file: 'noto-sans-mono-latin-400-normal.woff2' },
};

let loaded: Promise<FontFaces> | undefined;

/** The decks' faces as TrueType data, converted once per process. */
export function deckFontFaces(): Promise<FontFaces> {
	loaded ??= (async () => {
		const faces: Partial<FontFaces> = {};
		for (const [face, { pkg, file }] of Object.entries(FILES) as [keyof FontFaces, { pkg: string; file: string }][]) {
			const woff2 = readFileSync(path.join(path.dirname(require.resolve(`${pkg}/package.json`)), 'files', file));
			faces[face] = new Uint8Array(await fontverter.convert(woff2, 'sfnt', 'woff2'));
		}
		return faces as FontFaces;
	})();
	return loaded;
}

/** Writes the decks' faces as `.ttf` files into `dir` (for a fontconfig directory), returning their paths. */
export async function writeDeckFontFiles(dir: string): Promise<string[]> {
	const faces = await deckFontFaces();
	mkdirSync(dir, { recursive: true });
	return (Object.keys(FILES) as (keyof FontFaces)[]).map((face) => {
		const file = path.join(dir, FILES[face].file.replace(/\.woff2$/, '.ttf'));
		writeFileSync(file, faces[face]);
		return file;
	});
}
