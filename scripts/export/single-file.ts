/**
 * Builds the self-contained deck: the built deck page with its stylesheets, fonts and images inlined,
 * its module script replaced by the deck client bundled as one classic script, and nothing left that
 * the browser would fetch. Pure string work on Astro's output, so it is unit-tested without a browser.
 */
import { codePointsOf, dropUnusedFontFaces, escapeScriptText, escapeStyleText, inlineCssUrls, inlineReference, InlineError, resolveSitePath, type ReadSiteFile } from './inline.ts';
import { normalizeBase } from '../../src/lib/site/paths.ts';

export interface SingleFileInput {
	/** The built deck page (`dist/decks/<slug>/index.html`). */
	html: string;
	/** Its URL path (`/decks/<slug>/`), to resolve relative references. */
	pagePath: string;
	/** Reads a file of the built site by URL path. */
	read: ReadSiteFile;
	/** The deck client, bundled into one classic script. */
	script: string;
}

/** Attributes of one start tag (`<link rel="stylesheet" href="/x.css">`), names lower-cased. */
export function tagAttributes(tag: string): Map<string, string> {
	const attrs = new Map<string, string>();
	const body = tag.replace(/^<[a-z0-9-]+/i, '').replace(/\/?>$/, '');
	for (const m of body.matchAll(/([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
		const name = m[1];
		if (name) attrs.set(name.toLowerCase(), decodeEntities(m[2] ?? m[3] ?? m[4] ?? ''));
	}
	return attrs;
}

function decodeEntities(value: string): string {
	return value.replace(/&(amp|quot|#39|lt|gt);/g, (_m, e: string) => ({ amp: '&', quot: '"', '#39': "'", lt: '<', gt: '>' })[e] ?? _m);
}

function escapeAttr(value: string): string {
	return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}

/** Origin the site is published at, as the deck page records it (`<html data-site-origin>`). */
export function siteOriginOf(html: string): string | null {
	const tag = /<html\b[^>]*>/i.exec(html)?.[0];
	return tag ? (tagAttributes(tag).get('data-site-origin') ?? null) : null;
}

/** The base path the deck page was built for (`<html data-base="/talks/">`); `/` for pages built without one. */
export function siteBaseOf(html: string): string {
	const tag = /<html\b[^>]*>/i.exec(html)?.[0];
	return normalizeBase(tag ? tagAttributes(tag).get('data-base') : undefined);
}

/** Removes the Downloads nav the export fills on the site; the single file is already the download. */
export function removeDownloadsNav(html: string): string {
	return html.replace(/<nav\b[^>]*\bclass="deck-downloads"[^>]*>[\s\S]*?<\/nav>/g, '');
}

/**
 * The single-file deck. Throws InlineError when something cannot be inlined, so a broken file is
 * never written.
 */
export function buildSingleFile({ html, pagePath, read, script }: SingleFileInput): string {
	const origin = siteOriginOf(html);
	// The text the deck can show, for leaving out font files it never needs.
	const points = codePointsOf(html.replace(/<[^>]*>/g, ' '));

	let out = removeDownloadsNav(html);

	out = out.replace(/<link\b[^>]*>/gi, (tag) => {
		const attrs = tagAttributes(tag);
		const rel = (attrs.get('rel') ?? '').toLowerCase().split(/\s+/);
		const href = attrs.get('href');
		if (rel.includes('stylesheet') && href) {
			const cssPath = resolveSitePath(href, pagePath);
			const bytes = read(cssPath);
			if (!bytes) throw new InlineError(`${pagePath} links ${href}, but ${cssPath} is not in the built site`);
			const css = inlineCssUrls(dropUnusedFontFaces(Buffer.from(bytes).toString('utf8'), points), cssPath, read);
			return `<style>${escapeStyleText(css)}</style>`;
		}
		// Icons, preloads and the like: nothing the deck needs, and each would be a request.
		return '';
	});

	// External scripts go (the bundle below replaces the deck client); inline ones stay.
	out = out.replace(/<script\b[^>]*\bsrc\s*=[^>]*>\s*<\/script>/gi, '');

	// Images on slides become data: URIs.
	out = out.replace(/<(img|source)\b[^>]*>/gi, (tag) => {
		return tag.replace(/\s(src)="([^"]*)"/i, (_m, attr: string, src: string) => ` ${attr}="${escapeAttr(inlineReference(decodeEntities(src), pagePath, read))}"`);
	});

	// Site links (the "back to the site" link, the links back to sections) point at the published site
	// instead of file:///; with no site URL they cannot work from a file, so they stop being links.
	if (origin) out = out.replace(/(<a\b[^>]*\shref=")\/(?!\/)/gi, `$1${escapeAttr(origin)}/`);
	else out = out.replace(/(<a\b[^>]*?)\shref="\/(?!\/)[^"]*"/gi, '$1');

	// The styles the site loads on first use (print views, help, a phone's scroll view) come inside too,
	// for a file that has nowhere to load them from; their rules apply only in their own views.
	out = out.replace(/<html\b[^>]*>/i, (tag) => tag.replace(/\sdata-deck-(?:print|help|scroll)-css="[^"]*"/g, ''));
	const onDemand = [...(/<html\b[^>]*>/i.exec(html)?.[0] ?? '').matchAll(/\sdata-deck-(?:print|help|scroll)-css="([^"]*)"/g)].map((m) => decodeEntities(m[1] ?? ''));
	const inlined = onDemand.map((href) => {
		const cssPath = resolveSitePath(href, pagePath);
		const bytes = read(cssPath);
		if (!bytes) throw new InlineError(`${pagePath} names ${href}, but ${cssPath} is not in the built site`);
		// WOFF2 only: every browser that runs the deck has it, and the WOFF fallbacks would double the fonts' size.
		const css = Buffer.from(bytes).toString('utf8').replace(/,\s*url\([^)]*\.woff\)\s*format\(["']?woff["']?\)/g, '');
		return `<style>${escapeStyleText(inlineCssUrls(css, cssPath, read))}</style>`;
	});
	if (inlined.length > 0) out = out.replace(/<\/head>/i, () => `${inlined.join('')}</head>`);
	out = out.replace(/<html\b/i, '<html data-deck-standalone=""');
	const bundle = `<script>${escapeScriptText(script)}</script>`;
	// A function, not a string: minified code is full of `$&` and `$'`, which a replacement string would expand.
	out = out.includes('</body>') ? out.replace(/<\/body>(?![\s\S]*<\/body>)/, () => `${bundle}</body>`) : `${out}${bundle}`;

	const leftover = remainingReferences(out);
	if (leftover.length > 0) throw new InlineError(`${pagePath}: still refers to ${leftover.join(', ')} after inlining`);
	return out;
}

/** References in a page that a browser would fetch: `<link>`, `<script src>`, `src=`/`url()` not data:. */
export function remainingReferences(page: string): string[] {
	const found: string[] = [];
	// Script bodies are code, not markup: the bundle's templates (`<iframe src="${e}">`) fetch nothing by themselves.
	const html = page.replace(/(<script\b[^>]*>)[\s\S]*?<\/script>/gi, '$1</script>');
	for (const m of html.matchAll(/<link\b[^>]*>/gi)) found.push(m[0]);
	for (const m of html.matchAll(/<script\b[^>]*\bsrc\s*=[^>]*>/gi)) found.push(m[0]);
	for (const m of html.matchAll(/<(?:img|source|iframe|video|audio|embed)\b[^>]*\ssrc="(?!data:)([^"]+)"/gi)) found.push(`src="${m[1] ?? ''}"`);
	// Only in stylesheets: the bundled script legitimately contains `url(` text.
	for (const style of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) {
		for (const m of (style[1] ?? '').matchAll(/url\(\s*["']?(?!data:|#)([^)"']+)/gi)) found.push(`url(${m[1] ?? ''})`);
	}
	return found;
}
