import { CHART_WIDTH, chartDescription, chartHeight } from '../chart/svg.ts';
import { decimalMarkOf } from '../chart/quantity.ts';
import type { DecimalMark } from '../chart/quantity.ts';
import { summaryRows, tableCells, tableCharts } from '../chart/table-chart.ts';
import { htmlText } from '../html/escape.ts';
import type { ChartData, ChartRow } from '../chart/table-chart.ts';
import type { ArticleExtraction, ComparisonTable } from '../extract/types.ts';
import { deckBuildContext, type DeckBuildContext } from './build-context.ts';
import type { ChartSlide } from './model.ts';
import { NOTES_WORDS, wordCount } from './notes-picker.ts';
import { quoted } from './notes.ts';
import { paginate } from './pages.ts';
import { slideSource } from './source.ts';
import type { Aspect } from './aspect.ts';
import { tableTitle } from './table-slides.ts';
import { contentWidth } from './table-layout.ts';

/** Height a chart may take in the 616 px content box under a one-line heading (92 px) and its caption (about 54 px), in frame pixels. */
export const CHART_MAX_HEIGHT = 440;

/**
 * Rows per chart page, so no bar is drawn small to fit: as few pages as greedy packing into
 * CHART_MAX_HEIGHT needs, with the rows then shared out evenly (14 rows → 5 + 5 + 4, not 6 + 6 + 2)
 * when the even split still fits.
 */
export function chartPages(data: ChartData, maxHeight = CHART_MAX_HEIGHT, width = CHART_WIDTH): ChartRow[][] {
	const greedy: ChartRow[][] = [];
	for (const row of data.rows) {
		const last = greedy.at(-1);
		if (last && chartHeight(data, [...last, row], width) <= maxHeight) last.push(row);
		else greedy.push([row]);
	}
	const even = paginate(data.rows, Math.ceil(data.rows.length / greedy.length));
	return even.length === greedy.length && even.every((rows) => chartHeight(data, rows, width) <= maxHeight) ? even : greedy;
}

/** Width a chart is drawn at in `aspect`'s frame: the slide body's content width (1136 px at 16:9, 816 px at 4:3). */
export function chartWidthFor(aspect: Aspect): number {
	return contentWidth(aspect);
}

/** What a chart shows, as its accessible name: `Reconciliation worker: Go and Rust, in GB`. */
export function chartCaption(data: ChartData, title: string): string {
	const what = data.labelHeader || title;
	const series = data.series.length > 1 ? `${data.series.slice(0, -1).join(', ')} and ${data.series.at(-1)}` : (data.series[0] ?? '');
	return `Bar chart of ${what}: ${series}${data.unit ? `, in ${data.unit}` : ''}`;
}

/** Why the chart is there, from its own data: said when the article has no more prose for it. */
function purpose(data: ChartData, title: string, page: number): string {
	const scale = data.unit ? ` on one scale in ${data.unit}` : ' on one scale';
	if (page > 1) return `The chart goes on with the next rows of the table in ${quoted(title)}${scale.replace('one scale', 'the scale of its first page')}, so these bars compare with the ones before.`;
	const what = data.series.length > 1 ? `the ${data.series.join(' and ')} figures` : 'the figures';
	return `The chart draws ${what} of the table in ${quoted(title)}${scale}, so the room sees the gap at a glance instead of reading it from cells.`;
}

/** The number a value label starts with (`1.2` of `1.2 GB`, `3` of `3-8 seconds`, `−12` of `−12 %`), to find the sentences that state it. */
function figure(label: string): string {
	return /^[−+-]?[\d.,'’ ]*\d/.exec(label)?.[0] ?? label;
}

/** Article sentences of the table's section that state the figures on this page. */
function figureSentences(table: ComparisonTable, rows: readonly ChartRow[]): string[] {
	const figures = rows.flatMap((row) => row.bars.flatMap((bar) => (bar ? [figure(bar.label)] : [])));
	const stated = figures.map((f) => new RegExp(`(?<![\\d.])${f.replace(/[.+]/g, '\\$&')}(?![\\d])`));
	return table.prose.filter((sentence) => stated.some((pattern) => pattern.test(sentence)));
}

/** The article's decimal mark, as its tables write numbers (`1,5 s` or `1.5 s`); `null` when they do not tell. */
export function articleDecimalMark(extraction: ArticleExtraction): DecimalMark | null {
	return decimalMarkOf(extraction.tables.flatMap(tableCells));
}

/** A short word for a second or later chart's id, from its axis unit: `%` → `percent`, `MB` → `mb`, none → `count`. */
function unitSlug(unit: string): string {
	const named: Record<string, string> = { '%': 'percent', '×': 'times', $: 'usd', '€': 'eur', '£': 'gbp', '': 'count' };
	return named[unit] ?? (unit.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'values');
}

/** The summary rows (total, average) a chart leaves out, said in its notes so the speaker knows where they went. */
function summaryNote(table: ComparisonTable): string | null {
	const labels = table.rows.map((row) => htmlText(row[0] ?? ''));
	const summaries = summaryRows(labels).map((r) => labels[r] ?? '');
	if (summaries.length === 0) return null;
	return `The ${summaries.map((label) => quoted(label)).join(' and ')} row sums up the others, so the chart leaves it out.`;
}

/**
 * The chart slides of a table, right after its table slides: `chart-<n>` (its pages `chart-<n>-2`, …) for
 * table n, and when its columns measure different things (MB next to a Δ % column) one more chart per
 * kind, `chart-<n>-percent`, never one axis for both (see tableCharts). None when the table is not
 * numeric or opts out. Long tables give one chart per page, on one shared scale, at the width of the
 * deck's frame. Notes read the figures out, then the section's sentences no other slide has (those stating
 * the figures first, from the deck's picker), and say why the chart is there when the article has no
 * more prose for it.
 */
export function chartSlides(extraction: ArticleExtraction, table: ComparisonTable, ctx: DeckBuildContext = deckBuildContext()): ChartSlide[] {
	if (!table.chart) return [];
	const charts = tableCharts(table, articleDecimalMark(extraction));
	const title = tableTitle(extraction, table);
	const width = chartWidthFor(ctx.aspect);
	const picker = ctx.notesFor(extraction);
	const summary = summaryNote(table);
	return charts.flatMap((data, k) => {
		const pages = chartPages(data, CHART_MAX_HEIGHT, width);
		const base = k === 0 ? `chart-${table.index}` : `chart-${table.index}-${unitSlug(data.unit)}`;
		return pages.map((rows, i) => {
			const reading = chartDescription(data, rows);
			const terms = [data.labelHeader, ...data.series, ...rows.map((row) => row.label), ...rows.flatMap((row) => row.bars.flatMap((bar) => (bar ? [bar.label] : [])))];
			const picked = picker.pick({ terms, prefer: figureSentences(table, rows), sections: [table.source.sectionId], minShare: 0.3, maxWords: NOTES_WORDS.max - wordCount(reading) - 30 });
			const words = wordCount(reading) + picked.reduce((n, p) => n + wordCount(p), 0);
			const left = i === 0 && summary ? [summary] : [];
			return {
				kind: 'chart' as const,
				id: i === 0 ? base : `${base}-${i + 1}`,
				title,
				caption: chartCaption(data, title),
				chart: { ...data, rows },
				page: i + 1,
				pages: pages.length,
				notes: [reading, ...left, ...picked, ...(words < NOTES_WORDS.min ? [purpose(data, title, i + 1)] : [])],
				source: slideSource(extraction, table.source),
			};
		});
	});
}
