/**
 * The text a deck's slides show, read from the deck model (not its rendered HTML, which the content check
 * has not made yet): every string of a slide but its id, links, kinds and settings, with inline HTML
 * reduced to its text. Speaker notes are left out (they are not on a slide). A little more than the
 * slides show is fine: it is only searched for characters no bundled font has.
 */
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import type { Slide } from '../deck/model.ts';

/** Fields that are not shown: identifiers, addresses, settings. */
const HIDDEN = new Set(['id', 'kind', 'notes', 'href', 'article', 'lang', 'shape', 'align', 'meta', 'table', 'date', 'steps', 'pair']);

function collect(value: unknown, out: string[]): void {
	if (typeof value === 'string') out.push(/[<&]/.test(value) ? toString(fromHtml(value, { fragment: true })) : value);
	else if (Array.isArray(value)) for (const item of value) collect(item, out);
	else if (value && typeof value === 'object') {
		for (const [key, item] of Object.entries(value)) if (!HIDDEN.has(key)) collect(item, out);
	}
}

/** The text one slide shows, as one string. */
export function slideText(slide: Slide): string {
	const out: string[] = [];
	collect(slide, out);
	return out.join('\n');
}
