import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { buildCache } from '../lib/cache/context.ts';
import { IndexCache, indexCacheDir } from '../lib/search/index-cache.ts';
import { startPageIndexer, stopPageIndexer } from '../lib/search/page-indexer.ts';
import type { PageIndexer } from '../lib/search/page-indexer.ts';

/**
 * The site's pagefind index: one record per article page and one per deck page (a sub-result per slide),
 * as the pages' `data-pagefind-*` markup says. Pages reach pagefind as Astro renders them (a middleware,
 * src/integrations/search-middleware.ts), so its service indexes on the second core meanwhile; once Astro
 * has written `dist/`, the index is written next to it, or copied from the last build when every indexed
 * page is the same (src/lib/search/index-cache.ts). Any indexing error fails the build, so a site is
 * never published with a stale or missing index.
 */
export default function pagefind(): AstroIntegration {
	let indexer: PageIndexer | undefined;
	let root = process.cwd();
	return {
		name: 'talkbook:pagefind',
		hooks: {
			'astro:config:setup': ({ addMiddleware, config }) => {
				root = fileURLToPath(config.root);
				addMiddleware({ entrypoint: new URL('./search-middleware.ts', import.meta.url), order: 'post' });
			},
			'astro:build:start': () => {
				indexer = startPageIndexer();
			},
			'astro:build:done': async ({ dir, logger }) => {
				if (!indexer) throw new Error('talkbook:pagefind: the build ended without its page indexer');
				const started = performance.now();
				try {
					// The last index, reused when every indexed page is the same (an unchanged rebuild).
					const { store, buildKey } = buildCache(root);
					const cache = { store: new IndexCache(indexCacheDir(store.dir), store.fresh), buildKey };
					const { files, records, reused } = await indexer.write(fileURLToPath(dir), cache);
					const how = reused ? 'the same pages as the last build: index copied' : `${Math.round(performance.now() - started)} ms after the last page`;
					logger.info(`indexed ${files} pages (${how}): ${records} records`);
				} finally {
					stopPageIndexer();
				}
			},
		},
	};
}
