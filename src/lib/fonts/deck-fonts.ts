/**
 * A deck page's fonts: its text read by face, the faces planned, each subset to its characters as WOFF2
 * and written out as the page's font CSS. What the bench reports per face comes along.
 */
import { deckFontCss } from './css.ts';
import { deckTextByRole } from './deck-text.ts';
import { planDeckFonts } from './plan.ts';
import type { FontSlice } from './catalog.ts';
import { subsetSlice } from './subset.ts';

/** One face of a deck as embedded: for reports and tests. */
export interface DeckFaceReport {
	family: string;
	weight: number;
	/** The fontsource slice it was cut from (`latin`, `greek`, …). */
	subset: string;
	/** How many characters it draws. */
	characters: number;
	/** Its WOFF2's size. */
	bytes: number;
}

/** The fonts of one deck page. */
export interface DeckFonts {
	/** The page's `<style>` text: `@font-face` rules with the subsets inlined, and the font stacks. */
	css: string;
	faces: DeckFaceReport[];
	/** Characters shown that no bundled face has (drawn by the machine's own fonts). */
	uncovered: string;
}

/** Makes a face's WOFF2 subset (subsetSlice, or the same through a cache). */
export type SubsetWoff2 = (slice: FontSlice, text: string) => Promise<Uint8Array>;

/** The fonts for a deck whose rendered `<section>`s are `slidesHtml`. */
export async function deckFonts(slidesHtml: string, subset: SubsetWoff2 = (slice, text) => subsetSlice(slice, text, 'woff2')): Promise<DeckFonts> {
	const plan = planDeckFonts(deckTextByRole(slidesHtml));
	const embedded = [];
	// One at a time: subset-font runs one subsetting at a time anyway.
	for (const face of plan.faces) {
		embedded.push({ family: face.slice.family, weight: face.slice.weight, subset: face.slice.subset, text: face.text, woff2: await subset(face.slice, face.text) });
	}
	return {
		css: deckFontCss(embedded, plan.stacks),
		faces: embedded.map(({ family, weight, subset, text, woff2 }) => ({ family, weight, subset, characters: [...text].length, bytes: woff2.length })),
		uncovered: plan.uncovered,
	};
}
