import * as pagefind from 'pagefind';
import type { PagefindServiceConfig } from 'pagefind';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DECK_EXCLUDE_SELECTORS } from './deck-markup.ts';

/** Thrown when pagefind reports errors; the message lists every one. */
export class SearchIndexError extends Error {
	override name = 'SearchIndexError';
}

function check(step: string, errors: readonly string[]): void {
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

/**
 * Builds the pagefind index for the static site in `siteDir` into `<siteDir>/pagefind/`. Pages mark what is
 * indexed (`data-pagefind-body`: article pages and deck pages, one record each), so the whole site is read
 * with one `addDirectory`, which pagefind parses in parallel. Every step's `errors` is checked and the
 * pagefind service is always closed, even on failure. Returns the HTML files read and the records written.
 */
export async function buildSearchIndex(siteDir: string): Promise<{ files: number; records: number }> {
	try {
		const created = await pagefind.createIndex(PAGEFIND_OPTIONS);
		check('createIndex', created.errors);
		const index = created.index;
		if (!index) throw new SearchIndexError('pagefind createIndex returned no index');
		const added = await index.addDirectory({ path: siteDir });
		check('addDirectory', added.errors);
		if (added.page_count === 0) throw new SearchIndexError(`pagefind found no pages to index in ${siteDir}`);
		const outputPath = path.join(siteDir, 'pagefind');
		const written = await index.writeFiles({ outputPath });
		check('writeFiles', written.errors);
		return { files: added.page_count, records: indexRecords(outputPath) };
	} finally {
		await pagefind.close();
	}
}
