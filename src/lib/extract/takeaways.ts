import type { List, ListItem, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { HeadingEntry } from '../article/headings.ts';
import { sourceRefFor } from './context.ts';
import type { ArticleContext } from './context.ts';
import { renderInline } from './inline-html.ts';
import { escapeHtml } from '../html/escape.ts';
import { notesAround, NOTES_BEFORE, proseOf } from './notes.ts';
import { isTakeawaysHeading } from './takeaways-heading.ts';
import type { InlineHtml, Takeaways } from './types.ts';

/** Heading used for frontmatter takeaways, which have no heading of their own. */
export const DEFAULT_TAKEAWAYS_HEADING = 'Key Takeaways';


/** One list item as inline HTML: its paragraphs' phrasing content; nested lists and code are left out. */
export function listItemHtml(item: ListItem): InlineHtml {
	const paragraphs = item.children.filter((child) => child.type === 'paragraph');
	if (paragraphs.length === 0) return escapeHtml(toString(item).trim());
	return paragraphs.map((paragraph) => renderInline(paragraph.children).trim()).join(' ');
}

/** The first list in the heading's section (up to the next heading of any depth); prose before it is allowed. */
export function listUnderHeading(tree: Root, heading: HeadingEntry): List | null {
	const index = tree.children.indexOf(heading.node as RootContent);
	if (index < 0) return null;
	for (const block of tree.children.slice(index + 1)) {
		if (block.type === 'heading') return null;
		if (block.type === 'list') return block;
	}
	return null;
}

/** Prose before the first heading, used as notes for takeaways that have no section of their own. */
function introProse(tree: Root): string[] {
	const end = tree.children.findIndex((block) => block.type === 'heading');
	const blocks = end < 0 ? tree.children : tree.children.slice(0, end);
	return blocks.flatMap(proseOf).slice(0, NOTES_BEFORE);
}

/** Takeaways from the frontmatter `takeaways:` list: plain strings, escaped. */
function frontmatterTakeaways(ctx: ArticleContext, items: readonly string[]): Takeaways {
	return {
		origin: 'frontmatter',
		heading: DEFAULT_TAKEAWAYS_HEADING,
		items: items.map(escapeHtml),
		ordered: false,
		start: 1,
		notes: introProse(ctx.tree),
		source: {
			article: ctx.slug,
			sectionId: null,
			sectionTitle: null,
			position: ctx.locate(['takeaways']) ?? { line: 1, column: 1 },
		},
	};
}

/**
 * The article's takeaways. A frontmatter `takeaways:` list wins (an empty list means "none");
 * otherwise the first list under the first takeaways heading that has one.
 */
export function extractTakeaways(ctx: ArticleContext): Takeaways | null {
	const fromFrontmatter = ctx.frontmatter.takeaways;
	if (fromFrontmatter) return fromFrontmatter.length > 0 ? frontmatterTakeaways(ctx, fromFrontmatter) : null;
	for (const heading of ctx.headings) {
		if (!isTakeawaysHeading(heading.text)) continue;
		const list = listUnderHeading(ctx.tree, heading);
		if (!list) continue;
		return {
			origin: 'body',
			heading: heading.text.replace(/\s*:$/, ''),
			items: list.children.map(listItemHtml),
			ordered: list.ordered === true,
			start: list.ordered ? (list.start ?? 1) : 1,
			notes: notesAround(ctx.tree, list),
			source: sourceRefFor(ctx, list),
		};
	}
	return null;
}
