import type { ComparisonTable } from '../extract/types.ts';
import { htmlText } from '../html/escape.ts';
import { axisUnit, decimalMarkOf, headerUnit, parseQuantity } from './quantity.ts';
import type { DecimalMark, Dimension, Quantity } from './quantity.ts';

/** One bar: its value (or range) in the chart's axis unit and its label, the cell as the article wrote it. */
export interface ChartBar {
	/** End of the bar in axis units. */
	value: number;
	/** Start of a range bar in axis units (`3–8` → 3), `null` for a plain bar from zero. */
	low: number | null;
	/** The cell's text: `1.2 GB`, `3-8 seconds`. */
	label: string;
}

/** One row of the table: its label and one bar per series (`null` where that column is empty for the row). */
export interface ChartRow {
	label: string;
	bars: (ChartBar | null)[];
}

/** A bar chart drawn from a numeric comparison table: rows are groups, numeric columns are series. */
export interface ChartData {
	/** The label column's header (`Reconciliation worker`), or `''`. */
	labelHeader: string;
	/** Names of the numeric columns, their header units removed (`Go p99 (ms)` → `Go p99`). */
	series: string[];
	/** The axis unit every value is converted to (`GB`, `seconds`), or `''` for plain counts. */
	unit: string;
	rows: ChartRow[];
	/** Largest value in axis units, for a scale shared by every page of a long table. */
	max: number;
	/** Smallest value in axis units when one is below zero (`−12 %`): the axis then starts below zero. Absent otherwise. */
	min?: number;
	/** `,` when the article writes decimal commas (`1,5 s`), so the axis does too. Absent for a decimal point. */
	decimal?: ',';
}

/** Bars shorter than this fraction of the longest would be invisible, so such a table gets no chart (its values are far apart or measure different things). */
export const MIN_BAR_RATIO = 1 / 1000;

/** Headers of columns whose bare numbers name things rather than measure them (versions, years, ranks, ids). */
export const NOT_A_MEASURE = /\b(?:versions?|years?|dates?|ids?|ranks?|ports?|precedence|editions?|releases?|no\.?)\b|#/i;

/** Row labels of a row that sums up the others (`Total`, `Average`, `All services`, German `Gesamt`). */
const SUMMARY = /^(?:total|totals|sum|subtotal|grand total|overall|all|average|avg\.?|mean|median|Σ|∑|gesamt|summe|durchschnitt|mittelwert|moyenne|somme)(?=$|[\s:(*.,])/i;

/** Whether a row's label names a summary of the rows above it (total, sum, average, …). */
export function isSummaryRow(label: string): boolean {
	return SUMMARY.test(label.trim());
}

/** The unit most cells were written in (ties: the unit of the largest value), so the axis speaks the article's unit. */
function commonUnit(quantities: readonly Quantity[]): string {
	const counts = new Map<string, number>();
	for (const q of quantities) counts.set(q.unit, (counts.get(q.unit) ?? 0) + 1);
	const top = Math.max(...counts.values());
	const largest = [...quantities].sort((a, b) => Math.abs(b.high) - Math.abs(a.high))[0];
	const tied = [...counts.entries()].filter(([, n]) => n === top).map(([u]) => u);
	return largest && tied.includes(largest.unit) ? largest.unit : (tied[0] ?? '');
}

/** Every cell of a table as plain text, header included: what tells its decimal mark. */
export function tableCells(table: ComparisonTable): string[] {
	return [...table.header, ...table.rows.flat()].map(htmlText);
}

/** The dimension most of a column's readable cells share, or `null` when none reads as a number. */
function columnDimension(parsed: readonly (readonly (Quantity | null)[])[], c: number): Dimension | null {
	const counts = new Map<Dimension, number>();
	for (const row of parsed) {
		const q = row[c];
		if (q) counts.set(q.dimension, (counts.get(q.dimension) ?? 0) + 1);
	}
	return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

/** One chart of the columns of one dimension, or `null` when fewer than two bars remain or they cannot be compared. */
function chartOf(table: ComparisonTable, header: string[], parsed: (Quantity | null)[][], dimension: Dimension, candidates: number[], rowsIn: number[], decimal: DecimalMark): ChartData | null {
	const units = header.map((h) => headerUnit(h));
	const ofDimension = (q: Quantity | null | undefined): q is Quantity => q?.dimension === dimension;
	let columns = candidates;
	const rows = rowsIn.filter((r) => columns.every((c) => ofDimension(parsed[r]?.[c])));
	columns = columns.filter((c) => rows.some((r) => ofDimension(parsed[r]?.[c])));
	const quantities = rows.flatMap((r) => columns.map((c) => parsed[r]?.[c])).filter(ofDimension);
	if (quantities.length < 2) return null;
	const ends = quantities.flatMap((q) => [q.low, q.high]);
	const max = Math.max(...ends, 0);
	const min = Math.min(...ends, 0);
	const extent = Math.max(max, -min);
	// Zero is a value like any other (a stub of a bar); what cannot be compared is a bar a thousand times shorter.
	const magnitudes = quantities.map((q) => Math.max(Math.abs(q.high), Math.abs(q.low))).filter((m) => m > 0);
	if (extent <= 0 || magnitudes.length === 0 || Math.min(...magnitudes) < extent * MIN_BAR_RATIO) return null;
	const axis = axisUnit(commonUnit(quantities));
	return {
		labelHeader: header[0] ?? '',
		series: columns.map((c) => units[c]?.name ?? header[c] ?? ''),
		unit: axis.short,
		rows: rows.map((r) => ({
			label: htmlText(table.rows[r]?.[0] ?? ''),
			bars: columns.map((c) => {
				const q = parsed[r]?.[c];
				if (!q) return null;
				const text = htmlText(table.rows[r]?.[c] ?? '');
				const headerUnitName = units[c]?.unit ?? null;
				// A bare number under `Go p99 (ms)` is labelled `41 ms`, so every label carries its unit.
				const bare = headerUnitName !== null && parseQuantity(text, null, decimal)?.unit === '';
				const label = bare ? `${text}${headerUnitName === '%' ? '' : ' '}${headerUnitName}` : text;
				// A range is drawn from its low end; a negative value from zero to the left.
				return q.range ? { value: q.high / axis.factor, low: q.low / axis.factor, label } : { value: q.high / axis.factor, low: null, label };
			}),
		})),
		max: max / axis.factor,
		...(min < 0 ? { min: min / axis.factor } : {}),
		...(decimal === ',' ? { decimal: ',' as const } : {}),
	};
}

/** The rows of a table (by their labels) that sum the others up (`Total`, `Average`): its first or last, in a table of three rows or more. */
export function summaryRows(labels: readonly string[]): number[] {
	return labels.map((_, r) => r).filter((r) => (r === 0 || r === labels.length - 1) && labels.length > 2 && isSummaryRow(labels[r] ?? ''));
}

/**
 * The charts a comparison table gives, none when it is not numeric. The first column labels the rows; a
 * later column is a series when it holds numbers (`1.2 GB`, `3–8 seconds`, `−12 %`, or plain numbers under
 * a header such as `Go p99 (ms)`). Columns are grouped by what they measure (bytes, time, percent, …),
 * converted to one axis unit per group, and each group is a chart of its own, the largest first: an MB
 * column and a Δ % column are never drawn on one axis. Rows whose cells in a group are not all numbers are
 * left out of its chart, and so is a last (or first) row that sums the others up (`Total`, `Average`).
 * Bare numbers under a header such as `Version`, `Year` or `Rank` (NOT_A_MEASURE) are not charted. A chart
 * needs two bars, none under MIN_BAR_RATIO of the longest. `decimal` is the article's decimal mark, used
 * when the table's own numbers do not tell.
 */
export function tableCharts(table: ComparisonTable, decimal: DecimalMark | null = null): ChartData[] {
	const header = table.header.map(htmlText);
	if (header.length < 2 || table.rows.length === 0) return [];
	const mark = decimalMarkOf(tableCells(table)) ?? decimal ?? '.';
	const units = header.map((h) => headerUnit(h));
	const parsed = table.rows.map((row) => row.map((cell, c) => (c === 0 ? null : parseQuantity(htmlText(cell), units[c]?.unit ?? null, mark))));
	const labels = table.rows.map((row) => htmlText(row[0] ?? ''));
	const summaries = summaryRows(labels);
	const rows = labels.map((_, r) => r).filter((r) => !summaries.includes(r));
	const groups = new Map<Dimension, number[]>();
	for (let c = 1; c < header.length; c++) {
		const dimension = columnDimension(rows.map((r) => parsed[r] ?? []), c);
		if (dimension === null || (dimension === 'count' && NOT_A_MEASURE.test(header[c] ?? ''))) continue;
		groups.set(dimension, [...(groups.get(dimension) ?? []), c]);
	}
	// The group with the most values first: it was the one chart before tables were split by unit.
	const ordered = [...groups.entries()].sort((a, b) => b[1].length - a[1].length);
	return ordered.flatMap(([dimension, columns]) => chartOf(table, header, parsed, dimension, columns, rows, mark) ?? []);
}

/** The first chart of a table (see tableCharts), or `null` when it gives none. */
export function tableChart(table: ComparisonTable, decimal: DecimalMark | null = null): ChartData | null {
	return tableCharts(table, decimal)[0] ?? null;
}
