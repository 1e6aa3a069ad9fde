/**
 * The faces catalog: for each bundled family and weight, the files its fontsource package ships (one per
 * script slice: latin, latin-ext, greek, …), the unicode range each declares, and the characters each
 * really has (its cmap, read on first use with fontkitten; a declared range is wider than the font, e.g.
 * Noto Sans's latin slice declares U+2191 but has no arrows).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { create } from 'fontkitten';
import { BUNDLED_FAMILIES, type BundledFamily } from './families.ts';
import { inRanges, parseUnicodeRange, type CodeRange } from './unicode-range.ts';

/** One file of a face: a script slice of the family at one weight. */
export interface FontSlice {
	family: string;
	weight: number;
	/** The fontsource subset it holds (`latin`, `greek`, `[12]` for a CJK slice). */
	subset: string;
	/** Absolute path of its `.woff2`. */
	file: string;
	/** Its declared `unicode-range`. */
	ranges: readonly CodeRange[];
}

/** A family at one weight: its slices, in the order the browser would use them (last declared first). */
export interface CatalogFace {
	family: string;
	weight: number;
	package: string;
	slices: readonly FontSlice[];
}

const require = createRequire(import.meta.url);
const faces = new Map<string, CatalogFace>();
const cmaps = new Map<string, ReadonlySet<number>>();

/** The package's folder (where its `package.json` is). */
export function packageDir(name: string): string {
	return path.dirname(require.resolve(`${name}/package.json`));
}

/**
 * The slices of a fontsource `<weight>.css`: each `@font-face` rule's woff2 file and unicode range.
 * Listed last-rule-first, since among faces with overlapping ranges the browser uses the last one declared.
 */
export function slicesOfCss(css: string, dir: string, family: string, weight: number): FontSlice[] {
	const slices: FontSlice[] = [];
	for (const [, rule = ''] of css.matchAll(/@font-face\s*\{([^}]*)\}/g)) {
		if (!/font-style:\s*normal/.test(rule)) continue;
		const file = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(rule)?.[1];
		if (!file) continue;
		const range = /unicode-range:\s*([^;]+);/.exec(rule)?.[1];
		// `noto-sans-latin-ext-400-normal.woff2` -> `latin-ext`: the file name less the package's own name.
		const subset = file.replace(/-\d00-normal\.woff2$/, '').replace(`${path.basename(dir)}-`, '');
		slices.push({ family, weight, subset, file: path.join(dir, 'files', file), ranges: range ? parseUnicodeRange(range) : [[0, 0x10ffff]] });
	}
	return slices.reverse();
}

/**
 * The catalog face of a bundled family at a weight its package ships (the decks use the weights of
 * families.ts; writeDeckFontFiles adds the bold mono). Throws for a family that is not bundled: a bug.
 */
export function catalogFace(family: string, weight: number): CatalogFace {
	const key = `${family}|${weight}`;
	let face = faces.get(key);
	if (!face) {
		const bundled = BUNDLED_FAMILIES.find((f) => f.family === family);
		if (!bundled) throw new Error(`no bundled family ${family}`);
		const dir = packageDir(bundled.package);
		const css = readFileSync(path.join(dir, `${weight}.css`), 'utf8');
		face = { family, weight, package: bundled.package, slices: slicesOfCss(css, dir, family, weight) };
		faces.set(key, face);
	}
	return face;
}

/** The weight of `family` the browser picks for text of `weight` among the bundled ones (400 or 700). */
export function nearestWeight(family: BundledFamily, weight: number): number {
	return family.weights.includes(weight as 400 | 700) ? weight : (family.weights[0] ?? 400);
}

/** The code points a slice's font really has, read from its cmap once. */
export function sliceCharacters(slice: FontSlice): ReadonlySet<number> {
	let set = cmaps.get(slice.file);
	if (!set) {
		const font = create(readFileSync(slice.file));
		// fontsource ships one font per file, never a collection.
		set = new Set('characterSet' in font ? font.characterSet : []);
		cmaps.set(slice.file, set);
	}
	return set;
}

/**
 * The slice of `face` that has `cp`: the one whose declared range includes it first (cheap: a CJK family
 * has a hundred slices), else any whose cmap has it (Noto Sans Math declares only Latin but has 3,000
 * symbols). Our own `unicode-range`s are the planned characters, so the declared ones only guide the search.
 */
export function sliceFor(face: CatalogFace, cp: number): FontSlice | undefined {
	const declared = face.slices.find((slice) => inRanges(slice.ranges, cp) && sliceCharacters(slice).has(cp));
	return declared ?? face.slices.find((slice) => !inRanges(slice.ranges, cp) && sliceCharacters(slice).has(cp));
}
