import * as pagefind from 'pagefind';
import path from 'node:path';

/** Thrown when pagefind reports errors; the message lists every one. */
export class SearchIndexError extends Error {
	override name = 'SearchIndexError';
}

function check(step: string, errors: readonly string[]): void {
	if (errors.length > 0) throw new SearchIndexError(`pagefind ${step} failed:\n  ${errors.join('\n  ')}`);
}

/**
 * Builds the pagefind index for the static site in `siteDir` into `<siteDir>/pagefind/`.
 * Every step's `errors` is checked and the pagefind service is always closed, even on failure.
 */
export async function buildSearchIndex(siteDir: string): Promise<{ pages: number }> {
	try {
		const created = await pagefind.createIndex({ forceLanguage: 'en', includeCharacters: '_' });
		check('createIndex', created.errors);
		const index = created.index;
		if (!index) throw new SearchIndexError('pagefind createIndex returned no index');
		const added = await index.addDirectory({ path: siteDir });
		check('addDirectory', added.errors);
		if (added.page_count === 0) throw new SearchIndexError(`pagefind found no pages to index in ${siteDir}`);
		const written = await index.writeFiles({ outputPath: path.join(siteDir, 'pagefind') });
		check('writeFiles', written.errors);
		return { pages: added.page_count };
	} finally {
		await pagefind.close();
	}
}
