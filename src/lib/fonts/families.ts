/**
 * The deck's type: the family names every output of a deck uses (the slides' CSS, the PDF, the PPTX and
 * the TrueType files installed for LibreOffice), and the fontsource packages they come from (OFL-1.1).
 * Noto Sans covers Latin, Greek, Cyrillic, Vietnamese and Devanagari in one design; its sibling Noto
 * families below cover what it lacks, so a fallback glyph matches the text around it.
 */

/** Body text and headings (400 and 700). */
export const DECK_SANS_FAMILY = 'Noto Sans';
/** Code (400; code is never bold on a slide). */
export const DECK_MONO_FAMILY = 'Noto Sans Mono';

/** A family the decks bundle, and the fontsource package that ships it. */
export interface BundledFamily {
	family: string;
	/** npm package (its `<weight>.css` lists the family's files and their unicode ranges). */
	package: string;
	/** Weights the decks take from it; a family without 700 is drawn bold by the browser from its 400. */
	weights: readonly (400 | 700)[];
}

/** The main families: every deck has them. */
export const MAIN_FAMILIES: readonly BundledFamily[] = [
	{ family: DECK_SANS_FAMILY, package: '@fontsource/noto-sans', weights: [400, 700] },
	{ family: DECK_MONO_FAMILY, package: '@fontsource/noto-sans-mono', weights: [400] },
];

/**
 * Fallbacks for what Noto Sans lacks, in the order the browser tries them (the decks' font stacks list
 * them so): arrows and mathematical symbols (`→ ≥ ↩ ↪`), dingbats (`✗ ✔ ⚠`), Chinese and Japanese kana,
 * Arabic, Hebrew, and emoji (Noto Emoji draws them in the text's colour). Chosen by measure (README, "Fonts
 * and page weight"); other scripts (Hangul, Thai, …) get a build warning instead.
 */
export const FALLBACK_FAMILIES: readonly BundledFamily[] = [
	{ family: 'Noto Sans Math', package: '@fontsource/noto-sans-math', weights: [400] },
	{ family: 'Noto Sans Symbols 2', package: '@fontsource/noto-sans-symbols-2', weights: [400] },
	{ family: 'Noto Sans SC', package: '@fontsource/noto-sans-sc', weights: [400, 700] },
	{ family: 'Noto Sans Arabic', package: '@fontsource/noto-sans-arabic', weights: [400, 700] },
	{ family: 'Noto Sans Hebrew', package: '@fontsource/noto-sans-hebrew', weights: [400, 700] },
	{ family: 'Noto Emoji', package: '@fontsource/noto-emoji', weights: [400, 700] },
];

/** Every bundled family. */
export const BUNDLED_FAMILIES: readonly BundledFamily[] = [...MAIN_FAMILIES, ...FALLBACK_FAMILIES];
