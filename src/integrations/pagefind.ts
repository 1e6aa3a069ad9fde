import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { buildSearchIndex } from '../lib/search/build-index.ts';

/**
 * Indexes the built site with pagefind's Node API once Astro has written `dist/`: one record per article
 * page and one per deck page (a sub-result per slide), as the pages' `data-pagefind-*` markup says. Any
 * indexing error fails the build, so a site is never published with a stale or missing index.
 */
export default function pagefind(): AstroIntegration {
	return {
		name: 'talkbook:pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				const { files, records } = await buildSearchIndex(fileURLToPath(dir));
				logger.info(`indexed ${files} pages in ${Math.round(performance.now() - started)} ms: ${records} records`);
			},
		},
	};
}
