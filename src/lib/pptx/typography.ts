/**
 * The decks' type sizes, line heights and spacing in frame pixels, as src/styles/deck/*.css set them
 * (body 30 px, headings in em of it, tables 27 px, code and charts 24 px), and helpers that turn them
 * into paragraphs at a slide's scale (1 unless the slide had to be fitted, never below the 18 pt floor).
 */
import type { PptxPalette } from './theme.ts';
import { pt } from './geometry.ts';
import type { Paragraph, TextRun } from './shapes.ts';

/** Sizes in frame pixels and line heights (multiples of the size). */
export const TYPE = {
	body: 30,
	bodyLine: 1.4,
	headingLine: 1.15,
	/** Title slide `h1` (2.05em), a hand-written `h1` that opens a slide likewise. */
	h1: 61.5,
	/** `h2` 1.8em; the divider's `h2` is 2em. */
	h2: 54,
	sectionH2: 60,
	h3: 37.5,
	/** A code slide's title: 1.45em. */
	codeTitle: 43.5,
	/** The page count after a heading: 0.6em of it. */
	pageCount: 0.6,
	/** Takeaways: 1.07em. */
	takeaways: 32.1,
	/** Outline and closing links: 1.05em; the title's description too. */
	large: 31.5,
	/** The title slide's date and link line: 0.85em. */
	meta: 25.5,
	/** A link's address under it on the closing slide: 0.8em of 1.05em. */
	linkUrl: 25.2,
	table: 27,
	tableLine: 1.3,
	code: 24,
	codeLine: 1.45,
	chart: 24,
	/** The source link back to the article: 24 px here, where the HTML deck's 18 px chrome would be under the floor. */
	source: 24,
	/** Inline code: 0.86em of the text around it, 0.9em in tables. */
	inlineCode: 0.86,
	tableCode: 0.9,
} as const;

/** Points of a frame-pixel size at a slide's scale. */
export function sizePt(px: number, scale = 1): number {
	return Math.round(pt(px) * scale * 100) / 100;
}

/** One run of plain text. */
export function run(text: string, sizePtValue: number, color: string, extra: Partial<TextRun> = {}): TextRun {
	return { text, font: 'sans', sizePt: sizePtValue, color, ...extra };
}

/** A paragraph of runs set `sizePtValue` points with line height `line` (a multiple of the size). */
export function paragraph(runs: TextRun[], sizePtValue: number, line: number, extra: Partial<Paragraph> = {}): Paragraph {
	return { runs, lineHeightPt: Math.round(sizePtValue * line * 100) / 100, ...extra };
}

/** A slide heading: bold, in the heading colour, with the page count `(2/3)` after it in the muted colour when there are pages. */
export function headingParagraph(text: string, px: number, palette: PptxPalette, scale: number, page?: { page: number; pages: number }): Paragraph {
	const size = sizePt(px, scale);
	const runs = [run(text, size, palette.heading, { bold: true })];
	if (page && page.pages > 1) runs.push(run(` (${page.page}/${page.pages})`, sizePt(px * TYPE.pageCount, scale), palette.muted));
	return paragraph(runs, size, TYPE.headingLine);
}
