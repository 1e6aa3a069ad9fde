import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { create } from 'fontkitten';
import { DECK_MONO_FAMILY, DECK_SANS_FAMILY, writeDeckFontFiles } from '../../../src/lib/fonts/index.ts';

const dirs: string[] = [];
const tmp = (): string => {
	const dir = mkdtempSync(path.join(os.tmpdir(), 'talkbook-fonts-'));
	dirs.push(dir);
	return dir;
};
afterAll(() => {
	for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** A written file read back: its names and characters. */
function read(file: string): { family: string; style: string; chars: Set<number>; tag: string } {
	const bytes = readFileSync(file);
	const font = create(bytes);
	if (!('characterSet' in font)) throw new Error(`${file}: a collection`);
	return { family: font.familyName, style: font.subfamilyName, chars: new Set(font.characterSet), tag: bytes.subarray(0, 4).toString('hex') };
}

describe('the deck fonts as files to install (for LibreOffice and the PPTX export)', () => {
	it('names the two families the slides use', () => {
		expect(DECK_SANS_FAMILY).toBe('Noto Sans');
		expect(DECK_MONO_FAMILY).toBe('Noto Sans Mono');
	});

	it('writes TrueType subsets of a text: the sans in 400 and 700, the mono in 400 and 700, and the fallbacks it needs', async () => {
		const text = 'Rust → tokio::spawn(async {}) Ωmega';
		const files = await writeDeckFontFiles(tmp(), { text });
		const fonts = files.map((f) => ({ ...f, ...read(f.file) }));
		expect(fonts.map((f) => `${f.family} ${f.weight}`)).toEqual(expect.arrayContaining(['Noto Sans 400', 'Noto Sans 700', 'Noto Sans Mono 400', 'Noto Sans Mono 700', 'Noto Sans Math 400']));
		for (const font of fonts) {
			// sfnt with TrueType outlines (0x00010000), named as the family and style fontconfig will match.
			expect(font.tag, font.file).toBe('00010000');
			expect(font.file).toMatch(/\.ttf$/);
			expect(font.family).toBe(font.family === 'Noto Sans Math' ? 'Noto Sans Math' : font.family.startsWith('Noto Sans Mono') ? DECK_MONO_FAMILY : DECK_SANS_FAMILY);
			expect(font.style).toBe(font.weight === 700 ? 'Bold' : 'Regular');
		}
		const latin = fonts.find((f) => f.family === DECK_SANS_FAMILY && f.weight === 400);
		expect(latin?.file).toMatch(/latin\.ttf$/);
		for (const ch of 'Rustokiawnc{}():') expect(latin?.chars.has(ch.codePointAt(0) as number), ch).toBe(true);
		expect(fonts.find((f) => f.family === 'Noto Sans Math')?.chars.has('→'.codePointAt(0) as number)).toBe(true);
	});

	it('writes one file per family and weight, the slice that draws most of the text: LibreOffice keeps one face per family and style', async () => {
		const files = await writeDeckFontFiles(tmp(), { text: 'Rust → tokio::spawn(async {}) Ωmega' });
		const faces = files.map((f) => `${f.family} ${f.weight}`);
		expect(faces).toEqual([...new Set(faces)]);
		// Ω is Noto Sans's Greek slice, one character against the Latin slice's dozen: left to the program's fallback.
		expect(files.map((f) => path.basename(f.file)).filter((name) => name.startsWith('NotoSans-'))).toEqual(['NotoSans-400-latin.ttf', 'NotoSans-700-latin.ttf']);
	});

	it('writes the main families\' Latin slices whole without a text', async () => {
		const files = await writeDeckFontFiles(tmp());
		expect(files.map((f) => path.basename(f.file)).sort()).toEqual(['NotoSans-400-latin.ttf', 'NotoSans-700-latin.ttf', 'NotoSansMono-400-latin.ttf', 'NotoSansMono-700-latin.ttf']);
		const latin = read(files.find((f) => f.file.endsWith('NotoSans-400-latin.ttf'))?.file ?? '');
		expect(latin.chars.size).toBeGreaterThan(200);
	});
});
