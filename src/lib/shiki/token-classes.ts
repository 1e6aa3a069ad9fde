/**
 * Token colours as classes instead of inline styles. shiki writes each token's two colours inline
 * (`style="--shiki-light:#6F42C1;--shiki-dark:#B392F0"` on the site, `style="color:#6F42C1;--shiki-dark:#B392F0"`
 * on slides): with github-light and github-dark that is one of a handful of pairs, repeated on every token,
 * 15 % of the HTML of a 1,000-article site. Each known pair becomes a short class (`tk3`) whose rule sets the
 * same properties (src/styles/code-tokens.css, generated from this list); a pair not listed stays inline,
 * so a new theme or grammar never loses a colour, it only costs bytes.
 */

/**
 * The (light, dark) colour pairs github-light and github-dark give tokens, as shiki spells them: those of the
 * decks' languages on the project's articles and fixtures and on samples of each (test/unit/shiki/token-classes.test.ts).
 * Pairs with a font style or weight (Markdown bold, italic, links) are rare and stay inline.
 */
export const TOKEN_PAIRS: readonly (readonly [light: string, dark: string])[] = [
	['#24292E', '#E1E4E8'],
	['#D73A49', '#F97583'],
	['#6F42C1', '#B392F0'],
	['#032F62', '#9ECBFF'],
	['#005CC5', '#79B8FF'],
	['#6A737D', '#6A737D'],
	['#22863A', '#85E89D'],
	['#E36209', '#FFAB70'],
	['#032F62', '#DBEDFF'],
];

/** The class of pair `i`. */
export function tokenClass(i: number): string {
	return `tk${i}`;
}

/** The class of the themes' foreground pair (the first): the code block's own colour, so its text needs no span. */
export const DEFAULT_TOKEN_CLASS = tokenClass(0);

/** Inline style → class, for both ways shiki writes a pair (site: no default colour; slides: light by default). */
const CLASS_OF_STYLE = new Map<string, string>(
	TOKEN_PAIRS.flatMap(([light, dark], i) => [
		[`--shiki-light:${light};--shiki-dark:${dark}`, tokenClass(i)],
		[`color:${light};--shiki-dark:${dark}`, tokenClass(i)],
	]),
);

/** The class for a token's inline style, or `undefined` when the style is not one of TOKEN_PAIRS. */
export function classForStyle(style: string): string | undefined {
	return CLASS_OF_STYLE.get(style);
}

/**
 * The stylesheet of the classes: each sets the pair's `--shiki-light`/`--shiki-dark` (read by the site's and
 * the decks' code rules) and the light colour as `color`, as the slides' inline style did.
 */
export function tokenClassesCss(): string {
	const rules = TOKEN_PAIRS.map(([light, dark], i) => `.${tokenClass(i)} { --shiki-light: ${light}; --shiki-dark: ${dark}; color: ${light}; }`);
	return `/* Generated from src/lib/shiki/token-classes.ts (test/unit/shiki/token-classes.test.ts checks it); do not edit. */\n${rules.join('\n')}\n`;
}
