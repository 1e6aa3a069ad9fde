import { chartAxis, chartHeight } from '../chart/svg.ts';
import { chartWidthFor } from '../deck/chart-slides.ts';
import type { ChartSlide } from '../deck/model.ts';
import type { PptxContext } from './context.ts';
import { pt } from './geometry.ts';
import { headingBlock } from './heading.ts';
import { textBlock, titledLayout, type Block, type Layout } from './layout.ts';
import type { ChartShape } from './shapes.ts';
import { paragraph, run, sizePt, TYPE } from './typography.ts';

/** The text drawn next to a bar, as the SVG draws it (src/lib/chart/svg.ts): the series name first when bars are grouped. */
export function barText(series: readonly string[], label: string, s: number): string {
	return series.length > 1 ? `${series[s]}: ${label}` : label;
}

/**
 * A chart slide (src/lib/render/chart.ts): heading, the caption saying what is compared, and a native
 * horizontal bar chart of this page's rows with the article's numbers in its sheet, the SVG's scale
 * (`chartAxis`, as the SVG draws it), colours and value labels, at the SVG's height. Chart text is 18 pt
 * (the SVG's 24 px) and is not scaled with the slide.
 */
export function chartLayout(slide: ChartSlide, ctx: PptxContext, scale: number): Layout {
	const { palette, frame } = ctx;
	const { chart } = slide;
	const title = headingBlock(slide.title, TYPE.h2, ctx, scale, slide);
	const captionSize = sizePt(TYPE.chart, scale);
	const what = [chart.labelHeader, chart.series.length > 1 ? chart.series.join(' vs ') : ''].filter(Boolean).join(': ');
	// The SVG's axis (src/lib/chart/svg.ts).
	const axis = chartAxis(chart);
	const caption = what ? textBlock('Caption', [paragraph([run(what, captionSize, palette.muted)], captionSize, TYPE.bodyLine)], frame.contentWidth, ctx.measure) : null;
	const captionGap = 0.6 * captionSize;
	// LibreOffice and PowerPoint lay a chart out themselves and need more room than the SVG: a bar and its gap
	// per series, the axis and its title. As much of that room as the slide has, and never less than the SVG's.
	const svgHeight = pt(chartHeight(chart, chart.rows, chartWidthFor(ctx.aspect)));
	const roomy = chart.rows.length * (chart.series.length * 34 + 20) + 80;
	const left = frame.height - 2 * frame.padY - title.block.height - title.gap - (caption ? caption.height + captionGap : 0);
	const height = Math.max(svgHeight, Math.min(roomy, left));
	const shape: Omit<ChartShape, 'x' | 'y'> = {
		type: 'chart',
		name: 'Chart',
		w: frame.contentWidth,
		h: height,
		categories: chart.rows.map((row) => row.label),
		series: chart.series.map((name, s) => ({
			name,
			color: palette.chart[s % palette.chart.length] ?? palette.accent,
			points: chart.rows.map((row) => {
				const bar = row.bars[s];
				return bar ? { value: bar.value, low: bar.low, label: barText(chart.series, bar.label, s) } : null;
			}),
		})),
		unit: chart.unit,
		axisMin: axis.min,
		axisMax: axis.max,
		axisStep: axis.step,
		textColor: palette.fg,
		mutedColor: palette.muted,
		gridColor: palette.border,
		background: palette.bg,
		fontPt: sizePt(TYPE.chart),
	};
	const chartBlock: Block = { width: shape.w, height, minFontPt: Infinity, place: (x, y) => [{ ...shape, x, y }] };
	const body = caption ? [{ block: caption, gapBefore: 0 }, { block: chartBlock, gapBefore: captionGap }] : [{ block: chartBlock, gapBefore: 0 }];
	return titledLayout(frame, title.block, title.gap, body);
}
