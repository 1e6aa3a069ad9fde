import type { Element, ElementContent, Root as HastRoot } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Code, Nodes } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { toHast } from 'mdast-util-to-hast';
import type { Handler, State } from 'mdast-util-to-hast';
import { parseMarkdown } from '../article/parse.ts';
import type { ErrorPoint } from '../errors.ts';
import { escapeHtml } from '../html/escape.ts';
import { sanitizeDocument } from '../html/sanitize.ts';
import { renderTex } from '../math/render.ts';
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
			math.push(slideMath(node.value, display));
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

/** TeX on a slide as KaTeX's markup; TeX it refuses stays as code (the content check reports it at its place and stops the build). */
function slideMath(tex: string, display: boolean): string {
	try {
		return renderTex(tex, display);
	} catch {
		return `<code>${escapeHtml(tex)}</code>`;
	}
}

/** Speaker notes as plain-text paragraphs: one per paragraph, list item or other block, Markdown marks removed. */
export function plainNotes(markdown: string, file: string): string[] {
	const tree = parseMarkdown(markdown, file);
	return tree.children
		.flatMap((block) => (block.type === 'list' ? block.children : [block]))
		.map((block) => toString(block, { includeHtml: false }).replace(/\s+/g, ' ').trim())
		.filter((text) => text !== '');
}
