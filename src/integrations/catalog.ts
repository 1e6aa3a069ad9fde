import { loadCatalog, type Catalog } from '../lib/catalog/catalog.ts';
import { paths, siteUrl } from './site-paths.ts';

/**
 * The project's articles and decks for pages to render. Astro runs from the project root; the site URL
 * (none by default) and base of astro.config are spelled out in closing notes.
 * The search-index integration passes the same options, so both share one catalog.
 */
export function siteCatalog(): Catalog {
	return loadCatalog({ root: process.cwd(), base: paths.base, ...(siteUrl ? { siteOrigin: new URL(siteUrl).origin } : {}) });
}
