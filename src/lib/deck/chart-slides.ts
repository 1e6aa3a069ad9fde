import { chartDescription, chartHeight } from '../chart/svg.ts';
import { tableChart } from '../chart/table-chart.ts';
import type { ChartData, ChartRow } from '../chart/table-chart.ts';
import type { ArticleExtraction, ComparisonTable } from '../extract/types.ts';
import type { ChartSlide } from './model.ts';
import { paginate, slideIdFor } from './pages.ts';
import { slideSource } from './source.ts';
import { tableTitle } from './table-slides.ts';

/** Height a chart may take in the 616 px content box under a one-line heading (92 px) and its caption (about 54 px), in frame pixels. */
export const CHART_MAX_HEIGHT = 440;

/**
 * Rows per chart page, so no bar is drawn small to fit: as few pages as greedy packing into
 * CHART_MAX_HEIGHT needs, with the rows then shared out evenly (14 rows → 5 + 5 + 4, not 6 + 6 + 2)
 * when the even split still fits.
 */
export function chartPages(data: ChartData, maxHeight = CHART_MAX_HEIGHT): ChartRow[][] {
	const greedy: ChartRow[][] = [];
	for (const row of data.rows) {
		const last = greedy.at(-1);
		if (last && chartHeight(data, [...last, row]) <= maxHeight) last.push(row);
		else greedy.push([row]);
	}
	const even = paginate(data.rows, Math.ceil(data.rows.length / greedy.length));
	return even.length === greedy.length && even.every((rows) => chartHeight(data, rows) <= maxHeight) ? even : greedy;
}

/** What a chart shows, as its accessible name: `Reconciliation worker: Go and Rust, in GB`. */
export function chartCaption(data: ChartData, title: string): string {
	const what = data.labelHeader || title;
	const series = data.series.length > 1 ? `${data.series.slice(0, -1).join(', ')} and ${data.series.at(-1)}` : (data.series[0] ?? '');
	return `Bar chart of ${what}: ${series}${data.unit ? `, in ${data.unit}` : ''}`;
}

/** The number a value label starts with (`1.2` of `1.2 GB`, `3` of `3-8 seconds`), to find the sentences that state it. */
function figure(label: string): string {
	return /^[\d.,]+/.exec(label)?.[0] ?? label;
}

/**
 * Article sentences of the table's section that state the figures on this page, leaving out those
 * the table slide already reads (its notes).
 */
function figureSentences(table: ComparisonTable, rows: readonly ChartRow[]): string[] {
	const figures = rows.flatMap((row) => row.bars.flatMap((bar) => (bar ? [figure(bar.label)] : [])));
	return table.prose.filter(
		(sentence) =>
			figures.some((f) => new RegExp(`(?<![\\d.])${f.replace(/[.]/g, '\\.')}(?![\\d])`).test(sentence)) &&
			!table.notes.some((paragraph) => paragraph.includes(sentence)),
	);
}

/**
 * The chart slides of a table (`chart-<n>`, `chart-<n>-2`, … for table n), right after its table
 * slides: none when the table is not numeric (see tableChart) or opts out. Long tables give one chart
 * per page, on one shared scale. Notes read the figures out, with the article's sentences that state them.
 */
export function chartSlides(extraction: ArticleExtraction, table: ComparisonTable): ChartSlide[] {
	if (!table.chart) return [];
	const data = tableChart(table);
	if (!data) return [];
	const title = tableTitle(extraction, table);
	const pages = chartPages(data);
	return pages.map((rows, i) => ({
		kind: 'chart',
		id: slideIdFor('chart', table.index, i + 1),
		title,
		caption: chartCaption(data, title),
		chart: { ...data, rows },
		page: i + 1,
		pages: pages.length,
		notes: [chartDescription(data, rows), ...figureSentences(table, rows)],
		source: slideSource(extraction, table.source),
	}));
}
