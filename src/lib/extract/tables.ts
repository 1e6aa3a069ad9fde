import type { Table, TableRow } from 'mdast';
import { visit } from 'unist-util-visit';
import { sourceRefFor } from './context.ts';
import type { ArticleContext } from './context.ts';
import { renderInline } from './inline-html.ts';
import { notesAround } from './notes.ts';
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

/** Converts one GFM table node; `index` is its 1-based ordinal in the article. */
export function toComparisonTable(ctx: ArticleContext, table: Table, index: number): ComparisonTable {
	const align = tableAlign(table);
	const [head, ...body] = table.children;
	return {
		index,
		align,
		header: head ? rowCells(head, align.length) : [],
		rows: body.map((row) => rowCells(row, align.length)),
		notes: notesAround(ctx.tree, table),
		source: sourceRefFor(ctx, table),
	};
}

/** Every GFM table of the article in document order, wherever it is nested. */
export function extractTables(ctx: ArticleContext): ComparisonTable[] {
	const tables: ComparisonTable[] = [];
	visit(ctx.tree, 'table', (node) => {
		tables.push(toComparisonTable(ctx, node, tables.length + 1));
	});
	return tables;
}
