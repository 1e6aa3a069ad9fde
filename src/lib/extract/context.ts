import type { Node } from 'unist';
import type { Root } from 'mdast';
import type { HeadingEntry } from '../article/headings.ts';
import type { FieldPath } from '../errors.ts';
import type { ArticleFrontmatter } from '../schema/article.ts';
import type { SourcePoint, SourceRef } from './types.ts';

/** What every extractor needs to know about the article it works on. */
export interface ArticleContext {
	slug: string;
	file: string;
	tree: Root;
	frontmatter: ArticleFrontmatter;
	/** All headings in document order, with the site's ids. */
	headings: HeadingEntry[];
	/** Position of a frontmatter field in the file, when present. */
	locate: (path: FieldPath) => SourcePoint | null;
}

/** Start offset of a node; nodes built by hand (no position) sort first. */
export function startOffset(node: Node): number {
	return node.position?.start.offset ?? 0;
}

/** 1-based start position of a node in the file. */
export function startPoint(node: Node): SourcePoint {
	return { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
}

/** The last heading that starts before the node: the section the node sits under. */
export function sectionHeading(ctx: ArticleContext, node: Node): HeadingEntry | null {
	const at = startOffset(node);
	let found: HeadingEntry | null = null;
	for (const heading of ctx.headings) {
		if (startOffset(heading.node) >= at) break;
		found = heading;
	}
	return found;
}

/** Where a node sits in the article: slug, enclosing section heading (id as on the site) and position. */
export function sourceRefFor(ctx: ArticleContext, node: Node): SourceRef {
	const heading = sectionHeading(ctx, node);
	return {
		article: ctx.slug,
		sectionId: heading?.id ?? null,
		sectionTitle: heading?.text ?? null,
		position: startPoint(node),
	};
}
