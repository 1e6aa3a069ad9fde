import * as pagefind from 'pagefind';
import path from 'node:path';
import type { CustomRecord } from 'pagefind';

/** Thrown when pagefind reports errors; the message lists every one. */
export class SearchIndexError extends Error {
	override name = 'SearchIndexError';
}

function check(step: string, errors: readonly string[]): void {
	if (errors.length > 0) throw new SearchIndexError(`pagefind ${step} failed:\n  ${errors.join('\n  ')}`);
}

/**
 * Builds the pagefind index for the static site in `siteDir` into `<siteDir>/pagefind/`, plus `records`
 * that no page holds as such (one per slide). Every step's `errors` is checked and the pagefind service
 * is always closed, even on failure.
 */
export async function buildSearchIndex(siteDir: string, records: readonly CustomRecord[] = []): Promise<{ pages: number; records: number }> {
	try {
		const created = await pagefind.createIndex({ forceLanguage: 'en', includeCharacters: '_' });
		check('createIndex', created.errors);
		const index = created.index;
		if (!index) throw new SearchIndexError('pagefind createIndex returned no index');
		const added = await index.addDirectory({ path: siteDir });
		check('addDirectory', added.errors);
		if (added.page_count === 0) throw new SearchIndexError(`pagefind found no pages to index in ${siteDir}`);
		for (const record of records) {
			const addedRecord = await index.addCustomRecord(record);
			check(`addCustomRecord ${record.url}`, addedRecord.errors);
		}
		const written = await index.writeFiles({ outputPath: path.join(siteDir, 'pagefind') });
		check('writeFiles', written.errors);
		return { pages: added.page_count, records: records.length };
	} finally {
		await pagefind.close();
	}
}
