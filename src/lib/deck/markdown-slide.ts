import type { Element, ElementContent, Root as HastRoot } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Code, Nodes } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { toHast } from 'mdast-util-to-hast';
import type { Handler, State } from 'mdast-util-to-hast';
import { visit } from 'unist-util-visit';
import { parseMarkdown } from '../article/parse.ts';
import { safeHref } from '../extract/inline-html.ts';
import type { MarkdownCodeBlock } from './model.ts';

/** A hand-written slide's body rendered to HTML, its code blocks kept as source for the renderer. */
export interface RenderedMarkdown {
	html: string;
	code: MarkdownCodeBlock[];
}

const SLIDE_COMMENT = /<!--\s*\.slide:([\s\S]*?)-->/;

/** Attributes of a `<!-- .slide: id="x" data-x="y" -->` comment. */
export function slideAttributes(markdown: string): Record<string, string> {
	const inner = SLIDE_COMMENT.exec(markdown)?.[1] ?? '';
	return Object.fromEntries([...inner.matchAll(/([\w:-]+)\s*=\s*"([^"]*)"/g)].map((m) => [m[1] as string, m[2] as string]));
}

/** MDX nodes that have no static rendering; a composed deck shows their children (JSX) or nothing (ESM, expressions). */
const dropNode: Handler = () => undefined;
const childrenOnly: Handler = (state: State, node: Nodes) => state.all(node) as ElementContent[];

/** Drops `href`/`src` values that could run script (`javascript:` and the like). */
function stripUnsafeUrls(tree: HastRoot): void {
	visit(tree, 'element', (node: Element) => {
		for (const name of ['href', 'src'] as const) {
			const value = node.properties[name];
			if (typeof value === 'string' && safeHref(value) === null) delete node.properties[name];
		}
	});
}

/** The `.slide` comment, re-serialised from its parsed attributes so nothing else passes through. */
function slideComment(markdown: string): string {
	const attributes = Object.entries(slideAttributes(markdown));
	if (attributes.length === 0) return '';
	const text = attributes.map(([name, value]) => `${name}="${value.replace(/--+/g, '-').replace(/[<>"&]/g, '')}"`).join(' ');
	return `<!-- .slide: ${text} -->`;
}

/**
 * Renders a hand-written slide's Markdown (GFM) to HTML. Raw HTML is dropped (only the `.slide` comment
 * passes, re-serialised); text is escaped; unsafe link URLs are removed. Each fenced code block becomes
 * `<pre data-code-index="i"></pre>` with its source in `code[i]`, for the renderer to highlight.
 */
export function renderSlideMarkdown(markdown: string, file: string): RenderedMarkdown {
	const code: MarkdownCodeBlock[] = [];
	const codeHandler: Handler = (_state: State, node: Code): Element => {
		code.push({ lang: node.lang ?? '', code: node.value, meta: node.meta ?? null });
		return { type: 'element', tagName: 'pre', properties: { dataCodeIndex: code.length - 1 }, children: [] };
	};
	const mdast = parseMarkdown(markdown, file);
	const hast = toHast(mdast, {
		handlers: {
			code: codeHandler,
			yaml: dropNode,
			mdxjsEsm: dropNode,
			mdxFlowExpression: dropNode,
			mdxTextExpression: dropNode,
			mdxJsxFlowElement: childrenOnly,
			mdxJsxTextElement: childrenOnly,
		},
	}) as HastRoot;
	stripUnsafeUrls(hast);
	return { html: slideComment(markdown) + toHtml(hast, { characterReferences: { useNamedReferences: true } }), code };
}

/** Speaker notes as plain-text paragraphs: one per paragraph, list item or other block, Markdown marks removed. */
export function plainNotes(markdown: string, file: string): string[] {
	const tree = parseMarkdown(markdown, file);
	return tree.children
		.flatMap((block) => (block.type === 'list' ? block.children : [block]))
		.map((block) => toString(block, { includeHtml: false }).replace(/\s+/g, ' ').trim())
		.filter((text) => text !== '');
}
