import * as pagefind from 'pagefind';
import type { NewFileResponse, PagefindIndex } from 'pagefind';
import path from 'node:path';
import { PAGEFIND_OPTIONS, SearchIndexError, checkErrors, indexRecords } from './build-index.ts';
import { IndexCache, pageDigest } from './index-cache.ts';

/**
 * Indexes pages as the build renders them: each page's HTML goes to pagefind's service (its own process) the
 * moment it exists, so pagefind parses the site on the second core while Astro renders on the first, instead
 * of reading all of `dist/` again once Astro is done. Only pages that mark content for the index
 * (`data-pagefind-body`: article and deck pages) are sent; pagefind leaves every other page out anyway once
 * any page has that mark.
 */
export class PageIndexer {
	readonly #index: Promise<PagefindIndex>;
	readonly #added: Promise<NewFileResponse>[] = [];
	readonly #digests: string[] = [];

	constructor() {
		this.#index = pagefind.createIndex(PAGEFIND_OPTIONS).then(({ errors, index }) => {
			checkErrors('createIndex', errors);
			if (!index) throw new SearchIndexError('pagefind createIndex returned no index');
			return index;
		});
		// Failures are reported by write(); until then nothing awaits these promises.
		this.#index.catch(() => {});
	}

	/** Sends one rendered page (its path in `dist/`, e.g. `articles/x/index.html`) to pagefind; pages without indexed content are skipped. */
	add(sourcePath: string, html: string): void {
		if (!html.includes('data-pagefind-body')) return;
		this.#digests.push(pageDigest(sourcePath, html));
		const added = this.#index.then((index) => index.addHTMLFile({ sourcePath, content: html }));
		added.catch(() => {});
		this.#added.push(added);
	}

	/** Pages sent so far. */
	get pages(): number {
		return this.#added.length;
	}

	/**
	 * Waits for every page, then writes the index to `<siteDir>/pagefind/`: copied from `cache` when the same
	 * pages were indexed under the same build key before, written by pagefind (and stored there) otherwise.
	 * Every page's errors fail it, and pagefind's service is closed whatever happens. Returns the pages read,
	 * the records written and whether the index came from the cache.
	 */
	async write(siteDir: string, cache?: { store: IndexCache; buildKey: string }): Promise<{ files: number; records: number; reused: boolean }> {
		try {
			const index = await this.#index;
			checkErrors('addHTMLFile', (await Promise.all(this.#added)).flatMap((added) => added.errors));
			if (this.#added.length === 0) throw new SearchIndexError(`no page of ${siteDir} has content for the search index (data-pagefind-body)`);
			const outputPath = path.join(siteDir, 'pagefind');
			const key = cache ? IndexCache.key(cache.buildKey, this.#digests) : '';
			if (cache?.store.restore(key, outputPath)) return { files: this.#added.length, records: indexRecords(outputPath), reused: true };
			const written = await index.writeFiles({ outputPath });
			checkErrors('writeFiles', written.errors);
			cache?.store.store(key, outputPath);
			return { files: this.#added.length, records: indexRecords(outputPath), reused: false };
		} finally {
			await pagefind.close();
		}
	}
}

/**
 * Where a page's URL path is written in `dist/` (Astro's `directory` format, trailing slashes): `/talks/` base
 * and `/talks/articles/x/` → `articles/x/index.html`. pagefind turns that path back into the page's URL the
 * way it does for files it reads from disk, so the index's URLs do not depend on how pages reached it.
 */
export function pageSourcePath(pathname: string, base: string): string {
	const decoded = decodeURI(pathname);
	const inSite = decoded.startsWith(base) ? decoded.slice(base.length) : decoded.replace(/^\/+/, '');
	if (inSite === '' || inSite.endsWith('/')) return `${inSite}index.html`;
	return /\.html?$/.test(inSite) ? inSite : `${inSite}.html`;
}

/** Astro loads lib modules twice in one build (config and bundled pages): the build's indexer lives on `globalThis`. */
const HOLDER = Symbol.for('talkbook.pageIndexer');
type Holder = { [HOLDER]?: PageIndexer | undefined };

/** Starts the build's indexer (the pagefind integration, at build start); pages then reach it through activePageIndexer(). */
export function startPageIndexer(): PageIndexer {
	const indexer = new PageIndexer();
	(globalThis as Holder)[HOLDER] = indexer;
	return indexer;
}

/** The running build's indexer; none in `astro dev` or outside a build. */
export function activePageIndexer(): PageIndexer | undefined {
	return (globalThis as Holder)[HOLDER];
}

/** Forgets the build's indexer once it wrote (or dropped) the index. */
export function stopPageIndexer(): void {
	(globalThis as Holder)[HOLDER] = undefined;
}
