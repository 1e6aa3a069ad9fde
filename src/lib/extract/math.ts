import { nodesOfType } from '../article/tree-index.ts';
import type { ArticleContext } from './context.ts';
import { sectionHeading, sourceRefFor } from './context.ts';
import { notesAround } from './notes.ts';
import type { EquationBlock, Formula } from './types.ts';

/** Every formula of the article, `$…$` and `$$…$$`, in document order: what its page's math stylesheet is cut to. */
export function extractFormulas(ctx: ArticleContext): Formula[] {
	return nodesOfType(ctx.tree, 'inlineMath', 'math').map(({ node }) => ({ tex: node.value, display: node.type === 'math' }));
}

/**
 * The article's display equations (`$$…$$` on lines of their own), each shown on a slide of its own: its TeX,
 * the section it sits in (the slide's title) and the prose around it for speaker notes.
 */
export function extractEquations(ctx: ArticleContext): EquationBlock[] {
	return nodesOfType(ctx.tree, 'math').map(({ node }, i) => ({
		index: i + 1,
		tex: node.value,
		title: sectionHeading(ctx, node)?.text ?? ctx.frontmatter.title,
		notes: notesAround(ctx.tree, node),
		source: sourceRefFor(ctx, node),
	}));
}
