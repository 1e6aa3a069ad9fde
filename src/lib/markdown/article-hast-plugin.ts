import type { Element, ElementContent } from 'hast';
import type { HastPluginEntry, HastVisitorContext } from 'satteri';
import GithubSlugger from 'github-slugger';

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

/** Wraps a table in a labelled, focusable scroll region so wide tables scroll on a phone instead of breaking the layout. */
function scrollRegion(): Element {
	return {
		type: 'element',
		tagName: 'div',
		properties: { className: ['table-scroll'], tabIndex: 0, role: 'region', ariaLabel: 'Table (scrolls sideways)' },
		children: [],
	};
}

/** What the article plugin adds after selected blocks, e.g. a link to the block's slide. */
export interface ArticleBlockDecorations {
	/** Called per table in document order (1-based); returns extra content to put after it. */
	afterTable?: (slug: string, ordinal: number) => ElementContent[];
}

/** Slug of an article from its file URL: the file name without extension. */
export function slugFromFileURL(fileURL: URL | undefined): string {
	const name = fileURL?.pathname.split('/').pop() ?? '';
	return decodeURIComponent(name.replace(/\.(md|mdx|markdown)$/i, ''));
}

/**
 * Sätteri hast plugin for article pages: heading anchor links and scrollable tables.
 * Heading ids are set here with the algorithm of Astro's heading-ids plugin (one github-slugger per
 * document, every heading in order), which then keeps them; the anchor needs the id before that plugin runs.
 */
export function articleHastPlugin(decorations: ArticleBlockDecorations = {}): HastPluginEntry {
	return (factory) => {
		const slug = slugFromFileURL(factory.fileURL);
		const slugger = new GithubSlugger();
		let tables = 0;
		return {
			name: 'talkbook:article',
			element: [
				{
					filter: HEADINGS,
					visit(node: Element, ctx: HastVisitorContext) {
						const text = ctx.textContent(node);
						const id = typeof node.properties?.['id'] === 'string' ? node.properties['id'] : slugger.slug(text);
						ctx.setProperty(node, 'id', id);
						if (node.tagName !== 'h1') ctx.appendChild(node, anchorLink(id, text));
					},
				},
				{
					filter: ['table'],
					visit(node: Element, ctx: HastVisitorContext) {
						tables += 1;
						ctx.wrapNode(node, scrollRegion());
						const extra = decorations.afterTable?.(slug, tables) ?? [];
						if (extra.length > 0) ctx.insertAfter(node, extra);
					},
				},
			],
		};
	};
}
