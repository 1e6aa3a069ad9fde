import { describe, expect, it } from 'vitest';
import { headerUnit, parseQuantity } from '../../src/lib/chart/quantity.ts';
import { CHART_FONT_PX, CHART_WIDTH, formatTick, niceStep, renderChartSvg, textWidth } from '../../src/lib/chart/svg.ts';
import { tableChart } from '../../src/lib/chart/table-chart.ts';
import type { ChartData } from '../../src/lib/chart/table-chart.ts';
import { extractTables } from '../../src/lib/extract/tables.ts';
import { comparisonTable, contextFor } from './support/article.ts';

const table = comparisonTable;

describe('parseQuantity', () => {
	it('reads numbers with units into base units, and ranges as ranges', () => {
		expect(parseQuantity('1.2 GB')).toEqual({ low: 1.2e9, high: 1.2e9, range: false, dimension: 'bytes', unit: 'GB' });
		expect(parseQuantity('110 MB')).toMatchObject({ high: 110e6, dimension: 'bytes' });
		expect(parseQuantity('3–8 seconds')).toEqual({ low: 3, high: 8, range: true, dimension: 'time', unit: 'seconds' });
		expect(parseQuantity('3-5 minutes')).toMatchObject({ low: 180, high: 300, range: true });
		expect(parseQuantity('150,000')).toMatchObject({ high: 150000, dimension: 'count' });
		expect(parseQuantity('41', 'ms')).toMatchObject({ high: 0.041, dimension: 'time', unit: 'ms' });
		expect(parseQuantity('12%')).toMatchObject({ high: 12, dimension: 'percent' });
	});

	it('rejects prose, dashes and bounds it cannot draw', () => {
		for (const cell of ['Could spike to 3+ GB', 'over 150,000', '—', '', 'Yes', 'Rust 1.70', '3+ GB']) expect(parseQuantity(cell), cell).toBeNull();
	});

	it('reads a unit from a header', () => {
		expect(headerUnit('Go p99 (ms)')).toEqual({ name: 'Go p99', unit: 'ms' });
		expect(headerUnit('Memory [MB]')).toEqual({ name: 'Memory', unit: 'MB' });
		expect(headerUnit('Rust (with virtual threads)')).toEqual({ name: 'Rust (with virtual threads)', unit: null });
	});
});

describe('tableChart', () => {
	it('normalises mixed units onto one axis in the unit most cells use, labels keeping the cells as written', () => {
		const chart = tableChart(table(['Worker', 'Go', 'Rust'], [['Resident set', '1.2 GB', '110 MB'], ['Under load', 'Kept OOM-killing', '—'], ['Peak', '3 GB', '140 MB']]));
		expect(chart).toEqual({
			labelHeader: 'Worker',
			series: ['Go', 'Rust'],
			unit: 'GB',
			rows: [
				{ label: 'Resident set', bars: [{ value: 1.2, low: null, label: '1.2 GB' }, { value: 0.11, low: null, label: '110 MB' }] },
				{ label: 'Peak', bars: [{ value: 3, low: null, label: '3 GB' }, { value: 0.14, low: null, label: '140 MB' }] },
			],
			max: 3,
		});
	});

	it('takes units from headers and draws ranges from their low end', () => {
		const latency = tableChart(table(['Service', 'Go p99 (ms)', 'Rust p99 (ms)'], [['Billing', '41', '12'], ['Auth', '18', '6']]));
		expect(latency?.series).toEqual(['Go p99', 'Rust p99']);
		expect(latency?.rows[0]?.bars[0]).toEqual({ value: 41, low: null, label: '41 ms' });
		const builds = tableChart(table(['Build', 'Time'], [['Clean', '90 seconds'], ['Incremental', '3-8 seconds'], ['CI', '2 minutes']]));
		expect(builds?.unit).toBe('seconds');
		expect(builds?.rows.map((row) => row.bars[0])).toEqual([
			{ value: 90, low: null, label: '90 seconds' },
			{ value: 8, low: 3, label: '3-8 seconds' },
			{ value: 120, low: null, label: '2 minutes' },
		]);
	});

	it('gives no chart for words, versions, a single bar, or figures too far apart to compare', () => {
		expect(tableChart(table(['Language', 'GC'], [['Rust', 'No'], ['Go', 'Yes']]))).toBeNull();
		expect(tableChart(table(['Crate', 'Version'], [['tokio', '1.29'], ['axum', '0.6']]))).toBeNull();
		expect(tableChart(table(['Worker', 'Memory'], [['Go', '1.2 GB'], ['Rust', 'small']]))).toBeNull();
		expect(tableChart(table(['Cost', 'Figure'], [['Build', '3–5 minutes'], ['Learning', '4–6 weeks'], ['Crates', 'over 150,000']]))).toBeNull();
	});
});

describe('renderChartSvg', () => {
	const data: ChartData = {
		labelHeader: 'Worker',
		series: ['Go', 'Rust'],
		unit: 'GB',
		rows: [
			{ label: 'Resident set', bars: [{ value: 1.2, low: null, label: '1.2 GB' }, { value: 0.11, low: null, label: '110 MB' }] },
			{ label: 'Incremental dev build on a laptop with a long label', bars: [{ value: 0.8, low: 0.3, label: '0.3–0.8 GB' }, null] },
		],
		max: 1.2,
	};
	const svg = renderChartSvg(data, { id: 'chart-1-svg', title: 'Bar chart of Worker: Go and Rust, in GB', rows: data.rows });
	const texts = [...svg.matchAll(/<text x="([\d.]+)" y="[\d.]+" ([^>]*)>([^<]*)<\/text>/g)].map((m) => ({ x: Number(m[1]), attrs: m[2] ?? '', text: m[3] ?? '' }));

	it('has an accessible name and a description that reads every value', () => {
		expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="chart-1-svg-title chart-1-svg-desc"/);
		expect(svg).toContain('<title id="chart-1-svg-title">Bar chart of Worker: Go and Rust, in GB</title>');
		expect(svg).toContain('<desc id="chart-1-svg-desc">Resident set: Go 1.2 GB, Rust 110 MB. Incremental dev build on a laptop with a long label: Go 0.3–0.8 GB.</desc>');
	});

	it('labels every bar with its value, draws a range from its low end, and names the unit on the axis', () => {
		expect(texts.filter((t) => t.attrs.includes('chart-value')).map((t) => t.text)).toEqual(['Go: 1.2 GB', 'Rust: 110 MB', 'Go: 0.3–0.8 GB']);
		expect(svg.match(/<rect class="bar[^"]*"/g)).toEqual(['<rect class="bar s1"', '<rect class="bar s2"', '<rect class="bar range s1"']);
		expect(texts.filter((t) => t.attrs.includes('chart-tick')).map((t) => t.text)).toEqual(['0', '0.5', '1', '1.5 GB']);
	});

	it('is drawn at 1:1 in frame pixels with every text at 24 px, inside its width', () => {
		const [, viewWidth, width] = /viewBox="0 0 (\d+) \d+" width="(\d+)"/.exec(svg) ?? [];
		expect(Number(viewWidth)).toBe(CHART_WIDTH);
		expect(Number(width)).toBe(CHART_WIDTH);
		expect(svg).toContain(`font-size="${CHART_FONT_PX}"`);
		expect(CHART_FONT_PX).toBeGreaterThanOrEqual(24);
		expect(svg).not.toMatch(/<text[^>]*font-size/);
		for (const t of texts) {
			const anchoredEnd = t.attrs.includes('text-anchor="end"');
			const anchoredMiddle = t.attrs.includes('text-anchor="middle"');
			const right = anchoredEnd ? t.x : anchoredMiddle ? t.x + textWidth(t.text) / 2 : t.x + textWidth(t.text);
			const left = anchoredEnd ? t.x - textWidth(t.text) : anchoredMiddle ? t.x - textWidth(t.text) / 2 : t.x;
			expect(right, t.text).toBeLessThanOrEqual(CHART_WIDTH);
			expect(left, t.text).toBeGreaterThanOrEqual(0);
		}
		// The long row label wraps instead of shrinking.
		expect(texts.filter((t) => t.attrs.includes('chart-label')).length).toBeGreaterThan(2);
	});

	it('escapes the article\'s text it draws', () => {
		const nasty: ChartData = { labelHeader: '', series: ['<b>'], unit: 'ms', rows: [{ label: '</text><script>x()</script>', bars: [{ value: 1, low: null, label: '1 "ms" & more' }] }], max: 1 };
		const out = renderChartSvg(nasty, { id: 'c"x', title: '<title>', rows: nasty.rows });
		expect(out).not.toMatch(/<script|<b>|<\/text><script/);
		expect(out).toContain('&lt;/text&gt;&lt;script&gt;x()&lt;/script&gt;');
		expect(out).toContain('aria-labelledby="c&quot;x-title c&quot;x-desc"');
	});

	it('draws values below zero to the left of a zero line, ticks with a true minus and the article\'s decimal mark', () => {
		const delta: ChartData = { labelHeader: 'Crate', series: ['Δ'], unit: '%', rows: [{ label: 'serde', bars: [{ value: 3, low: null, label: '+3 %' }] }, { label: 'tokio', bars: [{ value: -12, low: null, label: '−12 %' }] }], max: 3, min: -12 };
		const out = renderChartSvg(delta, { id: 'd', title: 'Δ', rows: delta.rows });
		const zero = Number(/<line class="chart-zero" x1="([\d.]+)"/.exec(out)?.[1]);
		const bars = [...out.matchAll(/<rect class="bar s1" x="([\d.]+)" y="[\d.]+" width="([\d.]+)"/g)].map((m) => ({ x: Number(m[1]), width: Number(m[2]) }));
		expect(bars[0]?.x).toBeCloseTo(zero, 0);
		expect((bars[1]?.x ?? 0) + (bars[1]?.width ?? 0)).toBeCloseTo(zero, 0);
		expect(bars[1]?.x).toBeLessThan(zero);
		expect([...out.matchAll(/class="chart-tick"[^>]*>([^<]*)</g)].map((m) => m[1])).toEqual(['−15', '−10', '−5', '0', '5 %']);
		expect(formatTick(1.5, 0.5, ',')).toBe('1,5');
	});

	it('picks round ticks without float noise', () => {
		expect(niceStep(1.2)).toBe(0.5);
		expect(niceStep(90)).toBe(25);
		expect(formatTick(0.1 * 3, 0.1)).toBe('0.3');
	});
});

describe('chart opt-out', () => {
	const numbers = '| Worker | Go | Rust |\n| --- | --- | --- |\n| Resident set | 1.2 GB | 110 MB |\n';

	it('is a comment right before the table, in Markdown or MDX, or charts: false in frontmatter', () => {
		const chartOf = (body: string, extra = '', file?: string) => extractTables(contextFor(body, extra, file)).map((t) => t.chart);
		expect(chartOf(`## A\n\n${numbers}`)).toEqual([true]);
		expect(chartOf(`## A\n\n<!-- talkbook: no-chart -->\n\n${numbers}\n${numbers}`)).toEqual([false, true]);
		expect(chartOf(`## A\n\n{/* talkbook: no-chart */}\n\n${numbers}`, '', 'articles/x.mdx')).toEqual([false]);
		expect(chartOf(`## A\n\n${numbers}`, 'charts: false')).toEqual([false]);
	});
});
