import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { startPageIndexer, stopPageIndexer } from '../lib/search/page-indexer.ts';
import type { PageIndexer } from '../lib/search/page-indexer.ts';

/**
 * The site's pagefind index: one record per article page and one per deck page (a sub-result per slide),
 * as the pages' `data-pagefind-*` markup says. Pages reach pagefind as Astro renders them (a middleware,
 * src/integrations/search-middleware.ts), so its service indexes on the second core meanwhile; once Astro
 * has written `dist/`, the index is written next to it. Any indexing error fails the build, so a site is
 * never published with a stale or missing index.
 */
export default function pagefind(): AstroIntegration {
	let indexer: PageIndexer | undefined;
	return {
		name: 'talkbook:pagefind',
		hooks: {
			'astro:config:setup': ({ addMiddleware }) => {
				addMiddleware({ entrypoint: new URL('./search-middleware.ts', import.meta.url), order: 'post' });
			},
			'astro:build:start': () => {
				indexer = startPageIndexer();
			},
			'astro:build:done': async ({ dir, logger }) => {
				if (!indexer) throw new Error('talkbook:pagefind: the build ended without its page indexer');
				const started = performance.now();
				try {
					const { files, records } = await indexer.write(fileURLToPath(dir));
					logger.info(`indexed ${files} pages (${Math.round(performance.now() - started)} ms after the last page): ${records} records`);
				} finally {
					stopPageIndexer();
				}
			},
		},
	};
}
