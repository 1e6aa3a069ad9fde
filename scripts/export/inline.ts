/**
 * Pure helpers that turn files a page links to into text inside the page: data: URIs for fonts and
 * images, CSS `url()` rewritten to them, and `@font-face` rules the deck's text never needs left out.
 */
import { contentTypeOf } from '../../src/lib/site/content-types.ts';

/** Reads a site file by its URL path (`/_astro/x.woff2`); null when it does not exist. */
export type ReadSiteFile = (urlPath: string) => Uint8Array | null;

/** A reference that cannot be inlined (missing file, off-site URL): names the reference and where it was. */
export class InlineError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'InlineError';
	}
}


/** MIME type from a file name's extension, without parameters (application/octet-stream when unknown). */
export function mimeType(file: string): string {
	return (contentTypeOf(file).split(';')[0] ?? '').trim();
}

/** A base64 data: URI. */
export function dataUri(bytes: Uint8Array, mime: string): string {
	return `data:${mime};base64,${Buffer.from(bytes).toString('base64')}`;
}

/** True for references that need no file: data: URIs and fragment-only references (`#id`, SVG filters). */
function isSelfContained(ref: string): boolean {
	return /^(data:|#)/i.test(ref);
}

/**
 * The site path a reference from the page (or stylesheet) at `basePath` points to, without query or hash.
 * Throws InlineError for references that would leave the site (`https://…`, `//host/…`).
 */
export function resolveSitePath(ref: string, basePath: string): string {
	if (/^[a-z][a-z0-9+.-]*:/i.test(ref) || ref.startsWith('//')) {
		throw new InlineError(`${basePath} refers to ${ref}, which is not a file of the site`);
	}
	const url = new URL(ref, `http://site.invalid${basePath}`);
	return decodeURIComponent(url.pathname);
}

/** Inlines one reference as a data: URI, or throws InlineError naming it. */
export function inlineReference(ref: string, basePath: string, read: ReadSiteFile): string {
	if (isSelfContained(ref)) return ref;
	const sitePath = resolveSitePath(ref, basePath);
	const bytes = read(sitePath);
	if (!bytes) throw new InlineError(`${basePath} refers to ${ref}, but ${sitePath} is not in the built site`);
	return dataUri(bytes, mimeType(sitePath));
}

const CSS_URL = /url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"\s]*))\s*\)/g;

/**
 * Rewrites every `url(…)` of a stylesheet served at `cssPath` to a data: URI of the file it names.
 * `@import` is not followed (the built CSS has none); one is an error rather than a silent network fetch.
 */
export function inlineCssUrls(css: string, cssPath: string, read: ReadSiteFile): string {
	if (/@import\s/i.test(css)) throw new InlineError(`${cssPath} uses @import, which a single file cannot follow`);
	return css.replace(CSS_URL, (_match, dq: string | undefined, sq: string | undefined, bare: string | undefined) => {
		const ref = (dq ?? sq ?? bare ?? '').trim();
		return `url(${JSON.stringify(inlineReference(ref, cssPath, read))})`;
	});
}

/** Ranges of a CSS `unicode-range` value (`U+0000-00FF, U+0131, U+4??`), inclusive. */
export function parseUnicodeRange(value: string): Array<[number, number]> {
	const ranges: Array<[number, number]> = [];
	for (const part of value.split(',')) {
		const token = part.trim().replace(/^u\+/i, '');
		if (!token) continue;
		const [from, to] = token.split('-');
		if (from === undefined) continue;
		if (to !== undefined) {
			ranges.push([Number.parseInt(from, 16), Number.parseInt(to, 16)]);
		} else if (from.includes('?')) {
			ranges.push([Number.parseInt(from.replaceAll('?', '0'), 16), Number.parseInt(from.replaceAll('?', 'F'), 16)]);
		} else {
			const cp = Number.parseInt(from, 16);
			ranges.push([cp, cp]);
		}
	}
	return ranges.filter(([a, b]) => Number.isFinite(a) && Number.isFinite(b));
}

/** Every code point of `text`, plus printable ASCII (the speaker view and reveal.js's help print it). */
export function codePointsOf(text: string): Set<number> {
	const points = new Set<number>();
	for (let cp = 0x20; cp < 0x7f; cp++) points.add(cp);
	for (const ch of text) points.add(ch.codePointAt(0) ?? 0);
	return points;
}

function intersects(ranges: ReadonlyArray<[number, number]>, points: ReadonlySet<number>): boolean {
	for (const cp of points) {
		for (const [from, to] of ranges) if (cp >= from && cp <= to) return true;
	}
	return false;
}

/**
 * Leaves out the `@font-face` rules whose `unicode-range` covers none of `points`: the browser would
 * never download those files, so a single file need not carry them (Cyrillic, Greek, Vietnamese…).
 * Rules without a `unicode-range` are kept.
 */
export function dropUnusedFontFaces(css: string, points: ReadonlySet<number>): string {
	return css.replace(/@font-face\s*\{[^}]*\}/g, (rule) => {
		const range = /unicode-range\s*:\s*([^;}]*)/i.exec(rule)?.[1];
		if (range === undefined) return rule;
		return intersects(parseUnicodeRange(range), points) ? rule : '';
	});
}

/** Makes text safe inside `<style>…</style>`: `</style` would end the element early. */
export function escapeStyleText(css: string): string {
	return css.replace(/<\/(style)/gi, '<\\/$1');
}

/**
 * Makes a script safe inside an inline `<script>…</script>`: `</script` would end it early, and `<!--`
 * would switch the HTML parser into its "escaped" script states, where a later `<script` can swallow the
 * real end tag. Both only occur inside strings, regular expressions or comments, where `\/` and `\x21`
 * mean the same characters.
 */
export function escapeScriptText(js: string): string {
	return js.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\x21--');
}
