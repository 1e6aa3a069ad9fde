import { withBase } from '../site/paths.ts';

/** Schemes a link in a deck may use; anything else (e.g. `javascript:`) is replaced by `#`. */
const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:']);

/**
 * Resolves a site path (`/articles/x/`) under the site's base against the site origin so links still work
 * from the exported PDF; absolute http(s)/mailto URLs and in-page `#anchors` pass through, unsafe schemes
 * become `#`. With no site origin (none configured) site paths stay relative: a deck never invents an address.
 */
export function resolveHref(href: string, siteOrigin: string | null, base = '/'): string {
	const trimmed = withBase(href.trim(), base);
	if (trimmed.startsWith('#')) return trimmed;
	const relative = trimmed.startsWith('/') && !trimmed.startsWith('//');
	if (siteOrigin === null && relative) return trimmed;
	let url: URL;
	try {
		url = new URL(trimmed, siteOrigin ?? undefined);
	} catch {
		// No usable origin: keep a site-relative path rather than failing the build over a link.
		return relative ? trimmed : '#';
	}
	return SAFE_SCHEMES.has(url.protocol) ? url.href : '#';
}

/** The article's full address when a site URL is configured, else `null` (nothing is shown). */
export function publicUrl(href: string, siteOrigin: string | null, base = '/'): string | null {
	if (siteOrigin === null) return null;
	const url = resolveHref(href, siteOrigin, base);
	return /^https?:\/\//.test(url) ? url : null;
}

/** How a URL is shown as text on a slide: without the scheme, which nobody reads out or types. */
export function displayUrl(href: string): string {
	return href.replace(/^https?:\/\//, '');
}
