import { createHighlighter, type Highlighter } from 'shiki';

/** The shiki highlighter decks are rendered with. */
export type DeckHighlighter = Highlighter;

/** Light and dark shiki themes, the same pair as the site so code looks alike in both. */
export const DECK_CODE_THEMES = { light: 'github-light', dark: 'github-dark' } as const;

/** Languages loaded up front; their shiki aliases (`sh`, `rs`, `yml` …) come with them. */
export const DECK_LANGS = ['toml', 'rust', 'bash', 'json', 'ts', 'js', 'md', 'yaml'] as const;

/** Language used for anything not loaded: no colours, but the same block, gutter and steps. */
export const PLAIN_LANG = 'plaintext';

let shared: Promise<DeckHighlighter> | undefined;

/** The one highlighter shared by every deck of a build; created on first call, then reused. */
export function getDeckHighlighter(): Promise<DeckHighlighter> {
	shared ??= createHighlighter({
		themes: [DECK_CODE_THEMES.light, DECK_CODE_THEMES.dark],
		langs: [...DECK_LANGS],
	}).catch((error: unknown) => {
		// Let a later call retry instead of caching the failure for the rest of the build.
		shared = undefined;
		throw error;
	});
	return shared;
}

/** The language to highlight `lang` as: itself or its alias when loaded, otherwise plain text. */
export function resolveLang(highlighter: DeckHighlighter, lang: string | null | undefined): string {
	const wanted = (lang ?? '').trim().toLowerCase();
	if (wanted === '') return PLAIN_LANG;
	return highlighter.getLoadedLanguages().includes(wanted) ? wanted : PLAIN_LANG;
}
