import { renderChartSvg } from '../chart/svg.ts';
import { escapeHtml } from '../html/escape.ts';
import { chartWidthFor } from '../deck/chart-slides.ts';
import type { ChartSlide } from '../deck/model.ts';
import type { RenderContext } from './context.ts';
import { renderFrame, renderHeading, renderPageCount } from './frame.ts';

/** A chart slide: the table's heading and the bar chart as inline SVG, drawn here at build time at the width of the deck's frame. */
export function renderChartSlide(slide: ChartSlide, ctx: RenderContext): string {
	const svg = renderChartSvg(slide.chart, { id: `${slide.id}-svg`, title: slide.caption, rows: slide.chart.rows, width: chartWidthFor(ctx.aspect) });
	const { labelHeader, series } = slide.chart;
	// Says what is compared, in words, above the bars: `Reconciliation worker: Go vs Rust`.
	const what = [labelHeader, series.length > 1 ? series.join(' vs ') : ''].filter(Boolean).join(': ');
	const caption = what ? `<figcaption class="chart-caption">${escapeHtml(what)}</figcaption>` : '';
	return renderFrame(slide, renderHeading(slide.title, renderPageCount(slide.page, slide.pages)) + `<figure class="chart-figure">${caption}${svg}</figure>`, ctx);
}
