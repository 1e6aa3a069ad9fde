import type { Element, ElementContent, Root as HastRoot } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Code, Nodes } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { toHast } from 'mdast-util-to-hast';
import type { Handler, State } from 'mdast-util-to-hast';
import { parseMarkdown } from '../article/parse.ts';
import { TalkbookError, type ErrorPoint } from '../errors.ts';
import { sanitizeDocument } from '../html/sanitize.ts';
import { texOrCode } from '../math/render.ts';
import { readSlideComment, serializeSlideComment } from './slide-attributes.ts';
import type { MarkdownCodeBlock } from './model.ts';

/** A hand-written slide's body rendered to HTML, its code blocks kept as source for the renderer. */
export interface RenderedMarkdown {
	html: string;
	code: MarkdownCodeBlock[];
}

/**
 * Attributes of the slide's `<!-- .slide: id="x" data-x="y" -->` comment, allowlisted and validated
 * (src/lib/deck/slide-attributes.ts); the first refused attribute is a TalkbookError at the comment.
 * `at` is where the slide's Markdown starts in its file.
 */
export function slideAttributes(markdown: string, file = 'slide.md', at: ErrorPoint = { line: 1, column: 1 }): Record<string, string> {
	const { attributes, errors } = readSlideComment(parseMarkdown(markdown, file), file, at);
	if (errors[0]) throw errors[0];
	return attributes;
}

/** MDX nodes that have no static rendering; a composed deck shows their children (JSX) or nothing (ESM, expressions). */
const dropNode: Handler = () => undefined;
const childrenOnly: Handler = (state: State, node: Nodes) => state.all(node) as ElementContent[];

/**
 * Renders a hand-written slide's Markdown (GFM) to HTML, sanitised like an article page (raw HTML and link
 * URLs the GitHub way, src/lib/html/sanitize.ts); the `.slide` comment passes re-serialised from its
 * validated attributes. Each fenced code block becomes
 * `<pre data-code-index="i"></pre>` with its source in `code[i]`, for the renderer to highlight; math
 * (`$…$`, `$$…$$`) is KaTeX's markup, set in after sanitising.
 */
export function renderSlideMarkdown(markdown: string, file: string): RenderedMarkdown {
	const code: MarkdownCodeBlock[] = [];
	const codeHandler: Handler = (_state: State, node: Code): Element => {
		code.push({ lang: node.lang ?? '', code: node.value, meta: node.meta ?? null });
		return { type: 'element', tagName: 'pre', properties: { dataCodeIndex: code.length - 1 }, children: [] };
	};
	// Math is KaTeX's markup, made after sanitising (which would strip its inline sizes): a placeholder holds its place.
	const math: string[] = [];
	const mathHandler =
		(display: boolean): Handler =>
		(_state: State, node: { value: string }): Element => {
			math.push(texOrCode(node.value, display));
			return { type: 'element', tagName: display ? 'div' : 'span', properties: { dataMathIndex: math.length - 1 }, children: [] };
		};
	const mdast = parseMarkdown(markdown, file);
	const comment = serializeSlideComment(slideAttributes(markdown, file));
	const hast = toHast(mdast, {
		allowDangerousHtml: true,
		handlers: {
			code: codeHandler,
			inlineMath: mathHandler(false),
			math: mathHandler(true),
			yaml: dropNode,
			mdxjsEsm: dropNode,
			mdxFlowExpression: dropNode,
			mdxTextExpression: dropNode,
			mdxJsxFlowElement: childrenOnly,
			mdxJsxTextElement: childrenOnly,
		},
	}) as HastRoot;
	const clean = sanitizeDocument(hast, (node) => (node.tagName === 'pre' && node.properties['dataCodeIndex'] !== undefined) || node.properties['dataMathIndex'] !== undefined);
	const html = toHtml(clean, { characterReferences: { useNamedReferences: true } })
		.trim()
		.replace(/<(span|div) data-math-index="(\d+)"><\/\1>/g, (_, tag: string, i: string) => (tag === 'div' ? `<div class="math-figure fit">${math[Number(i)] ?? ''}</div>` : (math[Number(i)] ?? '')));
	return { html: comment + html, code };
}

/** A `[step N]` at the start of a notes paragraph, and what looks like a mistyped one (`[step two]`, `[steps 2]`). */
const STEP_MARK = /^\[step\s+(\d+)\]\s*/i;
const STEP_LIKE = /^\[\s*steps?\b[^\]\n]*\]/i;

/** A hand-written notes paragraph, the step its `[step N]` ties it to, and where that mark is. */
export interface HandWrittenNote {
	text: string;
	/** `N` of a leading `[step N]`; `null` without one. */
	step: number | null;
	/** Where the paragraph starts in the notes' Markdown (1-based), for errors about its mark. */
	at: ErrorPoint;
}

/**
 * Speaker notes as plain-text paragraphs, one per paragraph, list item or other block, Markdown marks
 * removed. A paragraph that starts with `[step N]` is tied to the slide's N-th fragment step: the mark
 * is taken off its text and N kept. A mark that is not `[step N]` with N a whole number from 1 is a
 * TalkbookError at the mark (`at` maps a point of the notes' Markdown to its file).
 */
export function handWrittenNotes(markdown: string, file: string, at: (point: ErrorPoint) => ErrorPoint = (point) => point): HandWrittenNote[] {
	const tree = parseMarkdown(markdown, file);
	return tree.children
		.flatMap((block) => (block.type === 'list' ? block.children : [block]))
		.flatMap((block): HandWrittenNote[] => {
			// A list item's text starts at its first child, after the bullet.
			const first = block.type === 'listItem' ? (block.children[0] ?? block) : block;
			const start = first.position?.start ?? { line: 1, column: 1, offset: 0 };
			const point = { line: start.line, column: start.column };
			const raw = markdown.slice(start.offset ?? 0);
			let text = toString(block, { includeHtml: false }).replace(/\s+/g, ' ').trim();
			let step: number | null = null;
			const mark = STEP_MARK.exec(raw);
			if (mark) {
				step = Number(mark[1]);
				if (step < 1) throw new TalkbookError(`[step ${mark[1]}]: steps count from 1 (step 1 is the slide's first fragment)`, file, at(point));
				text = text.replace(/^\[?step\s+\d+\]?\s*/i, '');
				if (text === '') throw new TalkbookError(`[step ${step}] ties nothing: write the notes paragraph after it`, file, at(point));
			} else if (STEP_LIKE.test(raw)) {
				throw new TalkbookError(`"${STEP_LIKE.exec(raw)?.[0]}" is not a step mark: write [step N], N the fragment step (1, 2, …) the paragraph belongs to`, file, at(point));
			}
			return text === '' ? [] : [{ text, step, at: point }];
		});
}

/** Speaker notes as plain-text paragraphs: one per paragraph, list item or other block, Markdown marks (and `[step N]`) removed. */
export function plainNotes(markdown: string, file: string): string[] {
	return handWrittenNotes(markdown, file).map((note) => note.text);
}
