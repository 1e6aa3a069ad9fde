/** Small readers of hast elements that the site's Markdown plugins share. */
import type { Element } from 'hast';

/** Class names of an element, whichever way the processor spelled the property (`className` or `class`). */
export function classesOf(node: Element): string[] {
	const value = node.properties?.['className'] ?? node.properties?.['class'];
	if (Array.isArray(value)) return value.map(String);
	return typeof value === 'string' ? value.split(/\s+/) : [];
}

/** Language of a code block: shiki's `data-language`, or the `language-*` class of its `<code>` when not highlighted. */
export function codeLanguage(pre: Element): string | null {
	const highlighted = pre.properties?.['dataLanguage'];
	if (typeof highlighted === 'string') return highlighted;
	const code = pre.children.find((c): c is Element => c.type === 'element' && c.tagName === 'code');
	const classes = code?.properties?.['className'];
	const match = Array.isArray(classes) ? classes.find((c) => String(c).startsWith('language-')) : undefined;
	return match ? String(match).slice('language-'.length) : null;
}
