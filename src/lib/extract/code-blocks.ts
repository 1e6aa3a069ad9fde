import type { Code, Parent, RootContent } from 'mdast';
import { parse as parseToml } from 'smol-toml';
import { nodesOfType } from '../article/tree-index.ts';
import { TalkbookError } from '../errors.ts';
import { readFenceMeta } from './cargo.ts';
import { cargoKindFromKeys, cargoKindFromTitle } from './cargo-kind.ts';
import { codeItems } from './code-items.ts';
import { isDiagramFence } from './diagrams.ts';
import { assignToHalves, codeNoteSentences, paragraphsOf } from './code-notes.ts';
import { isPair, labelText, pairLabel, splitPairComments } from './code-pairs.ts';
import { sourceRefFor, startPoint } from './context.ts';
import type { ArticleContext } from './context.ts';
import type { CodeBlock, CodePairHalf } from './types.ts';

/** Whether a code block is a Cargo manifest or config, which has slides of its own (cargo, stack). */
export function isCargoCode(lang: string | null | undefined, code: string, title: string | null): boolean {
	if (lang?.toLowerCase() !== 'toml') return false;
	if (cargoKindFromTitle(title)) return true;
	try {
		return cargoKindFromKeys(parseToml(code)) !== null;
	} catch {
		// Invalid TOML is reported with its position by the Cargo extractor.
		return false;
	}
}

/** A code node with the parent it sits in, in document order. */
interface Located {
	node: Code;
	parent: Parent;
}

/** Whether only paragraphs lie between two siblings: the prose that introduces the second half of a pair. */
function onlyProseBetween(parent: Parent, a: Code, b: Code): boolean {
	const from = parent.children.indexOf(a as RootContent);
	const to = parent.children.indexOf(b as RootContent);
	return from >= 0 && to > from && parent.children.slice(from + 1, to).every((child) => child.type === 'paragraph');
}

/** Number of lines of a block (a fence's trailing newline is not a line). */
function lineCount(code: string): number {
	return code.replace(/\r\n?/g, '\n').replace(/\n+$/, '').split('\n').length;
}

/** Lines `from..to` of the code. */
function sliceLines(code: string, from: number, to: number): string {
	return code.replace(/\r\n?/g, '\n').split('\n').slice(from - 1, to).join('\n');
}

/** The `{…}` steps of a fence, checked against the code's length. */
function fenceSteps(node: Code, file: string): { title: string | null; steps: number[][] | null } {
	const meta = readFenceMeta(node, file);
	const beyond = meta.steps?.flat().find((line) => line > lineCount(node.value));
	if (beyond !== undefined) {
		throw new TalkbookError(`step spec names line ${beyond} but the code block has ${lineCount(node.value)} lines`, file, startPoint(node));
	}
	return meta;
}

/** The two halves of a fence split by `// Before` … `// After` comments, with the notes each half gets. */
function commentHalves(ctx: ArticleContext, node: Code): [CodePairHalf, CodePairHalf] | null {
	const split = splitPairComments(node.value);
	if (!split) return null;
	const [before, after] = split.map((half) => sliceLines(node.value, half.startLine, half.endLine)) as [string, string];
	const [beforeNotes, afterNotes] = assignToHalves(codeNoteSentences(ctx.tree, node, [before, after]), before, after);
	return [
		{ label: labelText(split[0].label), role: 'before', startLine: split[0].startLine, endLine: split[0].endLine, notes: beforeNotes },
		{ label: labelText(split[1].label), role: 'after', startLine: split[1].startLine, endLine: split[1].endLine, notes: afterNotes },
	];
}

/**
 * Every code block of the article that is not a Cargo file, in document order, with its top-level items,
 * the article sentences around it, and its part in a before/after pair: two consecutive fences of one
 * language titled as a pair (prose between them allowed), or one fence split by pair comments.
 */
export function extractCodeBlocks(ctx: ArticleContext): CodeBlock[] {
	const located: Located[] = [];
	for (const { node, parent } of nodesOfType(ctx.tree, 'code')) {
		// Diagrams are drawn, not shown as code (extract/diagrams.ts).
		if (parent && !isDiagramFence(node.lang) && !isCargoCode(node.lang, node.value, readFenceMeta(node, ctx.file).title)) located.push({ node, parent });
	}
	const blocks: CodeBlock[] = [];
	located.forEach(({ node, parent }, i) => {
		const meta = fenceSteps(node, ctx.file);
		const lang = (node.lang ?? '').toLowerCase() || 'text';
		const base = { index: i + 1, lang, title: meta.title, code: node.value, steps: meta.steps, items: codeItems(node.value, lang), source: sourceRefFor(ctx, node) };
		const previous = blocks.at(-1);
		const next = located[i + 1];
		const label = pairLabel(meta.title);
		// The second fence of a pair: the first already claimed it.
		if (previous?.pair?.kind === 'fences' && previous.pair.role === 'before' && previous.pair.partner === i + 1) {
			// List items the first half already took are not read twice.
			const notes = codeNoteSentences(ctx.tree, node, [node.value]).filter((n) => !previous.notes.some((p) => p.includes(n.text)));
			blocks.push({ ...base, pair: { kind: 'fences', role: 'after', label: label ? labelText(label) : '', partner: i }, notes: paragraphsOf(notes) });
			return;
		}
		const nextLabel = next ? pairLabel(fenceSteps(next.node, ctx.file).title) : null;
		const pairsWithNext =
			next !== undefined &&
			next.parent === parent &&
			isPair(label, nextLabel) &&
			(next.node.lang ?? '').toLowerCase() === (node.lang ?? '').toLowerCase() &&
			onlyProseBetween(parent, node, next.node);
		if (pairsWithNext && label) {
			// Prose after the first fence introduces the second, so it is left to the second.
			const notes = codeNoteSentences(ctx.tree, node, [node.value, next.node.value]).filter((n) => n.place !== 'after');
			blocks.push({ ...base, pair: { kind: 'fences', role: 'before', label: labelText(label), partner: i + 2 }, notes: paragraphsOf(notes) });
			return;
		}
		const halves = commentHalves(ctx, node);
		if (halves) {
			blocks.push({ ...base, pair: { kind: 'comments', halves }, notes: [...halves[0].notes, ...halves[1].notes] });
			return;
		}
		blocks.push({ ...base, pair: null, notes: paragraphsOf(codeNoteSentences(ctx.tree, node, [node.value])) });
	});
	return blocks;
}
