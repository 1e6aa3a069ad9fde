import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Node } from 'unist';
import { startOffset } from './context.ts';

/** How many prose paragraphs before and after an item become its speaker notes. */
export const NOTES_BEFORE = 2;
/** See NOTES_BEFORE. */
export const NOTES_AFTER = 1;

/** Plain text of a paragraph on one line; empty for paragraphs that are only an image or markup. */
export function paragraphText(node: Node): string {
	return toString(node, { includeImageAlt: false, includeHtml: false }).replace(/\s+/g, ' ').trim();
}

/**
 * The prose paragraphs of a top-level block, in order. Paragraphs inside quotes and MDX components
 * count as prose; code, tables, lists, raw HTML and expressions do not.
 */
export function proseOf(block: RootContent): string[] {
	if (block.type === 'paragraph') {
		const text = paragraphText(block);
		return text === '' ? [] : [text];
	}
	if (block.type === 'blockquote' || block.type === 'mdxJsxFlowElement') {
		return block.children.flatMap((child) => proseOf(child as RootContent));
	}
	return [];
}

/** Index of the top-level block that contains the node (the node itself when it is top-level). */
export function topLevelIndex(tree: Root, node: Node): number {
	const at = startOffset(node);
	const end = node.position?.end.offset ?? at;
	return tree.children.findIndex(
		(child) => startOffset(child) <= at && (child.position?.end.offset ?? Number.POSITIVE_INFINITY) >= end,
	);
}

/** Top-level index range `[start, end)` of the section around a top-level index: between the nearest headings. */
export function sectionRange(tree: Root, index: number): [number, number] {
	let start = index;
	while (start > 0 && tree.children[start - 1]?.type !== 'heading') start--;
	let end = index + 1;
	while (end < tree.children.length && tree.children[end]?.type !== 'heading') end++;
	return [start, end];
}

/**
 * Speaker notes for an item: the prose paragraphs of its section right before it (up to NOTES_BEFORE)
 * and right after it (up to NOTES_AFTER), in document order, skipping code, tables and lists.
 * Both directions scan to the section's edges, so the result is empty only when the section has no prose.
 */
export function notesAround(tree: Root, item: Node): string[] {
	const index = topLevelIndex(tree, item);
	if (index < 0) return [];
	const [start, end] = sectionRange(tree, index);
	const before: string[] = [];
	for (let i = index - 1; i >= start && before.length < NOTES_BEFORE; i--) {
		const block = tree.children[i];
		if (block) before.unshift(...proseOf(block).slice(-(NOTES_BEFORE - before.length)));
	}
	const after: string[] = [];
	for (let i = index + 1; i < end && after.length < NOTES_AFTER; i++) {
		const block = tree.children[i];
		if (block) after.push(...proseOf(block).slice(0, NOTES_AFTER - after.length));
	}
	return [...before, ...after];
}
