/**
 * Reading exported PowerPoint files as the tests check them: the slides' shapes with their geometry from
 * the slide XML (what a program places), the notes, and the words poppler finds where LibreOffice put them.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';

/** Points per EMU (914400 EMU an inch, 72 pt an inch). */
const PT = 72 / 914400;

/** A shape of a slide: its kind, name, box in points, text (paragraphs joined by newlines) and sizes. */
export interface SlideShape {
	kind: 'text' | 'table' | 'chart' | 'picture';
	name: string;
	x: number;
	y: number;
	w: number;
	h: number;
	text: string;
}

/** One slide of the file. */
export interface PptxSlideXml {
	xml: string;
	shapes: SlideShape[];
	notes: string[];
}

/** What a test reads from a PowerPoint file. */
export interface PptxContent {
	slides: PptxSlideXml[];
	/** Chart parts (`ppt/charts/chartN.xml`) by name, with their XML. */
	charts: Map<string, string>;
	/** Slide size in points. */
	size: [number, number];
	files: string[];
	/** Every XML part (and relationships part) by name, as text. */
	xml: Map<string, string>;
}

const decode = (s: string): string => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** Text of an XML fragment: `<a:t>` contents, paragraphs on lines of their own. */
export function xmlText(xml: string): string {
	return [...xml.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)].map((p) => [...(p[1] ?? '').matchAll(/<a:t>([\s\S]*?)<\/a:t>/g)].map((t) => decode(t[1] ?? '')).join('')).join('\n');
}

function box(xml: string): Pick<SlideShape, 'x' | 'y' | 'w' | 'h'> {
	const off = /<a:off x="(\d+)" y="(\d+)"\/>/.exec(xml);
	const ext = /<a:ext cx="(\d+)" cy="(\d+)"\/>/.exec(xml);
	return { x: Number(off?.[1]) * PT, y: Number(off?.[2]) * PT, w: Number(ext?.[1]) * PT, h: Number(ext?.[2]) * PT };
}

/** The shapes of a slide's XML, in drawing order. */
export function slideShapes(xml: string): SlideShape[] {
	const shapes: SlideShape[] = [];
	for (const match of xml.matchAll(/<p:(sp|graphicFrame|pic)>([\s\S]*?)<\/p:\1>/g)) {
		const [, tag, inner = ''] = match;
		const name = decode(/<p:cNvPr id="\d+" name="([^"]*)"/.exec(inner)?.[1] ?? '');
		const kind = tag === 'sp' ? 'text' : tag === 'pic' ? 'picture' : inner.includes('<a:tbl>') ? 'table' : 'chart';
		const frame = box(inner);
		// A table is as tall as its rows, whatever its frame says.
		if (kind === 'table') frame.h = [...inner.matchAll(/<a:tr h="(\d+)"/g)].reduce((sum, m) => sum + Number(m[1]) * PT, 0);
		shapes.push({ kind, name, ...frame, text: kind === 'chart' ? '' : xmlText(inner) });
	}
	return shapes;
}

/** Reads a PowerPoint file: slides in presentation order with shapes and notes, and its chart parts. */
export async function readPptx(file: string): Promise<PptxContent> {
	const zip = await JSZip.loadAsync(readFileSync(file));
	const read = async (name: string): Promise<string> => (await zip.file(name)?.async('string')) ?? '';
	const presentation = await read('ppt/presentation.xml');
	const rels = await read('ppt/_rels/presentation.xml.rels');
	const targets = new Map([...rels.matchAll(/<Relationship Id="([^"]+)"[^>]*Target="([^"]+)"/g)].map((m) => [m[1], m[2]]));
	const order = [...presentation.matchAll(/<p:sldId id="\d+" r:id="([^"]+)"\/>/g)].map((m) => `ppt/${(targets.get(m[1]) ?? '').replace(/^\/?ppt\//, '')}`);
	const slides: PptxSlideXml[] = [];
	for (const name of order) {
		const xml = await read(name);
		const slideRels = await read(name.replace(/slides\/(slide\d+\.xml)$/, 'slides/_rels/$1.rels'));
		const notesTarget = /Target="\.\.\/notesSlides\/(notesSlide\d+\.xml)"/.exec(slideRels)?.[1];
		const notesXml = notesTarget ? await read(`ppt/notesSlides/${notesTarget}`) : '';
		const body = /<p:ph type="body"[^>]*\/>[\s\S]*?<p:txBody>([\s\S]*?)<\/p:txBody>/.exec(notesXml)?.[1] ?? '';
		slides.push({ xml, shapes: slideShapes(xml), notes: xmlText(body).split('\n').filter((n) => n.trim() !== '') });
	}
	const charts = new Map<string, string>();
	for (const name of Object.keys(zip.files).filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n))) charts.set(name, await read(name));
	const size = /<p:sldSz cx="(\d+)" cy="(\d+)"/.exec(presentation);
	const xml = new Map<string, string>();
	for (const name of Object.keys(zip.files).filter((n) => /\.(xml|rels)$/.test(n))) xml.set(name, await read(name));
	return { slides, charts, size: [Number(size?.[1]) * PT, Number(size?.[2]) * PT], files: Object.keys(zip.files), xml };
}

/** A word poppler found on a PDF page, with its box in points from the page's top-left corner. */
export interface PdfWord {
	text: string;
	xMin: number;
	yMin: number;
	xMax: number;
	yMax: number;
}

/** The words of every page of a PDF (`pdftotext -bbox`). */
export function pdfWords(pdf: string): PdfWord[][] {
	const html = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
	return [...html.matchAll(/<page[^>]*>([\s\S]*?)<\/page>/g)].map((page) =>
		[...(page[1] ?? '').matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((w) => ({
			text: decode(w[5] ?? ''),
			xMin: Number(w[1]),
			yMin: Number(w[2]),
			xMax: Number(w[3]),
			yMax: Number(w[4]),
		})),
	);
}

/** A PDF page rendered by poppler as grey pixels (`pdftoppm -gray`, a PGM image), for reading a QR code off it. */
export function pdfPageGray(pdf: string, page: number, dpi = 96): { width: number; height: number; data: Uint8Array } {
	const pgm = execFileSync('pdftoppm', ['-gray', '-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', pdf], { maxBuffer: 64 * 1024 * 1024 });
	// `P5 <width> <height> <max>` and one white space, then a byte per pixel.
	const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 64).toString('latin1'));
	if (!header) throw new Error(`pdftoppm wrote no PGM image for page ${page} of ${pdf}`);
	return { width: Number(header[1]), height: Number(header[2]), data: pgm.subarray(header[0].length) };
}

/** The fonts a PDF embeds (`pdffonts`), without their subset prefixes: `NotoSans-Bold`. */
export function pdfFonts(pdf: string): string[] {
	const out = execFileSync('pdffonts', [pdf], { encoding: 'utf8' });
	return [...new Set(out.split('\n').slice(2).map((line) => (line.split(/\s+/)[0] ?? '').replace(/^[A-Z]{6}\+/, '')).filter(Boolean))];
}

/** Text reduced for comparing across layouts: no white space, one kind of apostrophe. */
export function squashText(text: string): string {
	return text.normalize('NFKC').replace(/\s+/g, '').replace(/[\u2018\u2019\u02bc\u0027]/g, "'");
}

/** Words poppler split where the font changes (`(`, `tokio`, `),` of inline code) joined again: they touch on one line. */
export function joinTouching(words: readonly PdfWord[]): PdfWord[] {
	const out: PdfWord[] = [];
	for (const word of words) {
		const last = out.at(-1);
		if (last && Math.abs(word.yMax - last.yMax) < 4 && word.xMin - last.xMax < 0.5 && word.xMin >= last.xMin) {
			out[out.length - 1] = { text: last.text + word.text, xMin: last.xMin, xMax: word.xMax, yMin: Math.min(last.yMin, word.yMin), yMax: Math.max(last.yMax, word.yMax) };
		} else out.push({ ...word });
	}
	return out;
}

/**
 * Words of a page that LibreOffice put outside the shape they belong to: each word must lie inside a
 * shape whose text holds it (a table's cells or a chart's texts: inside its frame). poppler's word boxes
 * reach 0.15 em below the line LibreOffice set them on (the font's descent box, not ink), so a word
 * may pass a shape's bottom by a fifth of its height; nothing else.
 */
export function wordsOutside(words: readonly PdfWord[], shapes: readonly SlideShape[]): string[] {
	// Each shape's words, and every run of their parts after hyphens and slashes, where a line may break inside a word.
	const pieces = (token: string): string[] => {
		const parts = token.split(/(?<=[-/–])/);
		return parts.flatMap((_, i) => parts.slice(i).map((__, j) => parts.slice(i, i + j + 1).join('')));
	};
	const texts = shapes.map((s) => new Set(s.text.split(/\s+/).flatMap(pieces).map(squashText).filter(Boolean)));
	return joinTouching(words)
		.filter((word) => {
			const w = squashText(word.text);
			const holders = shapes.filter((s, i) => (s.kind === 'text' || s.kind === 'table') && texts[i]?.has(w));
			// A chart's own texts (its labels, ticks and axis title) may repeat a word of the caption above it.
			const charts = shapes.filter((s) => s.kind === 'chart');
			// A word no shape's text holds is a list marker (`•`, `3.`) or a chart's: inside any text box or chart.
			const owners = holders.length > 0 ? [...holders, ...charts] : [...charts, ...shapes.filter((s) => s.kind === 'text' && /^(•|\d+\.)$/.test(w))];
			const slack = 0.2 * (word.yMax - word.yMin);
			return !owners.some((s) => word.xMin >= s.x - 1 && word.xMax <= s.x + s.w + 1 && word.yMin >= s.y - 1 && word.yMax <= s.y + s.h + slack);
		})
		.map((w) => `"${w.text}" at (${w.xMin.toFixed(1)}, ${w.yMin.toFixed(1)})–(${w.xMax.toFixed(1)}, ${w.yMax.toFixed(1)})`);
}
