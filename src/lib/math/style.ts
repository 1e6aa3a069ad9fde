import path from 'node:path';
import { subsetFontFile } from '../fonts/subset.ts';
import { charactersByFace, katexFiles, katexStylesheet } from './fonts.ts';

/** Options of a page's math stylesheet. */
export interface MathStyleOptions {
	/**
	 * The smallest text size math may render at, in CSS pixels (24 on slides: sub- and superscripts and
	 * scripts of scripts included); none on the article page, where KaTeX's own sizes stand.
	 */
	floorPx?: number;
}

const subsets = new Map<string, Promise<string>>();

/** One face cut down to `chars` as the deck fonts are (src/lib/fonts/subset.ts), as a woff2 data URL. */
function subsetDataUrl(file: string, chars: string): Promise<string> {
	const key = `${file}\u0000${chars}`;
	const known = subsets.get(key);
	if (known) return known;
	const made = subsetFontFile(path.join(katexFiles().fonts, file), chars, 'woff2').then((woff2) => `data:font/woff2;base64,${Buffer.from(woff2).toString('base64')}`);
	subsets.set(key, made);
	return made;
}

/** Every class name the rendered math uses, and the tags of KaTeX's own rules it uses (`svg` for radicals, `img`). */
function classesOf(htmls: readonly string[]): { classes: Set<string>; tags: Set<string> } {
	const classes = new Set<string>();
	const tags = new Set<string>();
	for (const html of htmls) {
		for (const [, names] of html.matchAll(/class="([^"]*)"/g)) for (const name of (names as string).split(/\s+/)) classes.add(name);
		for (const [, tag] of html.matchAll(/<(svg|img|path)\b/g)) tags.add(tag as string);
	}
	return { classes, tags };
}

/**
 * KaTeX's rules that can apply to the rendered math: a rule stays when one of its selectors names only classes
 * (and `svg`, `img`, `path` elements) the math uses. A tenth to a half of its 19 KB.
 */
function usedRules(css: string, used: { classes: ReadonlySet<string>; tags: ReadonlySet<string> }): string {
	return css.replace(/([^{}]+)\{([^{}]*)\}/g, (rule, selectors: string) => {
		const applies = selectors.split(',').some((selector) => {
			// Classes inside :not(…) need not be used for the rule to apply.
			const plain = selector.replace(/:not\([^)]*\)/g, '');
			const classes = [...plain.matchAll(/\.([\w-]+)/g)].every((m) => used.classes.has(m[1] as string));
			const tags = [...plain.matchAll(/(?:^|[\s>])(svg|img|path)\b/g)].every((m) => used.tags.has(m[1] as string));
			return classes && tags;
		});
		return applies ? rule : '';
	});
}

/** KaTeX's sizing rules with their em sizes held at `floorPx` or more: `font-size:.5em` → `font-size:max(.5em,24px)`. */
function withFloor(css: string, floorPx: number): string {
	return css.replace(/([^{}]*(?:katex-sizing|fontsize-ensurer)[^{}]*)\{font-size:([\d.]+em)\}/g, (_, selectors: string, size: string) => `${selectors}{font-size:max(${size},${floorPx}px)}`);
}

/**
 * The stylesheet a page with math needs, to put in its own `<style>`: KaTeX's rules that apply to it, and each KaTeX face the
 * page draws with cut down to the characters it draws (a few hundred bytes to 2 KB each instead of 5 to
 * 28 KB), inline as data URLs, so a page with math makes no extra request and a page without math loads
 * nothing of it. `htmls` are the page's rendered formulas (math/render.ts). With `floorPx` (slides), no
 * math text renders below it (its MathML, for screen readers, is clipped to nothing on screen).
 */
export async function mathStylesheet(htmls: readonly string[], options: MathStyleOptions = {}): Promise<string> {
	const css = usedRules(katexStylesheet().css, classesOf(htmls));
	const used = [...charactersByFace(htmls).values()].sort((a, b) => (a.face.file < b.face.file ? -1 : 1));
	const faces = await Promise.all(
		used.map(async ({ face, chars }) => {
			const url = await subsetDataUrl(face.file, [...chars].sort().join(''));
			return `@font-face{font-family:${face.family};font-style:${face.style};font-weight:${face.weight};src:url("${url}") format("woff2")}`;
		}),
	);
	const floor = options.floorPx;
	const rules = floor ? withFloor(css, floor) : css;
	return faces.join('') + rules;
}
