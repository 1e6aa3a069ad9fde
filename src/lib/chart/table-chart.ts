import type { ComparisonTable } from '../extract/types.ts';
import { htmlText } from '../html/escape.ts';
import { axisUnit, headerUnit, parseQuantity } from './quantity.ts';
import type { Dimension, Quantity } from './quantity.ts';

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
}

/** Bars shorter than this fraction of the longest would be invisible, so such a table gets no chart (its values are far apart or measure different things). */
export const MIN_BAR_RATIO = 1 / 1000;

/** Headers of columns whose bare numbers name things rather than measure them (versions, years, ranks, ids). */
export const NOT_A_MEASURE = /\b(?:versions?|years?|dates?|ids?|ranks?|ports?|precedence|editions?|releases?|no\.?)\b|#/i;

/** The unit most cells were written in (ties: the unit of the largest value), so the axis speaks the article's unit. */
function commonUnit(quantities: readonly Quantity[]): string {
	const counts = new Map<string, number>();
	for (const q of quantities) counts.set(q.unit, (counts.get(q.unit) ?? 0) + 1);
	const top = Math.max(...counts.values());
	const largest = [...quantities].sort((a, b) => b.high - a.high)[0];
	const tied = [...counts.entries()].filter(([, n]) => n === top).map(([u]) => u);
	return largest && tied.includes(largest.unit) ? largest.unit : (tied[0] ?? '');
}

/**
 * The chart a comparison table gives, or `null` when it is not numeric. The first column labels the
 * rows; a later column is a series when it holds numbers (`1.2 GB`, `3–8 seconds`, or plain numbers
 * under a header such as `Go p99 (ms)`). Rows whose cells in those columns are not all numbers are
 * left out; the dimension most values share (bytes, time, …) wins and its values are converted to one
 * axis unit. Bare numbers under a header such as `Version`, `Year` or `Rank` (NOT_A_MEASURE) are not
 * charted. No chart when fewer than two bars remain or a bar would be under MIN_BAR_RATIO of the longest.
 */
export function tableChart(table: ComparisonTable): ChartData | null {
	const header = table.header.map(htmlText);
	if (header.length < 2 || table.rows.length === 0) return null;
	const units = header.map((h) => headerUnit(h));
	const parsed = table.rows.map((row) => row.map((cell, c) => (c === 0 ? null : parseQuantity(htmlText(cell), units[c]?.unit ?? null))));
	const dimensions = new Map<Dimension, number>();
	for (const q of parsed.flat()) if (q) dimensions.set(q.dimension, (dimensions.get(q.dimension) ?? 0) + 1);
	const dimension = [...dimensions.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
	if (dimension === undefined) return null;
	const ofDimension = (q: Quantity | null | undefined): q is Quantity => q?.dimension === dimension;
	const measures = (c: number): boolean => dimension !== 'count' || !NOT_A_MEASURE.test(header[c] ?? '');
	let columns = header.map((_, c) => c).filter((c) => c > 0 && measures(c) && parsed.some((row) => ofDimension(row[c])));
	const rows = parsed.map((_, r) => r).filter((r) => columns.every((c) => ofDimension(parsed[r]?.[c])));
	columns = columns.filter((c) => rows.some((r) => ofDimension(parsed[r]?.[c])));
	const quantities = rows.flatMap((r) => columns.map((c) => parsed[r]?.[c])).filter(ofDimension);
	if (quantities.length < 2) return null;
	const highs = quantities.map((q) => q.high);
	const max = Math.max(...highs);
	if (max <= 0 || Math.min(...highs) < max * MIN_BAR_RATIO) return null;
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
				const bare = headerUnitName !== null && parseQuantity(text)?.unit === '';
				return { value: q.high / axis.factor, low: q.range ? q.low / axis.factor : null, label: bare ? `${text} ${headerUnitName}` : text };
			}),
		})),
		max: max / axis.factor,
	};
}
