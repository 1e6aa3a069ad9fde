import type { InlineCode, ListItem, Root, RootContent } from 'mdast';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';
import { NOTES_AFTER, NOTES_BEFORE, paragraphText, proseOf, sectionRange, topLevelIndex } from './notes.ts';

/** A sentence of the article kept for a code slide's notes, with the inline-code terms it names. */
export interface NoteSentence {
	text: string;
	/** Inline code the sentence contains (`std::fs::read_to_string`), to tell which code it talks about. */
	terms: string[];
	/** Where it sits relative to the code: prose before it, a related list item, or prose after it. */
	place: 'before' | 'list' | 'after';
	/** Ordinal of the paragraph or list item the sentence comes from, so sentences can be put back together. */
	group: number;
}

/** Splits prose into sentences at `.`, `!` or `?` followed by a space and a capital, quote or code. */
export function sentences(text: string): string[] {
	return text
		.split(/(?<=[.!?…])\s+(?=[A-Z0-9`“"‘(])/u)
		.map((s) => s.trim())
		.filter((s) => s !== '');
}

/** The inline code values in a node, longest first so `tokio::fs` is tried before `tokio`. */
function inlineCodeOf(node: Node): string[] {
	const terms: string[] = [];
	visit(node, 'inlineCode', (code: InlineCode) => {
		if (code.value.trim().length >= 3) terms.push(code.value.trim());
	});
	return [...new Set(terms)];
}

/** Sentences of a text block, each with the given terms it contains. */
function toSentences(text: string, terms: readonly string[], place: NoteSentence['place'], group = 0): NoteSentence[] {
	return sentences(text).map((s) => ({ text: s, terms: terms.filter((term) => s.includes(term)), place, group }));
}

/** Sentences joined back into their paragraphs, in order. */
export function paragraphsOf(notes: readonly NoteSentence[]): string[] {
	const out: { group: number; text: string }[] = [];
	for (const note of notes) {
		const last = out.at(-1);
		if (last && last.group === note.group) last.text = `${last.text} ${note.text}`;
		else out.push({ group: note.group, text: note.text });
	}
	return out.map((p) => p.text);
}

/**
 * Whether a code block talks about an inline-code term: the code contains it, or (for a path such as
 * `std::fs::read_to_string`) its parent path `std::fs`, as an identifier and not inside a longer one.
 */
export function codeMentions(code: string, term: string): boolean {
	const bare = term.replace(/\(\)$/, '');
	const candidates = [bare];
	const segments = bare.split('::');
	if (segments.length >= 3) candidates.push(segments.slice(0, -1).join('::'));
	return candidates.some((candidate) => {
		const escaped = candidate.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
		return new RegExp(`(?<![\\w:])${escaped}(?![\\w])`).test(code);
	});
}

/** Paragraph sentences of the section's top-level blocks from `from` stepping by `step`, at most `max` paragraphs. */
function proseNear(tree: Root, index: number, step: 1 | -1, max: number): string[] {
	const [start, end] = sectionRange(tree, index);
	const found: string[] = [];
	for (let i = index + step; i >= start && i < end && found.length < max; i += step) {
		const block = tree.children[i];
		if (!block) continue;
		// Another code block or a table ends the search: the prose past it is that item's own.
		if (block.type === 'code' || block.type === 'table') break;
		const prose = proseOf(block);
		if (step < 0) found.unshift(...prose.slice(-(max - found.length)));
		else found.push(...prose.slice(0, max - found.length));
	}
	return found;
}

/** List items of the section before `index` that name something the code contains, as sentences. */
function relatedListItems(tree: Root, index: number, codes: readonly string[]): NoteSentence[] {
	const [start] = sectionRange(tree, index);
	const items: NoteSentence[] = [];
	for (const block of tree.children.slice(start, index) as RootContent[]) {
		if (block.type !== 'list') continue;
		for (const item of block.children as ListItem[]) {
			const terms = inlineCodeOf(item).filter((term) => codes.some((code) => codeMentions(code, term)));
			if (terms.length > 0) items.push(...toSentences(paragraphText(item), inlineCodeOf(item), 'list', items.length));
		}
	}
	return items;
}

/** Inline code terms of the paragraphs of the blocks around `index`, so prose sentences carry their terms too. */
function sectionTerms(tree: Root, index: number): string[] {
	const [start, end] = sectionRange(tree, index);
	return [...new Set(tree.children.slice(start, end).flatMap((block) => inlineCodeOf(block)))];
}

/**
 * The article sentences for a code block, in document order: up to NOTES_BEFORE prose paragraphs right
 * before it, the section's list items that name something in `codes` (the block, or both halves of a
 * pair), and up to NOTES_AFTER paragraphs right after it. Prose past another code block or a table is not taken.
 */
export function codeNoteSentences(tree: Root, node: Node, codes: readonly string[]): NoteSentence[] {
	const index = topLevelIndex(tree, node);
	if (index < 0) return [];
	const terms = sectionTerms(tree, index);
	let group = 0;
	const before = proseNear(tree, index, -1, NOTES_BEFORE).flatMap((p) => toSentences(p, terms, 'before', group++));
	const list = relatedListItems(tree, index, codes).map((note) => ({ ...note, group: group + note.group }));
	group += list.length;
	const after = proseNear(tree, index, 1, NOTES_AFTER).flatMap((p) => toSentences(p, terms, 'after', group++));
	return [...before, ...list, ...after];
}

/**
 * Splits a pair's sentences between its halves: a sentence naming code only the before half has goes
 * to it, one naming code only the after half has goes to that; any other sentence follows the one
 * before it, and prose after the block defaults to the after half, the rest to the before half.
 */
export function assignToHalves(notes: readonly NoteSentence[], before: string, after: string): [string[], string[]] {
	const halves: [string[], string[]] = [[], []];
	let previous: 0 | 1 | null = null;
	for (const note of notes) {
		const inBefore = note.terms.some((term) => codeMentions(before, term));
		const inAfter = note.terms.some((term) => codeMentions(after, term));
		const side: 0 | 1 = inBefore && !inAfter ? 0 : inAfter && !inBefore ? 1 : (previous ?? (note.place === 'after' ? 1 : 0));
		halves[side].push(note.text);
		previous = side;
	}
	return halves;
}
