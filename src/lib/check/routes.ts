/** Pages every build has, whatever the content (src/pages: index, decks index, tags index, search, 404). */
const FIXED_PAGES = ['/', '/decks/', '/tags/', '/search/', '/404.html'];

/** An article page and what its anchors can name. */
export interface ArticlePage {
	slug: string;
	/** `null` when the frontmatter failed: treated as published so links to it are not reported twice. */
	draft: boolean | null;
	/** Tags, or `null` when unknown (frontmatter failed). */
	tags: readonly string[] | null;
	/** Heading ids as the site renders them, or `null` when unknown (the file does not parse). */
	headingIds: readonly string[] | null;
}

/** A deck page and its slide ids (reveal.js `#/<id>` anchors), `null` when the deck could not be built. */
export interface DeckPage {
	slug: string;
	slideIds: readonly string[] | null;
}

/** What a site path resolves to. */
export type Target =
	| { kind: 'article'; path: string; headingIds: readonly string[] | null }
	| { kind: 'deck'; path: string; slideIds: readonly string[] | null }
	| { kind: 'page' }
	| { kind: 'file' };

/** The routes a build of the content would have, mirroring src/pages, plus the files in `public/`. */
export interface SiteMap {
	articles: ReadonlyMap<string, ArticlePage>;
	decks: ReadonlyMap<string, DeckPage>;
	/** Site paths of the files in `public/` (`/favicon.svg`). */
	publicFiles: ReadonlySet<string>;
}

/** A path's target, or why there is none. */
export type Resolution = { target: Target } | { problem: string };

/** Resolves a path that must end in `/` (trailingSlash: 'always'), without the missing-slash hint. */
function resolveExact(site: SiteMap, path: string, fromDraft: boolean): Resolution {
	if (FIXED_PAGES.includes(path)) return { target: { kind: 'page' } };
	if (site.publicFiles.has(path) || (path.endsWith('/') && site.publicFiles.has(`${path}index.html`))) return { target: { kind: 'file' } };
	const [, section, name, rest] = /^\/([^/]+)\/([^/]+)\/(.*)$/.exec(path) ?? [];
	if (rest !== '' || name === undefined) return { problem: `no page or file at ${path}` };
	if (section === 'articles') {
		const article = site.articles.get(name);
		if (!article) return { problem: `no article "${name}"` };
		// A draft has no page; drafts may still link to each other while they are written.
		if (article.draft === true && !fromDraft) return { problem: `article "${name}" is a draft and has no page` };
		return { target: { kind: 'article', path, headingIds: article.headingIds } };
	}
	if (section === 'decks') {
		const deck = site.decks.get(name);
		return deck ? { target: { kind: 'deck', path, slideIds: deck.slideIds } } : { problem: `no deck "${name}"` };
	}
	if (section === 'tags') {
		const published = [...site.articles.values()].filter((article) => article.draft !== true);
		// While some article's tags are unknown (its frontmatter failed), a tag page cannot be ruled out.
		const known = published.some((article) => article.tags === null || article.tags.includes(name));
		return known ? { target: { kind: 'page' } } : { problem: `no article is tagged "${name}"` };
	}
	return { problem: `no page or file at ${path}` };
}

/**
 * What a site path (already decoded, no query or hash) points at. Pages need their trailing slash,
 * as astro.config sets `trailingSlash: 'always'`: `/articles/x` is reported with the path to write.
 */
export function resolvePath(site: SiteMap, path: string, fromDraft = false): Resolution {
	const exact = resolveExact(site, path, fromDraft);
	if ('target' in exact || path.endsWith('/')) return exact;
	const withSlash = resolveExact(site, `${path}/`, fromDraft);
	return 'target' in withSlash && withSlash.target.kind !== 'file' ? { problem: `pages end with "/": write ${path}/` } : exact;
}

/** Lists a few ids for a message, so a long article does not flood the report. */
function listIds(ids: readonly string[], prefix: string): string {
	const shown = ids.slice(0, 12).map((id) => `${prefix}${id}`);
	return ids.length > shown.length ? `${shown.join(', ')}, … (${ids.length - shown.length} more)` : shown.join(', ');
}

/**
 * Checks a `#fragment` (decoded, without `#`) against the target: a heading id of an article, a slide id
 * (`#/id`, or a reveal.js slide number) of a deck. Other pages' fragments are not known, so not checked.
 */
export function checkFragment(target: Target, fragment: string): string | null {
	if (fragment === '') return null;
	if (target.kind === 'article' && target.headingIds) {
		if (target.headingIds.includes(fragment)) return null;
		const have = target.headingIds.length > 0 ? `headings: ${listIds(target.headingIds, '')}` : 'it has no headings';
		return `no heading "#${fragment}" in ${target.path} (${have})`;
	}
	if (target.kind === 'deck' && target.slideIds) {
		const name = fragment.replace(/^\//, '').split('/')[0] ?? '';
		if (name === '' || /^\d+$/.test(name) || target.slideIds.includes(name)) return null;
		return `no slide "#/${name}" in ${target.path} (slides: ${listIds(target.slideIds, '#/')})`;
	}
	return null;
}
