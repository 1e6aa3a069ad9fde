/**
 * The deck fonts as TrueType/OpenType (sfnt) files, for programs that render a deck outside the browser
 * from installed fonts: LibreOffice opening a PPTX through a private fontconfig folder, or a speaker who
 * installs them. ONE file per family and weight: LibreOffice keeps a single face per family and style, so
 * two files named "Noto Sans" Regular (fontsource ships a family as script slices, which cannot be
 * merged) leave it drawing the Latin text from a slice without Latin letters, as empty boxes. Each face is
 * therefore written as its slice that draws most of the text (the Latin one for Latin text); characters of
 * the family's other slices are left to the program's own fallback.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { catalogFace } from './catalog.ts';
import { DECK_MONO_FAMILY, MAIN_FAMILIES } from './families.ts';
import { planDeckFonts, type PlannedFace } from './plan.ts';
import { subsetSlice, wholeSlice } from './subset.ts';

/** One font file written. */
export interface InstalledFont {
	/** Absolute path of the `.ttf`. */
	file: string;
	family: string;
	weight: number;
}

/** What to write. */
export interface InstallOptions {
	/**
	 * Text the fonts must draw (a deck's text, all of it): each face is subset to it, and the fallback
	 * families it needs are written too. Without it, the main families' Latin slices are written whole
	 * (Noto Sans 400 and 700, Noto Sans Mono 400 and 700).
	 */
	text?: string;
}

/** Of the slices a text needs from each family and weight, the one that draws most of it. */
function onePerFace(faces: readonly PlannedFace[]): PlannedFace[] {
	const best = new Map<string, PlannedFace>();
	for (const face of faces) {
		const key = `${face.slice.family}\u0000${face.slice.weight}`;
		const kept = best.get(key);
		if (!kept || [...face.text].length > [...kept.text].length) best.set(key, face);
	}
	return [...best.values()];
}

/** `Noto Sans` 700 `latin` -> `NotoSans-700-latin.ttf`. */
function fileName(family: string, weight: number, subset: string): string {
	return `${family.replace(/\s+/g, '')}-${weight}-${subset.replace(/[^a-z0-9-]/gi, '')}.ttf`;
}

/**
 * Writes the deck fonts into `dir` (made if missing) as `.ttf` files and lists them. With `text`, the
 * faces a deck of that text uses, as its page would (Noto Sans 400 and 700, Noto Sans Mono 400, and any
 * fallback face that draws one of its characters), each cut to the text; the bold mono is added too, for
 * programs that set code in bold. Names and metrics are the families' own, so a program that finds
 * "Noto Sans" lays text out as the slides do.
 */
export async function writeDeckFontFiles(dir: string, { text }: InstallOptions = {}): Promise<InstalledFont[]> {
	mkdirSync(dir, { recursive: true });
	const written: InstalledFont[] = [];
	const write = (family: string, weight: number, subset: string, bytes: Uint8Array): void => {
		const file = path.join(dir, fileName(family, weight, subset));
		writeFileSync(file, bytes);
		written.push({ file, family, weight });
	};
	if (text === undefined) {
		for (const family of MAIN_FAMILIES) {
			for (const weight of [400, 700] as const) write(family.family, weight, 'latin', await faceSlice(family.family, weight));
		}
		return written;
	}
	const plan = planDeckFonts({ regular: text, bold: text, mono: text });
	const faces = onePerFace(plan.faces);
	for (const face of faces) write(face.slice.family, face.slice.weight, face.slice.subset, await subsetSlice(face.slice, face.text, 'sfnt'));
	// Code set in bold by a program that has the bold mono: the same characters, from Noto Sans Mono 700.
	const mono = faces.filter((face) => face.slice.family === DECK_MONO_FAMILY);
	for (const face of mono) {
		const bold = catalogFace(DECK_MONO_FAMILY, 700).slices.find((slice) => slice.subset === face.slice.subset);
		if (bold) write(DECK_MONO_FAMILY, 700, bold.subset, await subsetSlice(bold, face.text, 'sfnt'));
	}
	return written;
}

/**
 * One script slice of a face, whole, as sfnt: what a program that lays text out in the deck fonts
 * measures with (the PPTX export reads the Latin slices). Decoded once per process.
 */
export async function faceSlice(family: string, weight: 400 | 700, subset = 'latin'): Promise<Uint8Array> {
	const slice = catalogFace(family, weight).slices.find((s) => s.subset === subset);
	if (!slice) throw new Error(`${family} ${weight} has no ${subset} slice`);
	return wholeSlice(slice);
}
