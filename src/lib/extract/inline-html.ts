import type { Nodes, PhrasingContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { InlineHtml } from './types.ts';
import { escapeHtml } from '../html/escape.ts';
import { texOrCode } from '../math/render.ts';

/** Only links that cannot run script survive: http(s), mailto, and relative or fragment URLs. */
export function safeHref(url: string): string | null {
	const trimmed = url.trim();
	const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(trimmed)?.[1]?.toLowerCase();
	if (scheme === undefined || scheme === 'http' || scheme === 'https' || scheme === 'mailto') return trimmed;
	return null;
}

/** Wraps rendered children in a phrasing element. */
function wrap(tag: string, children: readonly Nodes[]): string {
	return `<${tag}>${renderInline(children)}</${tag}>`;
}

/** Renders one phrasing node; anything not in the safe set keeps only its text. */
function renderNode(node: Nodes): string {
	switch (node.type) {
		case 'text':
			return escapeHtml(node.value);
		case 'inlineCode':
			return `<code>${escapeHtml(node.value)}</code>`;
		case 'inlineMath':
			return texOrCode(node.value, false);
		case 'strong':
			return wrap('strong', node.children);
		case 'emphasis':
			return wrap('em', node.children);
		case 'delete':
			return wrap('del', node.children);
		case 'break':
			return '<br>';
		case 'link': {
			const href = safeHref(node.url);
			const inner = renderInline(node.children);
			return href === null ? inner : `<a href="${escapeHtml(href)}">${inner}</a>`;
		}
		case 'image':
			return escapeHtml(node.alt ?? '');
		// Raw HTML, MDX expressions and footnote markers have no safe inline rendering; drop them.
		case 'html':
		case 'mdxTextExpression':
		case 'footnoteReference':
			return '';
		default:
			return 'children' in node ? renderInline(node.children as Nodes[]) : escapeHtml(toString(node));
	}
}

/** Renders phrasing content (a table cell, a list item's paragraph) to safe inline HTML. */
export function renderInline(nodes: readonly (Nodes | PhrasingContent)[]): InlineHtml {
	return nodes.map((node) => renderNode(node as Nodes)).join('');
}
