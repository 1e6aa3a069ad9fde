import type { Element } from 'hast';
import type { HastPluginEntry, HastVisitorContext } from 'satteri';
import { pageDiagramHtml } from '../diagram/page.ts';

const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];

/** The language class of a `<pre>`'s `<code>` (`language-mermaid` → `mermaid`), or `null`. */
function fenceLanguage(pre: Element): string | null {
	const code = pre.children.find((c): c is Element => c.type === 'element' && c.tagName === 'code');
	const classes = code?.properties?.['className'];
	const found = Array.isArray(classes) ? classes.map(String).find((c) => c.startsWith('language-')) : undefined;
	return found ? found.slice('language-'.length) : null;
}

/**
 * Sätteri hast plugin (run by the remark pipeline too, through markdown/hast-adapter.ts) that turns what an
 * article holds besides prose into what the page shows, at build time: each ```mermaid fence into its
 * drawing (diagram/page.ts). It runs last, after sanitising and the slide links: what it adds is the site's
 * own markup (as raw HTML, which the sanitiser has already passed).
 */
export function contentHastPlugin(): HastPluginEntry {
	return () => {
		let diagrams = 0;
		let section: string | null = null;
		return {
			name: 'talkbook:content',
			element: {
				filter: [...HEADINGS, 'pre'],
				visit(node: Element, ctx: HastVisitorContext) {
					if (HEADINGS.includes(node.tagName)) {
						section = ctx.textContent(node);
						return;
					}
					if (fenceLanguage(node) !== 'mermaid') return;
					diagrams += 1;
					ctx.replaceNode(node, { type: 'raw', value: pageDiagramHtml(ctx.textContent(node).replace(/\n$/, ''), diagrams, section) });
				},
			},
		};
	};
}
