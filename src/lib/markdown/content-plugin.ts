import type { Element } from 'hast';
import { lazyPackage } from '../lazy.ts';
import type { HastContent, HastPluginEntry, HastVisitorContext } from 'satteri';
import { pageDiagramHtml } from '../diagram/page.ts';
import { renderTex } from '../math/render.ts';
import { classesOf, codeLanguage } from './hast-element.ts';

const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];

const hastFromHtml = lazyPackage<typeof import('hast-util-from-html')>('hast-util-from-html');

/**
 * The site's own HTML in place of a node: as it is (a `raw` node) in Markdown, parsed into elements in MDX,
 * which compiles hast to JSX and has no `raw` node.
 */
function markup(html: string, ctx: HastVisitorContext): HastContent | HastContent[] {
	return ctx.sourceFormat === 'mdx' ? (hastFromHtml().fromHtml(html, { fragment: true }).children as HastContent[]) : ({ type: 'raw', value: html } as HastContent);
}

/**
 * Sätteri hast plugin (run by the remark pipeline too, through markdown/hast-adapter.ts) that turns what an
 * article holds besides prose into what the page shows, at build time: each ```mermaid fence into its
 * drawing (diagram/page.ts), and `$…$` and `$$…$$` into KaTeX's HTML and MathML (math/render.ts; the page
 * gets the stylesheet and fonts it needs in its head, math/style.ts). It runs last, after sanitising and the
 * slide links: what it adds is the site's own markup, which the sanitiser has already passed.
 */
export function contentHastPlugin(): HastPluginEntry {
	return (factory) => {
		// Most documents hold neither: then nothing of theirs crosses over to JavaScript for this plugin.
		const hasMath = factory.source.includes('$');
		const hasDiagram = /^[ \t>]*(?:`{3,}|~{3,})[ \t]*mermaid\b/im.test(factory.source);
		if (!hasMath && !hasDiagram) return null;
		let diagrams = 0;
		let section: string | null = null;
		return {
			name: 'talkbook:content',
			element: {
				filter: [...(hasDiagram ? HEADINGS : []), 'pre', ...(hasMath ? ['code'] : [])],
				visit(node: Element, ctx: HastVisitorContext) {
					if (HEADINGS.includes(node.tagName)) {
						section = ctx.textContent(node);
						return;
					}
					if (node.tagName === 'code') {
						// `$…$`: remark-math and Sätteri both write it as <code class="language-math math-inline">.
						if (!classesOf(node).includes('math-inline') || ctx.parent(node)?.type === 'element' && (ctx.parent(node) as Element).tagName === 'pre') return;
						ctx.replaceNode(node, markup(renderTex(ctx.textContent(node), false), ctx));
						return;
					}
					const language = codeLanguage(node);
					if (language === 'math') {
						ctx.replaceNode(node, markup(renderTex(ctx.textContent(node).replace(/\n$/, ''), true), ctx));
						return;
					}
					if (language !== 'mermaid') return;
					diagrams += 1;
					ctx.replaceNode(node, markup(pageDiagramHtml(ctx.textContent(node).replace(/\n$/, ''), diagrams, section), ctx));
				},
			},
		};
	};
}
