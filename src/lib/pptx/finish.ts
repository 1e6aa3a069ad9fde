/**
 * Corrections to the package pptxgenjs writes, made in its XML before the file is handed out:
 * - a paragraph gets one `<a:pPr>`, its first child: pptxgenjs writes one before every run of a paragraph
 *   of several runs, which the schema forbids and which PowerPoint answers with a repair dialog
 *   (gitbrent/PptxGenJS#1081, PR #1083 unmerged);
 * - a solid slide background gets the `<a:effectLst/>` PowerPoint expects (PptxGenJS#1442);
 * - list markers get the deck's accent colour (the HTML deck's `li::marker`) and bullets the deck's font,
 *   not a program's symbol font (pptxgenjs has no option for either);
 * - speaker notes get a paragraph per note (pptxgenjs writes one text run);
 * - each chart's value labels are the article's own texts (`110 MB`, `Go: 1.2 GB`), custom label text
 *   per point, where pptxgenjs can only format the number; a range's covering series gets none.
 */
import JSZip from 'jszip';
import { PPTX_FONTS } from './fonts.ts';
import type { ChartShape } from './shapes.ts';
import { NOTES_SEPARATOR } from './write.ts';

/** XML text content escaped. */
function xmlText(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const PPR = /<a:pPr\b[^>]*?(?:\/>|>[\s\S]*?<\/a:pPr>)/g;

/** Every paragraph's properties after its first child removed (the first run's, which carry the paragraph's). */
export function oneParagraphProperties(xml: string): string {
	return xml.replace(/<a:p>([\s\S]*?)<\/a:p>/g, (_whole, inner: string) => {
		let first = true;
		const kept = inner.replace(PPR, (ppr: string, offset: number) => {
			const keep = first && offset === 0;
			first = false;
			return keep ? ppr : '';
		});
		return `<a:p>${kept}</a:p>`;
	});
}

/** List markers in `accent` (before the marker size, as the schema orders them), bullets in the decks' font. */
export function markerStyle(xml: string, accent: string): string {
	return xml
		.replace(/<a:buSzPct /g, `<a:buClr><a:srgbClr val="${accent}"/></a:buClr><a:buSzPct `)
		.replace(/<a:buChar /g, `<a:buFont typeface="${PPTX_FONTS.sans}"/><a:buChar `);
}

/** `<a:effectLst/>` after a slide background's fill. */
export function backgroundEffects(xml: string): string {
	return xml.replace(/<p:bgPr>([\s\S]*?)<\/p:bgPr>/g, (whole, inner: string) => (inner.includes('<a:effectLst') ? whole : `<p:bgPr>${inner}<a:effectLst/></p:bgPr>`));
}

/** The notes' one run split into a paragraph per note. */
export function notesParagraphs(xml: string): string {
	return xml.replace(/<a:p><a:r>(<a:rPr[^>]*\/>)<a:t>([\s\S]*?)<\/a:t><\/a:r>(<a:endParaRPr[^>]*\/>)<\/a:p>/, (_whole, rpr: string, text: string, end: string) =>
		text
			.split(NOTES_SEPARATOR)
			.map((note) => `<a:p><a:r>${rpr}<a:t>${note}</a:t></a:r>${end}</a:p>`)
			.join(''),
	);
}

/** A point's custom label: the article's text in the chart's font and colour, after the bar's end. */
function pointLabel(index: number, text: string, shape: ChartShape): string {
	return (
		`<c:dLbl><c:idx val="${index}"/><c:tx><c:rich><a:bodyPr wrap="none" anchor="ctr"><a:spAutoFit/></a:bodyPr><a:lstStyle/><a:p><a:r>` +
		`<a:rPr lang="en-US" sz="${Math.round(shape.fontPt * 100)}" b="0"><a:solidFill><a:srgbClr val="${shape.textColor}"/></a:solidFill><a:latin typeface="${PPTX_FONTS.sans}"/></a:rPr>` +
		`<a:t>${xmlText(text)}</a:t></a:r></a:p></c:rich></c:tx><c:dLblPos val="outEnd"/>` +
		`<c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbl>`
	);
}

/** A chart's series labelled with the article's texts (and the covering series of a range with none). */
export function chartLabels(xml: string, shape: ChartShape): string {
	let index = 0;
	return xml.replace(/<c:ser>([\s\S]*?)<\/c:ser>/g, (whole) => {
		const series = shape.series[index];
		index++;
		if (!series) return whole.replace(/<c:dLbls>[\s\S]*?<\/c:dLbls>/, '<c:dLbls><c:delete val="1"/></c:dLbls>');
		const labels = series.points.map((p, i) => (p ? pointLabel(i, p.label, shape) : `<c:dLbl><c:idx val="${i}"/><c:delete val="1"/></c:dLbl>`)).join('');
		return whole.replace(/<c:dLbls>/, `<c:dLbls>${labels}`);
	});
}

/** Number in a part name (`chart12.xml` → 12), for ordering. */
function partNumber(name: string): number {
	return Number(/(\d+)\.xml$/.exec(name)?.[1] ?? 0);
}

/** The corrected package. `charts` are the chart shapes in the order they were added. */
export async function finishPackage(data: Uint8Array, charts: readonly ChartShape[], accent: string): Promise<Uint8Array> {
	const zip = await JSZip.loadAsync(data);
	const edit = async (name: string, change: (xml: string) => string) => {
		const file = zip.file(name);
		if (file) zip.file(name, change(await file.async('string')));
	};
	const names = Object.keys(zip.files);
	for (const name of names.filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))) await edit(name, (xml) => markerStyle(backgroundEffects(oneParagraphProperties(xml)), accent));
	for (const name of names.filter((n) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(n))) await edit(name, notesParagraphs);
	const chartParts = names.filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n)).sort((a, b) => partNumber(a) - partNumber(b));
	if (chartParts.length !== charts.length) throw new Error(`the package has ${chartParts.length} charts for ${charts.length} chart shapes`);
	for (const [i, name] of chartParts.entries()) {
		const shape = charts[i];
		if (shape) await edit(name, (xml) => chartLabels(xml, shape));
	}
	return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}
