import { escapeAttr, escapeHtml } from '../html/escape.ts';
import type { ChartData, ChartRow } from './table-chart.ts';

/**
 * Horizontal bar charts as inline SVG, drawn at build time (no client script, so they print and work
 * from the single-file deck). The SVG is laid out in frame pixels and shown at 1:1 (`width` equals the
 * viewBox width), so its 24 px text is 24 px in the 1280×720 frame. Colours come from CSS classes
 * (`s1`, `s2`, …, see styles/deck/chart.css), so both deck themes restyle the same markup.
 */

/** Every text of the chart, in frame pixels: the readability floor. */
export const CHART_FONT_PX = 24;
/** Width the chart is drawn at: the slide body's content width (1280 − 2 × 72 px padding). */
export const CHART_WIDTH = 1136;
const BAR = 36;
const BAR_GAP = 8;
const ROW_GAP = 22;
const LINE = 30;
const AXIS = 48;
const MAX_LABEL_WIDTH = 440;
const GAP = 18;

/** Estimated rendered width of `text` at 24 px in the decks' Noto Sans, erring wide (4–8 % over its real advances on the project's charts). */
export function textWidth(text: string): number {
	let width = 0;
	for (const char of text) {
		if (/[il.,:;|!'()[\]\s]/.test(char)) width += 7.5;
		else if (/[MWmw@%—–]/.test(char)) width += 21;
		else if (/[A-Z0-9]/.test(char)) width += 16;
		else width += 13.5;
	}
	return Math.ceil(width);
}

/** Splits a label into lines no wider than `max`, by words (a single long word keeps its own line). */
export function wrapText(text: string, max: number): string[] {
	const lines: string[] = [];
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const last = lines.at(-1);
		if (last !== undefined && textWidth(`${last} ${word}`) <= max) lines[lines.length - 1] = `${last} ${word}`;
		else lines.push(word);
	}
	return lines.length > 0 ? lines : [''];
}

/** A round tick step giving about `target` intervals up to `max`: 1, 2, 2.5 or 5 times a power of ten. */
export function niceStep(max: number, target = 4): number {
	const raw = max / target;
	const magnitude = 10 ** Math.floor(Math.log10(raw));
	const n = raw / magnitude;
	return (n <= 1 ? 1 : n <= 2 ? 2 : n <= 2.5 ? 2.5 : n <= 5 ? 5 : 10) * magnitude;
}

/**
 * A chart's value axis: steps sized by the longer side of zero, so a small negative value costs one step
 * of the axis, not a third of it; below zero only when a value is (a Δ % column), the bars then growing
 * left and right of the zero line. The SVG and the PowerPoint chart (src/lib/pptx/chart.ts) draw this one.
 */
export function chartAxis(data: Pick<ChartData, 'max' | 'min'>): { min: number; max: number; step: number } {
	const step = niceStep(Math.max(data.max, -(data.min ?? 0)));
	return { min: Math.floor((data.min ?? 0) / step + 1e-9) * step, max: Math.ceil(data.max / step - 1e-9) * step, step };
}

/** A tick value as text, without float noise (`1.2`, not `1.2000000000000002`), with the article's decimal mark and a true minus. */
export function formatTick(value: number, step: number, decimal: '.' | ',' = '.'): string {
	const decimals = Math.max(0, -Math.floor(Math.log10(step)) + (step % 1 === 0.5 ? 1 : 0));
	const text = String(Number(value.toFixed(Math.min(decimals + 1, 6))));
	return (decimal === ',' ? text.replace('.', ',') : text).replace(/^-/, '−');
}

/** The accessible description: every value, row by row. */
export function chartDescription(data: ChartData, rows: readonly ChartRow[]): string {
	return rows
		.map((row) => {
			const values = row.bars.map((bar, s) => (bar ? `${data.series.length > 1 ? `${data.series[s]} ` : ''}${bar.label}` : null)).filter(Boolean);
			return `${row.label}: ${values.join(', ')}.`;
		})
		.join(' ');
}

/** The text drawn next to a bar: the cell's value, after the series name when bars are grouped. */
function barText(data: ChartData, label: string, series: number): string {
	return data.series.length > 1 ? `${data.series[series]}: ${label}` : label;
}

/** Options of one drawn chart. */
export interface ChartSvgOptions {
	/** Unique in the deck: prefixes the ids `aria-labelledby` points at. */
	id: string;
	/** What the chart shows, its accessible name (`<title>`). */
	title: string;
	/** The rows drawn here (a page of a long table); the scale is `data.max` for every page. */
	rows: readonly ChartRow[];
	/** Content width of the frame in frame pixels; CHART_WIDTH for the 1280×720 frame (a 4:3 frame is narrower). */
	width?: number;
}

/** Height a chart of these rows takes when drawn `width` px wide, in frame pixels (for paging long tables). */
export function chartHeight(data: ChartData, rows: readonly ChartRow[], width = CHART_WIDTH): number {
	const labelWidth = labelWidthFor(rows, width);
	return rows.reduce((sum, row) => sum + rowHeight(data, row, labelWidth) + ROW_GAP, 0) + AXIS;
}

/** Width of the row-label column: the widest label, wrapped at MAX_LABEL_WIDTH. */
function labelColumnWidth(rows: readonly ChartRow[]): number {
	return Math.min(MAX_LABEL_WIDTH, Math.max(...rows.map((row) => textWidth(row.label)), 60));
}

/** Width of the row-label column in a chart `width` px wide: at most 40 % of it, so the bars keep room. */
function labelWidthFor(rows: readonly ChartRow[], width: number): number {
	return Math.min(labelColumnWidth(rows), Math.round(width * 0.4));
}

/** Height of one row: its bars, or its wrapped label when that is taller. */
function rowHeight(data: ChartData, row: ChartRow, labelWidth: number): number {
	const bars = data.series.length * BAR + (data.series.length - 1) * BAR_GAP;
	return Math.max(bars, wrapText(row.label, labelWidth).length * LINE);
}

/** A number in SVG coordinates, rounded so the markup is stable and short. */
function px(n: number): string {
	return String(Math.round(n * 10) / 10);
}

/** An SVG `<text>` element; `attrs` are trusted, the text is escaped. */
function text(x: number, y: number, content: string, attrs: string): string {
	return `<text x="${px(x)}" y="${px(y)}" ${attrs}>${escapeHtml(content)}</text>`;
}

/**
 * Draws one chart: a row label at the left of each group of bars, one bar per series (a range as a
 * bar from its low to its high end), each bar labelled with its value, and an axis in `data.unit`.
 */
export function renderChartSvg(data: ChartData, options: ChartSvgOptions): string {
	const rows = options.rows;
	const chartWidth = options.width ?? CHART_WIDTH;
	const labelWidth = labelWidthFor(rows, chartWidth);
	const valueRoom = Math.max(...rows.flatMap((row) => row.bars.map((bar, s) => (bar ? textWidth(barText(data, bar.label, s)) : 0)))) + GAP;
	const unitRoom = textWidth(` ${data.unit}`) + GAP;
	const plotX = labelWidth + GAP;
	const plotWidth = chartWidth - plotX - Math.max(valueRoom, unitRoom);
	const { min: axisMin, max: axisMax, step } = chartAxis(data);
	const x = (value: number): number => plotX + ((value - axisMin) / (axisMax - axisMin)) * plotWidth;
	const parts: string[] = [];
	let y = 0;
	for (const row of rows) {
		const height = rowHeight(data, row, labelWidth);
		const lines = wrapText(row.label, labelWidth);
		const labelTop = y + (height - lines.length * LINE) / 2;
		lines.forEach((line, i) => parts.push(text(labelWidth, labelTop + (i + 0.5) * LINE, line, 'class="chart-label" text-anchor="end" dominant-baseline="central"')));
		const barsHeight = data.series.length * BAR + (data.series.length - 1) * BAR_GAP;
		row.bars.forEach((bar, s) => {
			if (!bar) return;
			const top = y + (height - barsHeight) / 2 + s * (BAR + BAR_GAP);
			const from = bar.low ?? 0;
			const start = x(Math.min(from, bar.value));
			const width = Math.max(x(Math.max(from, bar.value)) - start, 2);
			const kind = bar.low === null ? 'bar' : 'bar range';
			parts.push(`<rect class="${kind} s${s + 1}" x="${px(start)}" y="${px(top)}" width="${px(width)}" height="${BAR}" rx="3"/>`);
			parts.push(text(start + width + 10, top + BAR / 2, barText(data, bar.label, s), 'class="chart-value" dominant-baseline="central"'));
		});
		y += height + ROW_GAP;
	}
	const axisY = y - ROW_GAP / 2;
	const ticks: string[] = [];
	const count = Math.round((axisMax - axisMin) / step);
	for (let i = 0; i <= count; i++) {
		const value = axisMin + i * step;
		const label = formatTick(value, step, data.decimal);
		ticks.push(`<line class="chart-grid" x1="${px(x(value))}" x2="${px(x(value))}" y1="0" y2="${px(axisY)}"/>`);
		// The last tick names the unit (`1.5 GB`), its number still centred under the tick.
		const withUnit = i === count && data.unit !== '';
		ticks.push(
			withUnit
				? text(x(value) - textWidth(label) / 2, axisY + LINE, `${label} ${data.unit}`, 'class="chart-tick" dominant-baseline="central"')
				: text(x(value), axisY + LINE, label, 'class="chart-tick" text-anchor="middle" dominant-baseline="central"'),
		);
	}
	const height = Math.ceil(axisY + AXIS);
	const titleId = `${options.id}-title`;
	const descId = `${options.id}-desc`;
	return (
		`<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${chartWidth} ${height}" width="${chartWidth}" height="${height}" ` +
		`role="img" aria-labelledby="${escapeAttr(titleId)} ${escapeAttr(descId)}" font-size="${CHART_FONT_PX}">` +
		`<title id="${escapeAttr(titleId)}">${escapeHtml(options.title)}</title>` +
		`<desc id="${escapeAttr(descId)}">${escapeHtml(chartDescription(data, rows))}</desc>` +
		ticks.join('') +
		`<line class="chart-axis" x1="${px(plotX)}" x2="${px(x(axisMax))}" y1="${px(axisY)}" y2="${px(axisY)}"/>` +
		(axisMin < 0 ? `<line class="chart-zero" x1="${px(x(0))}" x2="${px(x(0))}" y1="0" y2="${px(axisY)}"/>` : '') +
		parts.join('') +
		`</svg>`
	);
}
