import type { PagefindServiceConfig } from 'pagefind';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DECK_EXCLUDE_SELECTORS } from './deck-markup.ts';

/** Thrown when pagefind reports errors; the message lists every one. */
export class SearchIndexError extends Error {
	override name = 'SearchIndexError';
}

/** Throws a SearchIndexError listing `errors` from pagefind's `step`, if there are any. */
export function checkErrors(step: string, errors: readonly string[]): void {
	if (errors.length > 0) throw new SearchIndexError(`pagefind ${step} failed:\n  ${errors.join('\n  ')}`);
}

/**
 * The options every Talkbook index is built with: English stemming for the whole site, `_` kept inside
 * words (`serde_json`, `spawn_blocking`), and the parts of deck pages no one reads on a slide left out.
 */
export const PAGEFIND_OPTIONS: PagefindServiceConfig = { forceLanguage: 'en', includeCharacters: '_', excludeSelectors: [...DECK_EXCLUDE_SELECTORS] };

/** Records per language in a written index, from its `pagefind-entry.json`. */
export function indexRecords(pagefindDir: string): number {
	const entry = JSON.parse(readFileSync(path.join(pagefindDir, 'pagefind-entry.json'), 'utf8')) as { languages?: Record<string, { page_count?: number }> };
	return Object.values(entry.languages ?? {}).reduce((n, language) => n + (language.page_count ?? 0), 0);
}
