import { loadCatalog, type Catalog } from '../lib/catalog/catalog.ts';

/**
 * The project's articles and decks for pages to render. Astro runs from the project root, and `SITE`
 * is the `site` of astro.config (spelled out in closing notes and on title slides).
 */
export function siteCatalog(): Catalog {
	const site = import.meta.env.SITE;
	return loadCatalog(site ? { root: process.cwd(), siteOrigin: new URL(site).origin } : { root: process.cwd() });
}
