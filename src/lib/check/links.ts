import { posix } from 'node:path';
import type { Root } from 'mdast';
import { nodesOfType } from '../article/tree-index.ts';
import { TalkbookError } from '../errors.ts';
import { checkFragment, resolvePath } from './routes.ts';
import type { SiteMap } from './routes.ts';

/** A link or image URL written in a file, with where it starts. */
export interface LinkSite {
	kind: 'link' | 'image';
	url: string;
	line: number;
	column: number;
}

/** Where the links of one file are checked from. */
export interface LinkContext {
	/** The file, relative to the project root, for errors and for images next to an article. */
	file: string;
	/** The page the file becomes (`/articles/<slug>/`, `/decks/<slug>/`): relative links resolve against it. */
	page: string;
	/** Images in an article are resolved by Astro against the file (`./img.png`), not against the page. */
	imagesRelativeToFile: boolean;
	/** A draft may link to other drafts. */
	fromDraft: boolean;
	site: SiteMap;
	/** Whether a project-relative path (`articles/img.png`) is a file; images next to articles are looked up with it. */
	fileExists: (projectPath: string) => boolean;
}

/** Links, images and link reference definitions (`[x]: /y/`) in document order; reference uses share their definition. */
export function collectLinks(tree: Root): LinkSite[] {
	const sites: LinkSite[] = [];
	for (const { node } of nodesOfType(tree, 'link', 'image', 'definition')) {
		const start = node.position?.start ?? { line: 1, column: 1 };
		sites.push({ kind: node.type === 'image' ? 'image' : 'link', url: node.url, line: start.line, column: start.column });
	}
	return sites;
}

/** A URL with a scheme (`https:`, `mailto:`) or protocol-relative: never fetched, never checked. */
function isExternal(url: string): boolean {
	return /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//');
}

/** Percent-decoding that keeps a malformed escape as written instead of throwing. */
function decode(text: string): string {
	try {
		return decodeURIComponent(text);
	} catch {
		return text;
	}
}

/** Why a link's target is missing, or `null` when it exists. */
function linkProblem(site: LinkSite, ctx: LinkContext): string | null {
	const base = new URL(ctx.page, 'https://talkbook.invalid');
	// A URL the WHATWG parser refuses (`\\\\[` reads as a host `[`) is no link a browser could follow.
	const resolved = URL.parse(site.url, base);
	if (!resolved) return 'not a valid URL';
	if (resolved.origin !== base.origin) return `not a valid site path (a browser reads it as a link to the host "${resolved.host}")`;
	const path = decode(resolved.pathname);
	if (site.kind === 'image' && ctx.imagesRelativeToFile && !site.url.startsWith('/')) {
		const onDisk = posix.normalize(posix.join(posix.dirname(ctx.file), decode(site.url.split(/[?#]/)[0] ?? '')));
		return ctx.fileExists(onDisk) ? null : `no file ${onDisk}`;
	}
	const resolution = resolvePath(ctx.site, path, ctx.fromDraft);
	if ('problem' in resolution) return resolution.problem;
	if (site.kind === 'image' && resolution.target.kind !== 'file') return `${path} is a page, not a file in public/`;
	return checkFragment(resolution.target, decode(resolved.hash.slice(1)));
}

/**
 * Checks every internal link and image of a file: the target route must exist (an article, a deck, a
 * tag, a fixed page or a file in `public/`) and a `#fragment` must name a heading of the target article
 * (or a slide of the target deck). External URLs are skipped. Errors sit at the link.
 */
export function checkLinks(tree: Root, ctx: LinkContext): TalkbookError[] {
	return checkLinkSites(collectLinks(tree), ctx);
}

/** checkLinks on links collected earlier (collectLinks), so a cached file needs no tree. */
export function checkLinkSites(sites: readonly LinkSite[], ctx: LinkContext): TalkbookError[] {
	const errors: TalkbookError[] = [];
	for (const site of sites) {
		if (site.url === '' || isExternal(site.url)) continue;
		const problem = linkProblem(site, ctx);
		if (problem) errors.push(new TalkbookError(`broken ${site.kind} "${site.url}": ${problem}`, ctx.file, site));
	}
	return errors;
}
