/**
 * What a PowerPoint slide is made of, as plain data: text boxes, tables, charts and pictures placed in
 * points (1/72 in) on the slide. The kind files (title.ts, table.ts, …) build these from the deck model;
 * write.ts hands them to pptxgenjs. Colours are `RRGGBB` hex without `#`.
 */
import type { FontFamily } from './fonts.ts';

/** A rectangle on the slide, in points from its top-left corner. */
export interface Box {
	x: number;
	y: number;
	w: number;
	h: number;
}

/** A run of text in one style. */
export interface TextRun {
	text: string;
	font: FontFamily;
	sizePt: number;
	color: string;
	bold?: boolean;
	italic?: boolean;
	strike?: boolean;
	/** Background of the run (inline code's chip). */
	highlight?: string;
	/** An absolute http(s)/mailto URL; never a site path or a local address. */
	href?: string;
	/** A line break before this run, inside its paragraph (`<br>`). */
	breakBefore?: boolean;
}

/** A list marker: a bullet, or a number counted from `start`. */
export type Bullet = { kind: 'bullet' } | { kind: 'number'; start: number };

/** A paragraph: runs, its exact line height and spacing, and an optional list marker with its hanging indent. */
export interface Paragraph {
	runs: TextRun[];
	/** Exact distance between baselines, in points (never proportional: programs disagree on what 100 % is). */
	lineHeightPt: number;
	spaceBeforePt?: number;
	spaceAfterPt?: number;
	align?: 'left' | 'center' | 'right';
	bullet?: Bullet;
	/** Hanging indent of a list paragraph: the text starts this far right of the marker, in points. */
	indentPt?: number;
}

/** Inner margins of a text box or cell, in points. */
export interface Insets {
	top: number;
	right: number;
	bottom: number;
	left: number;
}

/** A text box that never shrinks its text (no autofit): the layout made it tall enough. */
export interface TextShape extends Box {
	type: 'text';
	paragraphs: Paragraph[];
	insets: Insets;
	fill?: string;
	border?: { color: string; widthPt: number };
	/** Name shown in PowerPoint's selection pane (`Title`, `Code`, …). */
	name: string;
}

/** A table cell: its paragraphs and look. */
export interface TableCell {
	paragraphs: Paragraph[];
	fill?: string;
	align?: 'left' | 'center' | 'right';
}

/** A native table: column widths, and rows with the heights the layout measured. */
export interface TableShape extends Box {
	type: 'table';
	columns: number[];
	rows: { heightPt: number; cells: TableCell[] }[];
	insets: Insets;
	borderColor: string;
	/** The header row's lower border, stronger as on the HTML deck. */
	headerBorderColor: string;
	/** Size of the table's text, for what a program sets in an empty cell. */
	fontPt: number;
	name: string;
}

/** One bar of a native chart: its value and, for a range, where it starts; the label is the article's own text. */
export interface ChartPoint {
	value: number;
	low: number | null;
	label: string;
}

/** A native horizontal bar chart with its data (editable in PowerPoint's sheet) and the SVG's labels and colours. */
export interface ChartShape extends Box {
	type: 'chart';
	categories: string[];
	series: { name: string; color: string; points: (ChartPoint | null)[] }[];
	/** Axis unit, as the axis title; `''` for plain counts. */
	unit: string;
	/** The value axis as the SVG draws it: below zero only when a value is, in whole steps. */
	axisMin: number;
	axisMax: number;
	axisStep: number;
	textColor: string;
	mutedColor: string;
	gridColor: string;
	background: string;
	fontPt: number;
	name: string;
}

/** A picture: a PNG with its description. */
export interface ImageShape extends Box {
	type: 'image';
	png: Uint8Array;
	/** Pixel size of the PNG. */
	pixels: { width: number; height: number };
	alt: string;
	href?: string;
	name: string;
}

/** Anything on a slide. */
export type Shape = TextShape | TableShape | ChartShape | ImageShape;

/** One slide of the PowerPoint file: its background, shapes and speaker notes. */
export interface PptxSlide {
	id: string;
	background: string;
	shapes: Shape[];
	notes: string[];
}
