import type { Code, ListItem, Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { collectHeadings } from '../article/headings.ts';
import { isTomlBlock } from '../extract/cargo.ts';
import { fenceTitle } from '../extract/fence-meta.ts';
import { cargoKindFromKeys, cargoKindFromTitle } from '../extract/cargo-kind.ts';
import { parse as parseToml } from 'smol-toml';
import { isTakeawaysHeading, listUnderHeading } from '../extract/takeaways.ts';
import type { ContentWarning } from './types.ts';
import { warningAt } from './types.ts';

/**
 * What fits one line of a 1280×720 slide at the 24 px readability floor (src/styles/deck/base.css:
 * 72 px padding each side leaves 1136 px). Prose is Inter, about 0.55 em a character on average, so a
 * word longer than 1136 / (24 × 0.55) ≈ 86 characters cannot wrap and forces the slide below the floor.
 */
export const MAX_WORD_CHARS = 86;

/**
 * Code is set at exactly the floor (src/styles/deck/code.css: 0.8 em of 30 px) and never wraps: the client
 * shrinks the whole block instead. Measured in Chromium on the built deck, JetBrains Mono at 24 px takes
 * 13.8 px a column and the code box is 1134 px wide, so with the line-number gutter about 78 columns fit;
 * 76 leaves a margin. (A 93-column line of why-rust-is-growing-fast's Cargo.toml renders at 18.8 px.)
 */
export const MAX_CODE_COLUMNS = 76;

/** Whether a TOML block becomes a Cargo slide: named like a Cargo file, or with Cargo's keys (as the deck extractor decides). */
function becomesSlide(node: Code): boolean {
	if (cargoKindFromTitle(fenceTitle(node.meta))) return true;
	try {
		return cargoKindFromKeys(parseToml(node.value)) !== null;
	} catch {
		return false;
	}
}

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

/** A warning per code line too long for a slide, at that line. */
function codeWarnings(node: Code, file: string): ContentWarning[] {
	const first = (node.position?.start.line ?? 1) + 1;
	return node.value.split('\n').flatMap((line, i) => {
		const columns = [...line.replace(/\t/g, '    ')].length;
		if (columns <= MAX_CODE_COLUMNS) return [];
		return [warningAt(`code line of ${columns} columns is wider than a slide at 24 px (${MAX_CODE_COLUMNS} fit); break the line`, file, { line: first + i, column: MAX_CODE_COLUMNS + 1 })];
	});
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
 * only in the browser console: in an article, words in its takeaways and tables and lines of the Cargo
 * configs that become slides, and takeaways with nested lists or code (left out of the slide); in a
 * talk, every word and code line of its hand-written slides.
 */
export function slideFitWarnings(tree: Root, file: string, article: boolean): ContentWarning[] {
	const warnings: ContentWarning[] = [];
	if (!article) {
		visit(tree, (node) => {
			if (node.type === 'code') warnings.push(...codeWarnings(node, file));
			else if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') warnings.push(...wordWarnings(node, file, 'on a slide'));
		});
		return warnings;
	}
	const takeaways = collectHeadings(tree).find((heading) => isTakeawaysHeading(heading.text) && listUnderHeading(tree, heading));
	const list = takeaways ? listUnderHeading(tree, takeaways) : null;
	for (const item of list?.children ?? []) {
		warnings.push(...droppedFromTakeaway(item, file));
		for (const child of item.children) if (child.type === 'paragraph') warnings.push(...wordWarnings(child, file, 'in a takeaway'));
	}
	visit(tree, (node) => {
		if (node.type === 'tableCell') warnings.push(...wordWarnings(node, file, 'in a table cell'));
		else if (node.type === 'code' && isTomlBlock(node) && becomesSlide(node)) warnings.push(...codeWarnings(node, file));
	});
	return warnings;
}
