import { createHighlighter, type Highlighter } from 'shiki';
import { createJavaScriptRegexEngine } from 'shiki/engine/javascript';

/** The shiki highlighter the site's Markdown and the decks are highlighted with. */
export type DeckHighlighter = Highlighter;

/** Light and dark shiki themes, the same pair as the site so code looks alike in both. */
export const DECK_CODE_THEMES = { light: 'github-light', dark: 'github-dark' } as const;

/** Languages loaded up front; their shiki aliases (`sh`, `rs`, `yml` …) come with them. Decks highlight only these. */
export const DECK_LANGS = ['toml', 'rust', 'bash', 'json', 'ts', 'js', 'md', 'yaml'] as const;

/** Language used for anything not loaded: no colours, but the same block, gutter and steps. */
export const PLAIN_LANG = 'plaintext';

/**
 * One highlighter per process, shared by the site's Markdown (src/lib/shiki/site-highlight.ts) and every
 * deck: themes and grammars are loaded once. Kept on globalThis because Astro loads this module twice in a
 * build (for the config's Markdown pipeline and bundled for the pages). shiki's JavaScript regex engine:
 * on this project's code blocks it highlights faster than oniguruma's WebAssembly and gives the same HTML
 * (scripts/bench/shiki-engines.ts measures both).
 */
const SHARED = Symbol.for('talkbook.highlighter');
type Holder = { [SHARED]?: { highlighter: Promise<DeckHighlighter> } };

/** Each shared highlighter's deck languages (DECK_LANGS with their aliases), noted before the site's Markdown loads others. */
const deckLanguages = new WeakMap<DeckHighlighter, Set<string>>();

function shared(): NonNullable<Holder[typeof SHARED]> {
	const holder = globalThis as Holder;
	if (!holder[SHARED]) {
		const highlighter = createHighlighter({
			themes: [DECK_CODE_THEMES.light, DECK_CODE_THEMES.dark],
			langs: [...DECK_LANGS],
			engine: createJavaScriptRegexEngine(),
		});
		holder[SHARED] = {
			// Runs before any caller sees the highlighter, so no other language is loaded yet.
			highlighter: highlighter.then((h) => (deckLanguages.set(h, new Set(h.getLoadedLanguages())), h)),
		};
		highlighter.catch(() => {
			// Let a later call retry instead of caching the failure for the rest of the build.
			delete holder[SHARED];
		});
	}
	return holder[SHARED];
}

/** The one highlighter shared by the site and every deck of a build; created on first call, then reused. */
export function getDeckHighlighter(): Promise<DeckHighlighter> {
	return shared().highlighter;
}

/** The language a deck highlights `lang` as: itself or its alias when it is one of DECK_LANGS, otherwise plain text. */
export function resolveLang(highlighter: DeckHighlighter, lang: string | null | undefined): string {
	const wanted = (lang ?? '').trim().toLowerCase();
	if (wanted === '') return PLAIN_LANG;
	const known = deckLanguages.get(highlighter) ?? new Set(highlighter.getLoadedLanguages());
	return known.has(wanted) ? wanted : PLAIN_LANG;
}
