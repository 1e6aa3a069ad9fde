/**
 * Every URL the site writes comes from here. A *route* (`/articles/<slug>/`) is a page's path as the
 * content names it (authors link with routes, checks and the deck model store routes); an *href* is the
 * route with the site's base in front (`/talks/articles/<slug>/`), which is what goes into HTML.
 */

/** Route of an article, e.g. `/articles/why-rust-on-the-backend/`, or of one of its sections. */
export function articleHref(slug: string, sectionId?: string | null): string {
	return sectionId ? `/articles/${slug}/#${sectionId}` : `/articles/${slug}/`;
}

/** Route of a deck, e.g. `/decks/why-rust-on-the-backend/`. */
export function deckHref(slug: string): string {
	return `/decks/${slug}/`;
}

/** Route of a tag page. */
export function tagHref(tag: string): string {
	return `/tags/${tag}/`;
}

/** Route of one exported file of a deck (`/exports/<file>`), written by `npm run export`. */
export function exportHref(file: string): string {
	return `/exports/${file}`;
}

/** Routes of the fixed pages and files. */
export const ROUTES = {
	home: '/',
	decks: '/decks/',
	tags: '/tags/',
	search: '/search/',
	feed: '/rss.xml',
	sitemap: '/sitemap-index.xml',
	favicon: '/favicon.svg',
	pagefind: '/pagefind/',
} as const;

/** A base path in the one form the helpers use: a leading and a trailing slash (`talks` → `/talks/`, `` → `/`). */
export function normalizeBase(base: string | undefined | null): string {
	const inner = (base ?? '').trim().replace(/^\/+|\/+$/g, '');
	return inner ? `/${inner}/` : '/';
}

/** Whether `href` is a route of this site (`/x`), rather than `#x`, `//host`, `https:`, `mailto:` or relative. */
export function isRoute(href: string): boolean {
	return href.startsWith('/') && !href.startsWith('//');
}

/** The href of a route under `base` (`/articles/x/` under `/talks/` → `/talks/articles/x/`); anything not a route passes through. */
export function withBase(route: string, base: string): string {
	if (!isRoute(route)) return route;
	return `${normalizeBase(base)}${route.slice(1)}`;
}

/** The route an href under `base` names (`/talks/articles/x/` → `/articles/x/`), or null when it lies outside the base. */
export function stripBase(href: string, base: string): string | null {
	const prefix = normalizeBase(base);
	if (prefix === '/') return isRoute(href) ? href : null;
	if (href === prefix.slice(0, -1)) return '/';
	return href.startsWith(prefix) ? `/${href.slice(prefix.length)}` : null;
}

/** The absolute URL of a route on the published site (`https://example.org` + `/talks/` + route), or null with no site URL. */
export function absoluteUrl(route: string, site: string | undefined | null, base: string): string | null {
	if (!site) return null;
	return new URL(withBase(route, base), site).href;
}

/** The site's hrefs under one base: what components and pages write into HTML. */
export interface SitePaths {
	/** The base itself, `/` or `/talks/`. */
	base: string;
	/** Any route (or `#`/external href, passed through) under the base. */
	href(route: string): string;
	article(slug: string, sectionId?: string | null): string;
	deck(slug: string): string;
	tag(tag: string): string;
	home: string;
	decks: string;
	tags: string;
	search: string;
	feed: string;
	sitemap: string;
	favicon: string;
	pagefind: string;
}

/** The site's hrefs under `base`. */
export function sitePaths(base: string): SitePaths {
	const b = normalizeBase(base);
	const href = (route: string): string => withBase(route, b);
	return {
		base: b,
		href,
		article: (slug, sectionId) => href(articleHref(slug, sectionId)),
		deck: (slug) => href(deckHref(slug)),
		tag: (tag) => href(tagHref(tag)),
		home: href(ROUTES.home),
		decks: href(ROUTES.decks),
		tags: href(ROUTES.tags),
		search: href(ROUTES.search),
		feed: href(ROUTES.feed),
		sitemap: href(ROUTES.sitemap),
		favicon: href(ROUTES.favicon),
		pagefind: href(ROUTES.pagefind),
	};
}
