import type { Parent, RootContent, Table, TableRow } from 'mdast';
import { nodesOfType } from '../article/tree-index.ts';
import { sourceRefFor } from './context.ts';
import type { ArticleContext } from './context.ts';
import { renderInline } from './inline-html.ts';
import { sentences } from './code-notes.ts';
import { notesAround, proseOf, sectionRange, topLevelIndex } from './notes.ts';
import type { Align, ComparisonTable, InlineHtml } from './types.ts';

/** Cells of a row as inline HTML, padded or cut to the table's column count (GFM does the same when rendering). */
export function rowCells(row: TableRow, columns: number): InlineHtml[] {
	const cells = row.children.slice(0, columns).map((cell) => renderInline(cell.children).trim());
	while (cells.length < columns) cells.push('');
	return cells;
}

/** Column alignments of a table, one per header cell. */
export function tableAlign(table: Table): Align[] {
	const columns = table.children[0]?.children.length ?? 0;
	return Array.from({ length: columns }, (_, i) => table.align?.[i] ?? null);
}

/** The comment that keeps a table's numbers off a chart: `<!-- talkbook: no-chart -->`, or the same words in an MDX comment expression. */
export const NO_CHART = /talkbook:\s*no-chart/;

/** Whether the block right before the table is a no-chart comment. */
export function optsOutOfChart(parent: Parent | undefined, table: Table): boolean {
	if (!parent) return false;
	const previous = parent.children[parent.children.indexOf(table as RootContent) - 1];
	return (previous?.type === 'html' || previous?.type === 'mdxFlowExpression') && NO_CHART.test(previous.value);
}

/** Every sentence of the prose in the table's section, for slides that pick the ones about what they show (charts). */
function sectionSentences(ctx: ArticleContext, table: Table): string[] {
	const index = topLevelIndex(ctx.tree, table);
	if (index < 0) return [];
	const [start, end] = sectionRange(ctx.tree, index);
	return ctx.tree.children.slice(start, end).flatMap(proseOf).flatMap(sentences);
}

/** Converts one GFM table node; `index` is its 1-based ordinal in the article. */
export function toComparisonTable(ctx: ArticleContext, table: Table, index: number, parent?: Parent): ComparisonTable {
	const align = tableAlign(table);
	const [head, ...body] = table.children;
	return {
		index,
		align,
		header: head ? rowCells(head, align.length) : [],
		rows: body.map((row) => rowCells(row, align.length)),
		notes: notesAround(ctx.tree, table),
		source: sourceRefFor(ctx, table),
		prose: sectionSentences(ctx, table),
		chart: ctx.frontmatter.charts !== false && !optsOutOfChart(parent, table),
	};
}

/** Every GFM table of the article in document order, wherever it is nested. */
export function extractTables(ctx: ArticleContext): ComparisonTable[] {
	const tables: ComparisonTable[] = [];
	for (const { node, parent } of nodesOfType(ctx.tree, 'table')) tables.push(toComparisonTable(ctx, node, tables.length + 1, parent));
	return tables;
}
