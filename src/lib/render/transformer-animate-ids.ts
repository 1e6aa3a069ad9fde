import type { ShikiTransformer } from 'shiki';
import { toString } from 'hast-util-to-string';

/** Options for `transformerAnimateIds`. */
export interface AnimateIdsOptions {
	/** The pair's id, the same on both slides, so only its own two code blocks match. */
	pairId: string;
}

/** A short stable hash of a line's text (FNV-1a, 32 bit, base 36). */
export function lineKey(text: string): string {
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return hash.toString(36);
}

/**
 * Gives the `<pre>` and every non-blank line a `data-id` for reveal.js auto-animate. reveal 6 pairs
 * elements across two `data-auto-animate` slides by equal `data-id` (its own line matching only knows
 * highlight.js's `.hljs-ln-code` markup), so a line's id is its trimmed text: lines both halves share
 * glide to their new place, changed lines fade in. Repeated lines (`}`) pair up in order, as reveal does.
 */
export function transformerAnimateIds({ pairId }: AnimateIdsOptions): ShikiTransformer {
	return {
		name: 'talkbook:deck-animate-ids',
		pre(pre) {
			pre.properties['dataId'] = `${pairId}-code`;
		},
		line(line) {
			const text = toString(line).trim();
			if (text !== '') line.properties['dataId'] = `${pairId}-${lineKey(text)}`;
		},
	};
}
