import type { ListItem, Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { nodesOfType } from '../article/tree-index.ts';
import { collectHeadings } from '../article/headings.ts';
import { listUnderHeading } from '../extract/takeaways.ts';
import { isTakeawaysHeading } from '../extract/takeaways-heading.ts';
import type { ContentWarning } from './types.ts';
import { warningAt } from './types.ts';

/**
 * What fits one line of a 1280×720 slide at the 24 px readability floor (src/styles/deck/base.css:
 * 72 px padding each side leaves 1136 px). Prose in the system sans-serif averages about 0.55 em a character, so a
 * word longer than 1136 / (24 × 0.55) ≈ 86 characters cannot wrap and forces the slide below the floor.
 */
export const MAX_WORD_CHARS = 86;

/** Words of a text too long to wrap on a slide. */
function longWords(text: string): string[] {
	return text.split(/\s+/).filter((word) => [...word].length > MAX_WORD_CHARS);
}

/** A warning per over-long word in a node's text, at the node. */
function wordWarnings(node: Nodes, file: string, where: string): ContentWarning[] {
	const start = node.position?.start ?? { line: 1, column: 1 };
	return longWords(toString(node)).map((word) =>
		warningAt(`${where}: the word "${word.slice(0, 40)}…" (${[...word].length} characters) cannot wrap and would shrink the slide below 24 px; shorten it or break it up`, file, start),
	);
}

/** What a takeaway item holds that its slide leaves out: nested lists and code blocks. */
function droppedFromTakeaway(item: ListItem, file: string): ContentWarning[] {
	return item.children
		.filter((child) => child.type === 'list' || child.type === 'code')
		.map((child) => {
			const what = child.type === 'list' ? 'a nested list' : 'a code block';
			return warningAt(`takeaway holds ${what}, which its slide leaves out (a takeaway is one line of text); make it takeaways of its own or move it to the body`, file, child.position?.start ?? { line: 1, column: 1 });
		});
}

/**
 * What cannot fit a slide at the readability floor, named at build as `file:line` warnings rather than
 * only in the browser console: in an article, words in its takeaways and tables, and takeaways with
 * nested lists or code (left out of the slide); in a talk, every word of its hand-written slides.
 * Code lines are not among them: every code slide wraps a long line (with a continuation mark) instead
 * of shrinking it (src/lib/deck/code-layout.ts, src/styles/deck/code-slides.css).
 */
export function slideFitWarnings(tree: Root, file: string, article: boolean): ContentWarning[] {
	const warnings: ContentWarning[] = [];
	if (!article) {
		for (const { node } of nodesOfType(tree, 'paragraph', 'heading', 'tableCell')) warnings.push(...wordWarnings(node, file, 'on a slide'));
		return warnings;
	}
	const takeaways = collectHeadings(tree).find((heading) => isTakeawaysHeading(heading.text) && listUnderHeading(tree, heading));
	const list = takeaways ? listUnderHeading(tree, takeaways) : null;
	for (const item of list?.children ?? []) {
		warnings.push(...droppedFromTakeaway(item, file));
		for (const child of item.children) if (child.type === 'paragraph') warnings.push(...wordWarnings(child, file, 'in a takeaway'));
	}
	for (const { node } of nodesOfType(tree, 'tableCell')) warnings.push(...wordWarnings(node, file, 'in a table cell'));
	return warnings;
}
