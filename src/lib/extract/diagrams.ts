import type { Code } from 'mdast';
import { nodesOfType } from '../article/tree-index.ts';
import { TalkbookError } from '../errors.ts';
import { readDiagram } from '../diagram/read.ts';
import { PAGE_PADDING } from '../diagram/page.ts';
import { drawDiagram } from '../diagram/render.ts';
import { DiagramError, KIND_NAMES } from '../diagram/source.ts';
import type { ArticleContext } from './context.ts';
import { sectionHeading, sourceRefFor } from './context.ts';
import { notesAround } from './notes.ts';
import type { DiagramBlock } from './types.ts';

/** Whether a fence is a diagram: ```mermaid (drawn at build time, never highlighted as code). */
export function isDiagramFence(lang: string | null | undefined): boolean {
	return lang?.trim().toLowerCase() === 'mermaid';
}

/** The file position of a place inside a fence's code: its line counts from the line after the opening fence. */
function inFence(node: Code, line: number, column: number): { line: number; column: number } {
	const start = node.position?.start ?? { line: 1, column: 1 };
	return { line: start.line + line, column: start.column + column - 1 };
}

/**
 * Reads and draws one ```mermaid fence; a statement the renderer would skip, an unsupported diagram type or
 * the renderer's own refusal is a TalkbookError at its place in the fence.
 */
export function readDiagramFence(node: Code, file: string): ReturnType<typeof readDiagram> {
	try {
		const reading = readDiagram(node.value);
		drawDiagram(reading.render, { padding: PAGE_PADDING });
		return reading;
	} catch (error) {
		if (error instanceof DiagramError) throw new TalkbookError(`mermaid: ${error.message}`, file, inFence(node, error.line, error.column), { cause: error });
		const message = error instanceof Error ? error.message : String(error);
		throw new TalkbookError(`mermaid: ${message}`, file, inFence(node, 1, 1), { cause: error });
	}
}

/**
 * Every ```mermaid fence of the article, in document order: its type, the accessible name (the author's
 * `accTitle:`, else the type and the section heading), the text alternative read from its statements, and
 * the prose around it for speaker notes. Throws TalkbookError at the first diagram that cannot be drawn whole.
 */
export function extractDiagrams(ctx: ArticleContext): DiagramBlock[] {
	const blocks: DiagramBlock[] = [];
	for (const { node } of nodesOfType(ctx.tree, 'code')) {
		if (!isDiagramFence(node.lang)) continue;
		const reading = readDiagramFence(node, ctx.file);
		const section = sectionHeading(ctx, node)?.text ?? ctx.frontmatter.title;
		const title = reading.accTitle ?? section;
		blocks.push({
			index: blocks.length + 1,
			kind: reading.kind,
			render: reading.render,
			direction: reading.direction,
			title,
			caption: reading.accTitle ?? `${KIND_NAMES[reading.kind]}: ${section}`,
			description: reading.description,
			notes: notesAround(ctx.tree, node),
			source: sourceRefFor(ctx, node),
		});
	}
	return blocks;
}
