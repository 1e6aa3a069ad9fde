import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { buildSearchIndex } from '../lib/search/build-index.ts';
import { slideRecords } from '../lib/search/slide-records.ts';
import { loadCatalog } from '../lib/catalog/catalog.ts';
import { normalizeBase } from '../lib/site/paths.ts';

/**
 * Indexes the built site with pagefind's Node API once Astro has written `dist/`: the article pages,
 * and one record per slide of every deck. Any indexing error fails the build, so a site is never
 * published with a stale or missing index.
 */
export default function pagefind(): AstroIntegration {
	let root = process.cwd();
	let siteOrigin: string | undefined;
	let base = '/';
	return {
		name: 'talkbook:pagefind',
		hooks: {
			'astro:config:done': ({ config }) => {
				root = fileURLToPath(config.root);
				// The same options the pages use, so the catalog they built is reused rather than parsed again.
				siteOrigin = config.site ? new URL(config.site).origin : undefined;
				base = normalizeBase(config.base);
			},
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				const { articles, decks } = loadCatalog({ root, base, ...(siteOrigin ? { siteOrigin } : {}) });
				const tagsOf = (slug: string) => articles.get(slug)?.frontmatter.tags ?? [];
				const records = decks.flatMap((deck) => slideRecords(deck, tagsOf));
				const { pages } = await buildSearchIndex(fileURLToPath(dir), records);
				logger.info(`indexed ${pages} pages and ${records.length} slides in ${Math.round(performance.now() - started)} ms`);
			},
		},
	};
}
