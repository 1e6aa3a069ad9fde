import { loadCatalog, type Catalog } from '../lib/catalog/catalog.ts';
import { normalizeBase } from '../lib/site/paths.ts';

/**
 * The project's articles and decks for pages to render. Astro runs from the project root; `SITE` and
 * `BASE_URL` are the `site` (none by default) and `base` of astro.config, spelled out in closing notes.
 * The search-index integration passes the same options, so both share one catalog.
 */
export function siteCatalog(): Catalog {
	const base = normalizeBase(import.meta.env.BASE_URL);
	return loadCatalog({ root: process.cwd(), base, ...(import.meta.env.SITE ? { siteOrigin: new URL(import.meta.env.SITE).origin } : {}) });
}
