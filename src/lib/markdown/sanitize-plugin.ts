import type { Element, Root } from 'hast';
import type { HastPluginEntry } from 'satteri';
import { sanitizeIfNeeded } from '../html/sanitize.ts';
import type { KeepElement } from '../html/sanitize.ts';

/** Elements whose URLs Markdown itself writes (links and images): the only generated markup sanitising can change. */
const URL_ELEMENTS = ['a', 'img'];

/**
 * Sätteri hast plugin that sanitises a Markdown document the way GitHub does (src/lib/html/sanitize.ts),
 * leaving alone what `keep` matches (the highlighted code, which the highlighter made before this runs).
 * Reading the processor's tree from JavaScript is what costs, so it is read only where needed: links and
 * images (filtered by the processor) are sanitised one by one, and the whole tree is read, parsed and
 * sanitised only when the document holds raw HTML. MDX documents are code the author runs and are skipped.
 */
export function sanitizeHastPlugin(keep: KeepElement): HastPluginEntry {
	return (factory) => {
		if (factory.sourceFormat === 'mdx') return null;
		let hasRaw = false;
		return {
			name: 'talkbook:sanitize',
			raw() {
				hasRaw = true;
			},
			element: {
				filter: URL_ELEMENTS,
				visit(node: Element, ctx) {
					const clean = sanitizeIfNeeded({ type: 'root', children: [node] });
					if (clean) ctx.replaceNode(node, clean.children as Element[]);
				},
			},
			after(root, ctx) {
				if (!hasRaw) return;
				const clean = sanitizeIfNeeded(root as Root, keep);
				if (clean) ctx.replaceNode(root, clean);
			},
		};
	};
}
