import type { Element } from 'hast';
import { isRoute, normalizeBase, withBase } from '../site/paths.ts';

/** The attribute of each element that names a site path when the author writes one (`/articles/x/`, `/images/y.png`). */
const URL_ATTRIBUTES: Record<string, string> = { a: 'href', img: 'src', source: 'src', video: 'src', audio: 'src' };

/** Elements whose URLs an author may write as site routes. */
export const ROUTED_ELEMENTS = Object.keys(URL_ATTRIBUTES);

/**
 * The new value of an author's link or image when the site is served under a base: the route the author
 * wrote (and the content check verified) with the base in front; null when nothing changes (no base, an
 * external or `#` link). Authors always write routes, so articles stay the same wherever the site goes.
 */
export function rebasedUrl(node: Element, base: string): { name: string; value: string } | null {
	const name = URL_ATTRIBUTES[node.tagName];
	const value = name ? node.properties?.[name] : undefined;
	if (!name || typeof value !== 'string' || normalizeBase(base) === '/' || !isRoute(value)) return null;
	return { name, value: withBase(value, base) };
}
