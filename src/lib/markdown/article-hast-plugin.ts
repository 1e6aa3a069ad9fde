import type { Element } from 'hast';
import type { HastPluginEntry, HastVisitorContext } from 'satteri';
import GithubSlugger from 'github-slugger';
import { SlideLinkTracker } from './slide-links.ts';
import { slugFromFile } from '../article/parse.ts';
import { sanitizeHastPlugin } from './sanitize-plugin.ts';
import { contentHastPlugin } from './content-plugin.ts';
import { rebasedUrl, ROUTED_ELEMENTS } from './base-links.ts';
import { withBase } from '../site/paths.ts';
import { classesOf, codeLanguage } from './hast-element.ts';

const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];

/** A `#` link icon with no text content, so heading text (TOC, slugs) stays exactly the author's. */
function anchorLink(id: string, label: string): Element {
	return {
		type: 'element',
		tagName: 'a',
		properties: { className: ['heading-anchor'], href: `#${id}`, ariaLabel: `Link to section: ${label}` },
		children: [],
	};
}

/**
 * Wraps a table in a labelled, focusable scroll region so wide tables scroll on a phone instead of breaking
 * the layout (and can be scrolled from the keyboard). A named `<section>` is a region landmark, so each
 * needs a name of its own: the table's number on the page and the section it sits in.
 */
function scrollRegion(ordinal: number, section: string | null): Element {
	const label = `Table ${ordinal}${section ? `: ${section}` : ''} (scrolls sideways)`;
	return {
		type: 'element',
		tagName: 'section',
		properties: { className: ['table-scroll'], tabIndex: 0, ariaLabel: label },
		children: [],
	};
}

/** "Open as slide" link put after a block that has a slide; kept out of the search index. */
function slideLink(route: string, what: string, base: string): Element {
	return {
		type: 'element',
		tagName: 'a',
		properties: { className: ['slide-link'], href: withBase(route, base), dataPagefindIgnore: '' },
		children: [{ type: 'text', value: `Present ${what} as a slide` }],
	};
}

/** Slug of an article from its file URL: the file name without extension. */
export function slugFromFileURL(fileURL: URL | undefined): string {
	return fileURL ? slugFromFile(decodeURIComponent(fileURL.pathname)) : '';
}

/** Text of a titled code block's `<figcaption>`, when shiki's title transformer wrapped it. */
function figureTitle(parent: Element | undefined, ctx: HastVisitorContext): string | null {
	const caption = parent?.children.find((c): c is Element => c.type === 'element' && c.tagName === 'figcaption');
	return caption ? ctx.textContent(caption) : null;
}

/**
 * The site's own highlighted code (shiki's `<pre class="astro-code">`, wrapped in `<figure class="code-figure">`
 * when titled, and in `<div class="code-block">` with its Copy button and language label), which the highlighter
 * produced before this plugin runs; an author's raw `<pre>` is still raw HTML then.
 */
export function isGeneratedCode(node: Element): boolean {
	const classes = classesOf(node);
	return (
		(node.tagName === 'pre' && classes.includes('astro-code')) ||
		(node.tagName === 'figure' && classes.includes('code-figure')) ||
		(node.tagName === 'div' && classes.includes('code-block'))
	);
}

/** Options of the article plugin. */
export interface ArticlePluginOptions {
	/** The site's base path (astro.config's `base`): links the author wrote as routes and the slide links get it. */
	base?: string;
}

/**
 * Sätteri hast plugin for article pages: heading anchors, scrollable tables, a link from the
 * takeaways list, every table and every code block to its slide in the article's deck, and the
 * site's base in front of every site path.
 * Heading ids are set here with the algorithm of Astro's heading-ids plugin (one github-slugger per
 * document, every heading in order), which then keeps them; the anchor needs the id before that plugin runs.
 * First of all, a Markdown (not MDX) document is sanitised like GitHub sanitises it (sanitize-plugin.ts):
 * the author's raw HTML and link URLs, not the highlighted code, nor what this plugin adds afterwards.
 * Last, diagrams are drawn (content-plugin.ts).
 */
export function articleHastPlugin(options: ArticlePluginOptions = {}): HastPluginEntry {
	return [sanitizeHastPlugin(isGeneratedCode), articlePlugin(options), contentHastPlugin()];
}

/** The article plugin proper, run on the sanitised tree. */
function articlePlugin({ base = '/' }: ArticlePluginOptions): HastPluginEntry {
	return (factory) => {
		const slugger = new GithubSlugger();
		// The article's title titles the slide of a diagram before the first heading (Astro hands over the frontmatter).
		const title = (factory.data as { astro?: { frontmatter?: { title?: unknown } } }).astro?.frontmatter?.title;
		const slides = new SlideLinkTracker(slugFromFileURL(factory.fileURL), typeof title === 'string' ? title : '');
		let section: string | null = null;
		return {
			name: 'talkbook:article',
			element: {
				filter: [...HEADINGS, 'table', 'ul', 'ol', 'pre', ...ROUTED_ELEMENTS],
				visit(node: Element, ctx: HastVisitorContext) {
					if (ROUTED_ELEMENTS.includes(node.tagName)) {
						// Slide links are made with the base already; anchors are `#…`, which stay.
						const ours = String(node.properties?.['className'] ?? '').includes('slide-link');
						const rebased = ours ? null : rebasedUrl(node, base);
						if (rebased) ctx.setProperty(node, rebased.name, rebased.value);
					} else if (HEADINGS.includes(node.tagName)) {
						const text = ctx.textContent(node);
						const id = typeof node.properties?.['id'] === 'string' ? node.properties['id'] : slugger.slug(text);
						ctx.setProperty(node, 'id', id);
						if (node.tagName !== 'h1') ctx.appendChild(node, anchorLink(id, text));
						slides.heading(text);
						if (node.tagName !== 'h1') section = text;
					} else if (node.tagName === 'table') {
						const table = slides.table();
						ctx.wrapNode(node, scrollRegion(table.ordinal, section));
						ctx.insertAfter(node, slideLink(table.href, 'this table', base));
					} else if (node.tagName === 'ul' || node.tagName === 'ol') {
						const href = slides.list();
						if (href) ctx.insertAfter(node, slideLink(href, 'the takeaways', base));
					} else if (codeLanguage(node) === 'math') {
						// A display equation often sits inside a sentence that goes on after it: no link to break it.
					} else if (codeLanguage(node) === 'mermaid') {
						// Drawn by the content plugin after this one; its slide link goes after it like a code block's.
						const href = slides.diagram(ctx.textContent(node).replace(/\n$/, ''));
						if (href) ctx.insertAfter(node, slideLink(href, 'this diagram', base));
					} else {
						const parent = ctx.parent(node);
						const figure = parent?.type === 'element' && parent.tagName === 'figure' ? parent : undefined;
						const link = slides.code(codeLanguage(node), ctx.textContent(node), figureTitle(figure, ctx));
						ctx.insertAfter(figure ?? node, slideLink(link.href, link.what, base));
					}
				},
			},
		};
	};
}
