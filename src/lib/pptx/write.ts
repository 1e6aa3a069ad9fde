/**
 * The planned slides into a PowerPoint file with pptxgenjs: text boxes without autofit, native tables,
 * native bar charts and pictures, each slide's notes, the slide size of the deck's frame and the decks'
 * fonts named in the theme. finish.ts then corrects what pptxgenjs writes (see there).
 */
import PptxGenJS from 'pptxgenjs';
import type { Deck } from '../deck/model.ts';
import { PPTX_FONTS } from './fonts.ts';
import type { SlideFrame } from './geometry.ts';
import { splitLinkedRuns } from './links.ts';
import type { ChartShape, ImageShape, Paragraph, PptxSlide, TableShape, TextShape } from './shapes.ts';

type Slide = PptxGenJS.Slide;
type TextProps = PptxGenJS.TextProps;

/** Inches of points. */
const inch = (points: number): number => points / 72;

/** A paragraph's runs as pptxgenjs text objects; paragraph properties go on its first run only (finish.ts keeps those). */
function textProps(paragraphs: readonly Paragraph[]): TextProps[] {
	const out: TextProps[] = [];
	paragraphs.forEach((p, index) => {
		const runs = splitLinkedRuns(p.runs.length > 0 ? p.runs : [{ text: '', font: 'sans', sizePt: p.lineHeightPt / 1.4, color: '000000' }]);
		runs.forEach((r, i) => {
			const options: PptxGenJS.TextPropsOptions = {
				fontFace: PPTX_FONTS[r.font],
				fontSize: r.sizePt,
				color: r.color,
				...(r.bold ? { bold: true } : {}),
				...(r.italic ? { italic: true } : {}),
				...(r.strike ? { strike: 'sngStrike' as const } : {}),
				...(r.highlight ? { highlight: r.highlight } : {}),
				...(r.href ? { hyperlink: { url: r.href } } : {}),
				...(r.breakBefore && i > 0 ? { softBreakBefore: true } : {}),
			};
			if (i === 0) {
				options.lineSpacing = p.lineHeightPt;
				if (p.spaceBeforePt) options.paraSpaceBefore = p.spaceBeforePt;
				if (p.spaceAfterPt) options.paraSpaceAfter = p.spaceAfterPt;
				if (p.align) options.align = p.align;
				if (p.bullet) {
					const indent = p.indentPt ?? 0;
					options.bullet = p.bullet.kind === 'number' ? { type: 'number', numberStartAt: p.bullet.start, indent } : { indent };
				}
			}
			if (i === runs.length - 1 && index < paragraphs.length - 1) options.breakLine = true;
			out.push({ text: r.text, options });
		});
	});
	return out;
}

function addText(slide: Slide, shape: TextShape): void {
	const { insets } = shape;
	slide.addText(textProps(shape.paragraphs), {
		x: inch(shape.x),
		y: inch(shape.y),
		w: inch(shape.w),
		h: inch(shape.h),
		// pptxgenjs reads a margin array as left, right, bottom, top (points).
		margin: [insets.left, insets.right, insets.bottom, insets.top],
		valign: 'top',
		fit: 'none',
		wrap: true,
		objectName: shape.name,
		...(shape.fill ? { fill: { color: shape.fill } } : {}),
		...(shape.border ? { line: { color: shape.border.color, width: shape.border.widthPt } } : {}),
	});
}

function addTable(slide: Slide, shape: TableShape): void {
	const none = { type: 'none' as const };
	const rule = (color: string, widthPt: number) => ({ type: 'solid' as const, pt: widthPt, color });
	// Cell margins in points (pptxgenjs takes an array of values ≥ 1 as points: top, right, bottom, left).
	const margin: [number, number, number, number] = [shape.insets.top, shape.insets.right, shape.insets.bottom, shape.insets.left].map((v) => Math.max(1, v)) as [number, number, number, number];
	const rows: PptxGenJS.TableRow[] = shape.rows.map((row, r) =>
		row.cells.map((cell) => ({
			// A cell's runs: pptxgenjs types them as cells, and writes them as runs.
			text: textProps(cell.paragraphs) as PptxGenJS.TableCell[],
			options: {
				valign: 'top' as const,
				margin,
				...(cell.fill ? { fill: { color: cell.fill } } : {}),
				...(cell.align ? { align: cell.align } : {}),
				border: [none, none, r === 0 ? rule(shape.headerBorderColor, 1.5) : rule(shape.borderColor, 0.75), none] as [PptxGenJS.BorderProps, PptxGenJS.BorderProps, PptxGenJS.BorderProps, PptxGenJS.BorderProps],
			},
		})),
	);
	slide.addTable(rows, {
		x: inch(shape.x),
		y: inch(shape.y),
		w: inch(shape.w),
		h: inch(shape.h),
		colW: shape.columns.map(inch),
		rowH: shape.rows.map((row) => inch(row.heightPt)),
		fontFace: PPTX_FONTS.sans,
		fontSize: shape.fontPt,
		autoPage: false,
		objectName: shape.name,
	});
}

/** A range series is drawn as its high bar with the part below its low end covered by a bar in the slide's colour (see finish.ts). */
export function chartMasked(shape: ChartShape): boolean {
	return shape.series.length === 1 && shape.series.some((s) => s.points.some((p) => p?.low !== null && p?.low !== undefined));
}

function addChart(pptx: PptxGenJS, slide: Slide, shape: ChartShape): void {
	const masked = chartMasked(shape);
	const data = shape.series.map((s) => ({ name: s.name, labels: shape.categories, values: s.points.map((p) => p?.value ?? 0) }));
	const colors = shape.series.map((s) => s.color);
	if (masked) {
		const [only] = shape.series;
		data.push({ name: `${only?.name ?? ''} (range start)`, labels: shape.categories, values: (only?.points ?? []).map((p) => p?.low ?? 0) });
		colors.push(shape.background);
	}
	const text = { fontFace: PPTX_FONTS.sans, fontSize: shape.fontPt };
	slide.addChart(pptx.ChartType.bar, data, {
		x: inch(shape.x),
		y: inch(shape.y),
		w: inch(shape.w),
		h: inch(shape.h),
		objectName: shape.name,
		barDir: 'bar',
		barGrouping: 'clustered',
		barGapWidthPct: 60,
		barOverlapPct: masked ? 100 : 0,
		chartColors: colors,
		showLegend: false,
		showValue: true,
		dataLabelPosition: 'outEnd',
		dataLabelFontFace: text.fontFace,
		dataLabelFontSize: text.fontSize,
		dataLabelColor: shape.textColor,
		// Rows top to bottom as in the article, with the value axis under them.
		catAxisOrientation: 'maxMin' as 'minMax',
		catAxisLabelFontFace: text.fontFace,
		catAxisLabelFontSize: text.fontSize,
		catAxisLabelColor: shape.textColor,
		catAxisLineShow: false,
		catAxisCrossesAt: 'max' as unknown as number,
		// Row labels at the left edge of the plot, as the SVG's label column, clear of bars and labels left of a zero line.
		catAxisLabelPos: 'low',
		valAxisLabelPos: 'high',
		valAxisMinVal: shape.axisMin,
		valAxisMaxVal: shape.axisMax,
		// A true minus, as the SVG's ticks write it (a number format's second section is for negatives).
		...(shape.axisMin < 0 ? { valAxisLabelFormatCode: 'General;"−"General' } : {}),
		valAxisMajorUnit: shape.axisStep,
		valAxisLabelFontFace: text.fontFace,
		valAxisLabelFontSize: text.fontSize,
		valAxisLabelColor: shape.mutedColor,
		valAxisLineShow: false,
		valGridLine: { color: shape.gridColor, size: 0.75 },
		catGridLine: { style: 'none' },
		...(shape.unit
			? { showValAxisTitle: true, valAxisTitle: shape.unit, valAxisTitleFontFace: text.fontFace, valAxisTitleFontSize: text.fontSize, valAxisTitleColor: shape.mutedColor }
			: {}),
	});
}

function addImage(slide: Slide, shape: ImageShape): void {
	slide.addImage({
		data: `image/png;base64,${Buffer.from(shape.png).toString('base64')}`,
		x: inch(shape.x),
		y: inch(shape.y),
		w: inch(shape.w),
		h: inch(shape.h),
		altText: shape.alt,
		objectName: shape.name,
		...(shape.href ? { hyperlink: { url: shape.href } } : {}),
	});
}

/** The notes separator finish.ts turns into paragraphs (notes are plain text without line breaks). */
export const NOTES_SEPARATOR = '\n';

/** A pptxgenjs presentation of the slides, in the deck's frame, with its title and fonts. Charts come out in the order of `charts`. */
export function buildPresentation(deck: Deck, frame: SlideFrame, slides: readonly PptxSlide[]): { pptx: PptxGenJS; charts: ChartShape[] } {
	const pptx = new PptxGenJS();
	pptx.defineLayout({ name: 'TALKBOOK', width: inch(frame.width), height: inch(frame.height) });
	pptx.layout = 'TALKBOOK';
	pptx.title = deck.title;
	pptx.subject = deck.description;
	pptx.author = 'Talkbook';
	pptx.company = '';
	pptx.theme = { headFontFace: PPTX_FONTS.sans, bodyFontFace: PPTX_FONTS.sans };
	const charts: ChartShape[] = [];
	for (const planned of slides) {
		const slide = pptx.addSlide();
		slide.background = { color: planned.background };
		for (const shape of planned.shapes) {
			if (shape.type === 'text') addText(slide, shape);
			else if (shape.type === 'table') addTable(slide, shape);
			else if (shape.type === 'chart') {
				charts.push(shape);
				addChart(pptx, slide, shape);
			} else addImage(slide, shape);
		}
		const notes = planned.notes.map((n) => n.replace(/\s+/g, ' ').trim()).filter(Boolean);
		if (notes.length > 0) slide.addNotes(notes.join(NOTES_SEPARATOR));
	}
	return { pptx, charts };
}
