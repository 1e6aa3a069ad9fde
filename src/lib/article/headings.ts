import GithubSlugger from 'github-slugger';
import type { Heading, Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { nodesOfType } from './tree-index.ts';
import type { HeadingInfo } from '../extract/types.ts';

/** A heading with its id and the mdast node it came from. */
export interface HeadingEntry extends HeadingInfo {
	node: Heading;
}

/**
 * Applies CommonMark smart-dash rules to a run of hyphens, as the site's smart punctuation does:
 * `--` → en dash, `---` → em dash, longer runs split homogeneously when possible.
 */
export function smartDashes(text: string): string {
	return text.replace(/-{2,}/g, (run) => {
		const n = run.length;
		let em = 0;
		let en = 0;
		if (n % 3 === 0) em = n / 3;
		else if (n % 2 === 0) en = n / 2;
		else if (n % 3 === 2) {
			em = (n - 2) / 3;
			en = 1;
		} else {
			em = (n - 4) / 3;
			en = 2;
		}
		return '\u2014'.repeat(em) + '\u2013'.repeat(en);
	});
}

/**
 * Text of a node as the site's processor sees it before slugging: smart dashes in prose (not in code),
 * image alt text left out, and raw HTML reduced to its text content.
 */
export function slugSourceText(node: Nodes, footnotes: ReadonlyMap<string, number> = new Map()): string {
	switch (node.type) {
		// The page shows a footnote reference as its number (`<sup>1</sup>`), and that number is in the id.
		case 'footnoteReference':
			return String(footnotes.get(node.identifier) ?? '');
		case 'text':
			return smartDashes(node.value);
		case 'inlineCode':
			return node.value;
		case 'html':
			return node.value.replace(/<[^>]*>/g, '');
		case 'image':
		case 'imageReference':
			return '';
		default:
			return 'children' in node ? node.children.map((child) => slugSourceText(child as Nodes, footnotes)).join('') : toString(node);
	}
}

/** Plain text of a heading as written (no smart punctuation), for labels. */
export function headingText(node: Heading): string {
	return toString(node, { includeImageAlt: false, includeHtml: false }).replace(/\s+/g, ' ').trim();
}

/**
 * The number the page shows for each footnote: GFM numbers footnotes in the order they are first
 * referenced, and a reference without a definition stays literal text (`[^x]`), which has no number.
 */
export function footnoteNumbers(tree: Root): Map<string, number> {
	const defined = new Set<string>();
	const referenced: string[] = [];
	// One walk for both: a definition may come after its first reference.
	for (const { node } of nodesOfType(tree, 'footnoteDefinition', 'footnoteReference')) {
		if (node.type === 'footnoteDefinition') defined.add(node.identifier);
		else referenced.push(node.identifier);
	}
	const numbers = new Map<string, number>();
	for (const id of referenced) if (defined.has(id) && !numbers.has(id)) numbers.set(id, numbers.size + 1);
	return numbers;
}

/** Headings already collected per tree: the check, the extraction and several checks ask for the same tree's. */
const headingsOf = new WeakMap<Root, readonly HeadingEntry[]>();

/**
 * Every heading of the document in order with the id the site renders:
 * one GithubSlugger per document, so repeated headings get `-1`, `-2`, ….
 */
export function collectHeadings(tree: Root): HeadingEntry[] {
	const known = headingsOf.get(tree);
	if (known) return [...known];
	const slugger = new GithubSlugger();
	const footnotes = footnoteNumbers(tree);
	const entries: HeadingEntry[] = [];
	for (const { node } of nodesOfType(tree, 'heading')) {
		entries.push({ depth: node.depth, text: headingText(node), id: slugger.slug(slugSourceText(node, footnotes)), node });
	}
	headingsOf.set(tree, entries);
	return [...entries];
}

/** Strips the mdast nodes from heading entries for the extraction contract. */
export function toHeadingInfo(entries: readonly HeadingEntry[]): HeadingInfo[] {
	return entries.map(({ depth, text, id }) => ({ depth, text, id }));
}
