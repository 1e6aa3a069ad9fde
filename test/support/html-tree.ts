import { fromHtml } from 'hast-util-from-html';
import type { Nodes } from 'hast';

/** A page as a tree to compare: `[tag, attributes, ...children]`, text with its whitespace collapsed. */
export type Comparable = string | [string, Record<string, unknown>, ...Comparable[]];

/**
 * A page reduced to what a reader and a browser see of it, so two renderings can be compared: elements with
 * their attributes (sorted, class lists and styles as text), text with whitespace collapsed and adjacent
 * pieces joined; comments and whitespace between elements left out. How each serialiser escapes characters
 * (`&gt;` or `>`, `&amp;` or `&#x26;`) and quotes attributes is gone once the HTML is parsed.
 */
export function comparableHtml(html: string): Comparable[] {
	const walk = (node: Nodes): Comparable | Comparable[] | null => {
		if (node.type === 'text') {
			const text = node.value.replace(/\s+/g, ' ');
			return text.trim() === '' ? null : text;
		}
		if (node.type !== 'element' && node.type !== 'root') return null;
		const children: Comparable[] = [];
		for (const child of node.children) {
			const c = walk(child as Nodes);
			if (c === null) continue;
			const last = children.at(-1);
			if (typeof c === 'string' && typeof last === 'string') children[children.length - 1] = last + c;
			else children.push(c as Comparable);
		}
		if (node.type === 'root') return children;
		const attributes = Object.fromEntries(
			Object.entries(node.properties ?? {})
				.map(([name, value]) => [name, Array.isArray(value) ? value.join(' ') : typeof value === 'string' ? value.replace(/\s*;\s*$/, '').replace(/\s+/g, ' ') : value])
				.sort(([a], [b]) => String(a).localeCompare(String(b))),
		);
		return [node.tagName, attributes, ...children];
	};
	return walk(fromHtml(html)) as Comparable[];
}

/** Where two comparable trees first differ, as `path: a vs b`, or `null` when they are the same. */
export function firstDifference(a: unknown, b: unknown, path = ''): string | null {
	if (JSON.stringify(a) === JSON.stringify(b)) return null;
	if (Array.isArray(a) && Array.isArray(b)) {
		for (let i = 0; i < Math.max(a.length, b.length); i++) {
			const found = firstDifference(a[i], b[i], `${path}/${Array.isArray(a[i]) ? String(a[i][0]) : i}`);
			if (found) return found;
		}
	}
	return `${path}: ${JSON.stringify(a)?.slice(0, 240)} vs ${JSON.stringify(b)?.slice(0, 240)}`;
}
