import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Node } from 'unist';
import { startOffset } from './context.ts';
import { isTakeawaysHeading } from './takeaways-heading.ts';
import type { ProseSentence } from './types.ts';

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

const SENTENCES = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Stand-ins for sentence punctuation inside inline code, so `if err != nil` or `Option::is_some_and()` never ends a sentence. */
const GUARDED: Readonly<Record<string, string>> = { '.': '\uE000', '!': '\uE001', '?': '\uE002' };
const UNGUARD = new Map(Object.entries(GUARDED).map(([k, v]) => [v, k]));

/** A paragraph's text with the punctuation inside its inline code guarded (see splitSentences). */
function guardedText(node: Node): string {
	if (node.type === 'inlineCode') return (node as unknown as { value: string }).value.replace(/[.!?]/g, (c) => GUARDED[c] ?? c);
	if (node.type === 'text') return (node as unknown as { value: string }).value;
	// Math is read out as its TeX, the way the author wrote it.
	if (node.type === 'inlineMath') return (node as unknown as { value: string }).value.replace(/[.!?]/g, (c) => GUARDED[c] ?? c);
	if (node.type === 'image' || node.type === 'html') return '';
	const children = (node as unknown as { children?: Node[] }).children;
	return children ? children.map(guardedText).join('') : '';
}

/**
 * The sentences of a paragraph's text, trimmed (ICU sentence breaks: `e.g.` and `3.5` stay whole).
 * Text from guardedText keeps inline code whole too; the guard characters are turned back here.
 */
export function splitSentences(text: string): string[] {
	return [...SENTENCES.segment(text)]
		.map((s) => s.segment.replace(/[\uE000-\uE002]/g, (c) => UNGUARD.get(c) ?? c).trim())
		.filter((s) => s !== '');
}

/** Sentences of a paragraph-like node (inline code kept whole). */
function nodeSentences(node: Node): string[] {
	return splitSentences(guardedText(node).replace(/\s+/g, ' ').trim());
}

/** Prose paragraphs of a block as nodes (same rules as proseOf). */
function proseNodes(block: RootContent): Node[] {
	if (block.type === 'paragraph') return paragraphText(block) === '' ? [] : [block];
	if (block.type === 'blockquote' || block.type === 'mdxJsxFlowElement') return block.children.flatMap((child) => proseNodes(child as RootContent));
	return [];
}

/** Paragraphs of a list's items (nested lists included). */
function listItemNodes(block: RootContent): Node[] {
	if (block.type !== 'list') return [];
	return block.children.flatMap((item) =>
		item.children.flatMap((child) => (child.type === 'list' ? listItemNodes(child) : proseNodes(child as RootContent))),
	);
}

/**
 * Every sentence of the article's prose in document order: paragraphs, quotes, MDX components and list
 * items, each under the id of the heading it sits below (`headingIds` maps a heading's start offset to
 * its id). Code, tables and raw HTML are not prose.
 */
export function proseSentences(tree: Root, headingIds: ReadonlyMap<number, string>): ProseSentence[] {
	const out: ProseSentence[] = [];
	let sectionId: string | null = null;
	let takeawaysSection = false;
	let paragraph = 0;
	for (const block of tree.children) {
		if (block.type === 'heading') {
			sectionId = headingIds.get(startOffset(block)) ?? sectionId;
			takeawaysSection = isTakeawaysHeading(paragraphText(block));
			continue;
		}
		const listItem = block.type === 'list';
		// A takeaways list is slide content (or replaced by frontmatter takeaways), not prose to read out.
		if (listItem && takeawaysSection) continue;
		for (const node of listItem ? listItemNodes(block) : proseNodes(block)) {
			paragraph++;
			for (const sentence of nodeSentences(node)) out.push({ text: sentence, sectionId, paragraph, listItem });
		}
	}
	return out;
}
