/**
 * Numbers as people write them in tables, each with the value a chart must read. The notations are taken
 * from real articles and tools' exported tables (sources beside each group); the values are in the base
 * unit of their dimension (bytes, seconds, percent, count), as parseQuantity returns them.
 */
import { describe, expect, it } from 'vitest';
import { decimalMarkOf, headerUnit, parseQuantity } from '../../src/lib/chart/quantity.ts';
import type { DecimalMark, Dimension } from '../../src/lib/chart/quantity.ts';
import { isSummaryRow, tableCharts } from '../../src/lib/chart/table-chart.ts';
import { comparisonTable } from './support/article.ts';

interface Case {
	cell: string;
	/** The unit the column's header names (`Mean [ms]` → `ms`), if any. */
	header?: string;
	decimal?: DecimalMark;
	low: number;
	high?: number;
	dimension: Dimension;
	unit: string;
}

const NBSP = '\u00a0';
const THIN = '\u2009';
const NARROW_NBSP = '\u202f';

const CASES: Record<string, Case[]> = {
	// rust.code-maven.com/compile-size: "Compile size | 4,654,808"; the same figures as other locales group them.
	'thousands grouped by a comma, a space, a thin or no-break space, or an apostrophe': [
		{ cell: '4,654,808', low: 4654808, dimension: 'count', unit: '' },
		{ cell: '2,140', low: 2140, dimension: 'count', unit: '' },
		{ cell: '2 140', low: 2140, dimension: 'count', unit: '' },
		{ cell: `2${THIN}140`, low: 2140, dimension: 'count', unit: '' },
		{ cell: `2${NBSP}140`, low: 2140, dimension: 'count', unit: '' },
		{ cell: `4${NARROW_NBSP}654${NARROW_NBSP}808`, low: 4654808, dimension: 'count', unit: '' },
		{ cell: "2'140", low: 2140, dimension: 'count', unit: '' },
		{ cell: '2’140', low: 2140, dimension: 'count', unit: '' },
		{ cell: '1 234 567 B', low: 1234567, dimension: 'bytes', unit: 'B' },
	],
	// German and French articles: "1,5 s", "2.140,5 MB", "12,75 %" (decimal comma where the article uses it).
	'a decimal comma where the article uses it': [
		{ cell: '1,5 s', decimal: ',', low: 1.5, dimension: 'time', unit: 's' },
		{ cell: '2.140,5 MB', decimal: ',', low: 2140.5e6, dimension: 'bytes', unit: 'MB' },
		{ cell: `2${NBSP}140,5 MB`, decimal: ',', low: 2140.5e6, dimension: 'bytes', unit: 'MB' },
		{ cell: '12,75 %', decimal: ',', low: 12.75, dimension: 'percent', unit: '%' },
		{ cell: '2,140', decimal: ',', low: 2.14, dimension: 'count', unit: '' },
		{ cell: '2,140', decimal: '.', low: 2140, dimension: 'count', unit: '' },
	],
	// rust.learningz.xyz (release profiles): "lto = false → true | -10 to -20% | +5 to +20%"; a Unicode minus as typeset.
	'signs written − or +, and signed ranges': [
		{ cell: '−12 %', low: -12, dimension: 'percent', unit: '%' },
		{ cell: '-12%', low: -12, dimension: 'percent', unit: '%' },
		{ cell: '+8.5 %', low: 8.5, dimension: 'percent', unit: '%' },
		{ cell: '-10 to -20%', low: -20, high: -10, dimension: 'percent', unit: '%' },
		{ cell: '+5 to +20%', low: 5, high: 20, dimension: 'percent', unit: '%' },
		{ cell: '−3–+4 %', low: -3, high: 4, dimension: 'percent', unit: '%' },
	],
	// sysdesign-wiki (hyperfine): "a 97 % win … 0.02 % end-to-end".
	percentages: [
		{ cell: '97 %', low: 97, dimension: 'percent', unit: '%' },
		{ cell: '0.02 %', low: 0.02, dimension: 'percent', unit: '%' },
		{ cell: '12%', low: 12, dimension: 'percent', unit: '%' },
		{ cell: '12', header: '%', low: 12, dimension: 'percent', unit: '%' },
	],
	// hyperfine --export-markdown: "| `rust/foo` | 2.8 ± 0.6 | 2.2 | 5.8 | 1.28 ± 0.36 |" under "Mean [ms]".
	'± (the value, its spread left to the label)': [
		{ cell: '2.8 ± 0.6', header: 'ms', low: 0.0028, dimension: 'time', unit: 'ms' },
		{ cell: '1.28 ± 0.36', low: 1.28, dimension: 'count', unit: '' },
		{ cell: '296.1 ±12.2 ms', low: 0.2961, dimension: 'time', unit: 'ms' },
		{ cell: '41 +/- 3 ms', low: 0.041, dimension: 'time', unit: 'ms' },
	],
	// The project's articles ("3–8 seconds", "1.2 GB"), criterion reports ("21.57 ms", "120.6 μs", "65.698 µs",
	// "101.5 ps", "186.22 MiB/s"), practicalrs.com ("3.7 MiB") and build logs ("1m 42s").
	'ranges and units in cells': [
		{ cell: '3–8 seconds', low: 3, high: 8, dimension: 'time', unit: 'seconds' },
		{ cell: '3 - 8 s', low: 3, high: 8, dimension: 'time', unit: 's' },
		{ cell: '1.2–1.5 GB', low: 1.2e9, high: 1.5e9, dimension: 'bytes', unit: 'GB' },
		{ cell: '21.57 ms', low: 0.02157, dimension: 'time', unit: 'ms' },
		{ cell: '120.6 μs', low: 120.6e-6, dimension: 'time', unit: 'μs' },
		{ cell: '65.698 µs', low: 65.698e-6, dimension: 'time', unit: 'µs' },
		{ cell: '101.5 ps', low: 101.5e-12, dimension: 'time', unit: 'ps' },
		{ cell: '3.7 MiB', low: 3.7 * 1024 ** 2, dimension: 'bytes', unit: 'MiB' },
		{ cell: '186.22 MiB/s', low: 186.22, dimension: 'unit:mib/s', unit: 'MiB/s' },
		{ cell: '1.2GB', low: 1.2e9, dimension: 'bytes', unit: 'GB' },
		{ cell: '1m 42s', low: 102, dimension: 'time', unit: 'min' },
		{ cell: '2 h 5 min', low: 7500, dimension: 'time', unit: 'h' },
		{ cell: '~40 ms', low: 0.04, dimension: 'time', unit: 'ms' },
		{ cell: '≈ 1,200 req/s', low: 1200, dimension: 'unit:req/s', unit: 'req/s' },
		{ cell: '120k', low: 120000, dimension: 'count', unit: 'k' },
		{ cell: '3.2×', low: 3.2, dimension: 'unit:×', unit: '×' },
		{ cell: '$1,200', low: 1200, dimension: 'unit:$', unit: '$' },
		{ cell: '1 200 €', low: 1200, dimension: 'unit:€', unit: '€' },
	],
	'units in the header': [
		{ cell: '41', header: 'ms', low: 0.041, dimension: 'time', unit: 'ms' },
		{ cell: '2 140', header: 'MB', low: 2140e6, dimension: 'bytes', unit: 'MB' },
		{ cell: '1,5', header: 's', decimal: ',', low: 1.5, dimension: 'time', unit: 's' },
	],
};

describe('numbers as people write them in tables', () => {
	for (const [group, cases] of Object.entries(CASES)) {
		it(group, () => {
			for (const c of cases) {
				const q = parseQuantity(c.cell, c.header ?? null, c.decimal ?? '.');
				const what = `${JSON.stringify(c.cell)}${c.header ? ` under (${c.header})` : ''}${c.decimal ? ` with decimal "${c.decimal}"` : ''}`;
				expect(q, what).not.toBeNull();
				expect(q?.low, what).toBeCloseTo(c.low, 12);
				expect(q?.high, what).toBeCloseTo(c.high ?? c.low, 12);
				expect(q?.range, what).toBe(c.high !== undefined);
				expect(q?.dimension, what).toBe(c.dimension);
				expect(q?.unit, what).toBe(c.unit);
			}
		});
	}

	it('reads no number where there is none, or where a bound or a version is written', () => {
		for (const cell of ['Could spike to 3+ GB', 'over 150,000', '—', '', 'Yes', 'Rust 1.70', '3+ GB', '< 5 ms', '12 345 678 9', '1,23,4', 'v1.2', 'n/a']) {
			expect(parseQuantity(cell), cell).toBeNull();
		}
	});

	it('finds the unit a header names: in parentheses, brackets, after a comma or "in", or a trailing %', () => {
		expect(headerUnit('Mean [ms]')).toEqual({ name: 'Mean', unit: 'ms' });
		expect(headerUnit('Go p99 (ms)')).toEqual({ name: 'Go p99', unit: 'ms' });
		expect(headerUnit('Size, MB')).toEqual({ name: 'Size', unit: 'MB' });
		expect(headerUnit('Binary size in MiB')).toEqual({ name: 'Binary size', unit: 'MiB' });
		expect(headerUnit('Δ %')).toEqual({ name: 'Δ', unit: '%' });
		expect(headerUnit('Change (%)')).toEqual({ name: 'Change', unit: '%' });
		expect(headerUnit('Throughput (req/s)')).toEqual({ name: 'Throughput', unit: 'req/s' });
		expect(headerUnit('Rust (with virtual threads)')).toEqual({ name: 'Rust (with virtual threads)', unit: null });
		expect(headerUnit('Go, Rust')).toEqual({ name: 'Go, Rust', unit: null });
	});

	it('tells a decimal comma from a thousands comma by the numbers a table (or article) writes', () => {
		expect(decimalMarkOf(['1,5 s', '12,75 %', '2.140,5 MB'])).toBe(',');
		expect(decimalMarkOf(['1.5 s', '4,654,808', '0.02 %'])).toBe('.');
		expect(decimalMarkOf(['2,140', '3,500'])).toBeNull();
		expect(decimalMarkOf(['Yes', 'No'])).toBeNull();
	});
});

const table = comparisonTable;

describe('tables as people write them, as charts', () => {
	it('draws columns in different units as separate charts, never on one axis', () => {
		const charts = tableCharts(table(['Crate', 'Size (MB)', 'Δ %'], [['serde', '2.1', '+3 %'], ['tokio', '4.8', '−12 %'], ['axum', '1.3', '0 %']]));
		expect(charts.map((c) => ({ series: c.series, unit: c.unit }))).toEqual([
			{ series: ['Size'], unit: 'MB' },
			{ series: ['Δ'], unit: '%' },
		]);
		expect(charts[0]?.rows.map((r) => r.bars[0]?.value)).toEqual([2.1, 4.8, 1.3]);
		// Negative values go left of zero: the axis starts below it.
		expect(charts[1]?.rows.map((r) => r.bars[0])).toEqual([
			{ value: 3, low: null, label: '+3 %' },
			{ value: -12, low: null, label: '−12 %' },
			{ value: 0, low: null, label: '0 %' },
		]);
		expect(charts[1]?.min).toBe(-12);
		expect(charts[0]?.min).toBeUndefined();
	});

	it('leaves a summary row (total, sum, average) out of the bars', () => {
		const [chart] = tableCharts(table(['Service', 'Memory'], [['api', '120 MB'], ['worker', '80 MB'], ['**Total**', '200 MB']].map((r) => r.map((c) => c.replace(/\*\*(.*)\*\*/, '<strong>$1</strong>')))));
		expect(chart?.rows.map((r) => r.label)).toEqual(['api', 'worker']);
		for (const label of ['Total', 'Sum', 'Average', 'Avg.', 'Mean', 'Median', 'Overall', 'All services', 'Gesamt', 'Summe']) {
			expect(isSummaryRow(label), label).toBe(true);
		}
		// A row that happens to start with such a word but is not the last is a row like any other.
		const stats = tableCharts(table(['Statistic', 'Estimate'], [['Mean execution time', '21.61 ms'], ['Standard deviation', '346.5 μs']]));
		expect(stats[0]?.rows.map((r) => r.label)).toEqual(['Mean execution time', 'Standard deviation']);
	});

	it('reads the decimal comma a table (or its article) uses, and writes its ticks with it', () => {
		const german = table(['Schritt', 'Zeit'], [['Kompilieren', '1,5 s'], ['Linken', '0,8 s'], ['Tests', '12 s']]);
		const [chart] = tableCharts(german);
		expect(chart?.rows.map((r) => r.bars[0]?.value)).toEqual([1.5, 0.8, 12]);
		expect(chart?.decimal).toBe(',');
		// `2,140` alone does not tell: the article's other tables do.
		const ambiguous = table(['Build', 'Size'], [['debug', '2,140 MB'], ['release', '1,250 MB']]);
		expect(tableCharts(ambiguous)[0]?.rows.map((r) => r.bars[0]?.value)).toEqual([2140, 1250]);
		expect(tableCharts(ambiguous, ',')[0]?.rows.map((r) => r.bars[0]?.value)).toEqual([2.14, 1.25]);
	});

	it('charts hyperfine\'s exported table: times with ± on one axis, the relative factor apart', () => {
		const charts = tableCharts(
			table(
				['Command', 'Mean [ms]', 'Min [ms]', 'Max [ms]', 'Relative'],
				[
					['`c/foo`', '2.2 ± 0.4', '1.8', '6.7', '1.00'],
					['`rust/foo`', '2.8 ± 0.6', '2.2', '5.8', '1.28 ± 0.36'],
					['`go/foo`', '4.4 ± 1.2', '3.1', '9.1', '2.02 ± 0.65'],
				],
			),
		);
		expect(charts.map((c) => c.series)).toEqual([['Mean', 'Min', 'Max'], ['Relative']]);
		expect(charts[0]?.unit).toBe('ms');
		expect(charts[0]?.rows[1]?.bars[0]).toEqual({ value: 2.8, low: null, label: '2.8 ± 0.6 ms' });
	});
});
