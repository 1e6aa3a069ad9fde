import GithubSlugger from 'github-slugger';
import type { Heading, Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
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
export function slugSourceText(node: Nodes): string {
	switch (node.type) {
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
			return 'children' in node ? node.children.map((child) => slugSourceText(child as Nodes)).join('') : toString(node);
	}
}

/** Plain text of a heading as written (no smart punctuation), for labels. */
export function headingText(node: Heading): string {
	return toString(node, { includeImageAlt: false, includeHtml: false }).replace(/\s+/g, ' ').trim();
}

/**
 * Every heading of the document in order with the id the site renders:
 * one GithubSlugger per document, so repeated headings get `-1`, `-2`, ….
 */
export function collectHeadings(tree: Root): HeadingEntry[] {
	const slugger = new GithubSlugger();
	const entries: HeadingEntry[] = [];
	visit(tree, 'heading', (node) => {
		entries.push({ depth: node.depth, text: headingText(node), id: slugger.slug(slugSourceText(node)), node });
	});
	return entries;
}

/** Strips the mdast nodes from heading entries for the extraction contract. */
export function toHeadingInfo(entries: readonly HeadingEntry[]): HeadingInfo[] {
	return entries.map(({ depth, text, id }) => ({ depth, text, id }));
}
