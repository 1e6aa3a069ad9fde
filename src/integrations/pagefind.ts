import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { fileURLToPath } from 'node:url';
import { buildSearchIndex } from '../lib/search/build-index.ts';

/**
 * Indexes the built site with pagefind's Node API once Astro has written `dist/`.
 * Any indexing error fails the build, so a site is never published with a stale or missing index.
 */
export default function pagefind(): AstroIntegration {
	return {
		name: 'talkbook:pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }: { dir: URL; logger: AstroIntegrationLogger }) => {
				const site = fileURLToPath(dir);
				const started = performance.now();
				const { pages } = await buildSearchIndex(site);
				logger.info(`indexed ${pages} pages in ${Math.round(performance.now() - started)} ms`);
			},
		},
	};
}
