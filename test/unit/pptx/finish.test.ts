import { describe, expect, it } from 'vitest';
import { backgroundEffects, chartLabels, markerStyle, notesParagraphs, oneParagraphProperties } from '../../../src/lib/pptx/finish.ts';
import type { ChartShape } from '../../../src/lib/pptx/shapes.ts';

describe('corrections to what pptxgenjs writes', () => {
	it('leaves a paragraph one <a:pPr>, its first child', () => {
		const xml = '<a:p><a:pPr marL="0"><a:buNone/></a:pPr><a:r><a:t>a</a:t></a:r><a:pPr indent="0" marL="0"><a:buNone/></a:pPr><a:r><a:t>b</a:t></a:r></a:p><a:p><a:r><a:t>c</a:t></a:r><a:pPr/></a:p>';
		expect(oneParagraphProperties(xml)).toBe('<a:p><a:pPr marL="0"><a:buNone/></a:pPr><a:r><a:t>a</a:t></a:r><a:r><a:t>b</a:t></a:r></a:p><a:p><a:r><a:t>c</a:t></a:r></a:p>');
	});

	it('adds the effect list to a solid background, once', () => {
		const xml = '<p:bg><p:bgPr><a:solidFill><a:srgbClr val="0F1419"/></a:solidFill></p:bgPr></p:bg>';
		expect(backgroundEffects(xml)).toBe('<p:bg><p:bgPr><a:solidFill><a:srgbClr val="0F1419"/></a:solidFill><a:effectLst/></p:bgPr></p:bg>');
		expect(backgroundEffects(backgroundEffects(xml))).toBe(backgroundEffects(xml));
	});

	it('colours list markers in the accent and sets bullets in the decks\' font, in schema order', () => {
		expect(markerStyle('<a:pPr><a:buSzPct val="100000"/><a:buChar char="•"/></a:pPr>', '0A58CA')).toBe(
			'<a:pPr><a:buClr><a:srgbClr val="0A58CA"/></a:buClr><a:buSzPct val="100000"/><a:buFont typeface="Noto Sans"/><a:buChar char="•"/></a:pPr>',
		);
	});

	it('gives each note a paragraph of its own', () => {
		const xml = '<p:txBody><a:bodyPr/><a:p><a:r><a:rPr lang="en-US" dirty="0"/><a:t>One.\nTwo &amp; three.</a:t></a:r><a:endParaRPr lang="en-US" dirty="0"/></a:p></p:txBody>';
		expect(notesParagraphs(xml)).toBe(
			'<p:txBody><a:bodyPr/><a:p><a:r><a:rPr lang="en-US" dirty="0"/><a:t>One.</a:t></a:r><a:endParaRPr lang="en-US" dirty="0"/></a:p><a:p><a:r><a:rPr lang="en-US" dirty="0"/><a:t>Two &amp; three.</a:t></a:r><a:endParaRPr lang="en-US" dirty="0"/></a:p></p:txBody>',
		);
	});

	it('labels every bar with the article\'s text and deletes the labels of missing bars and of a range\'s covering series', () => {
		const shape = { series: [{ name: 'Go', color: '0072B2', points: [{ value: 1.2, low: null, label: 'Go: 1.2 GB' }, null] }], textColor: '1F2328', fontPt: 18 } as unknown as ChartShape;
		const xml = '<c:ser><c:idx val="0"/><c:dLbls><c:showVal val="1"/></c:dLbls></c:ser><c:ser><c:idx val="1"/><c:dLbls><c:showVal val="1"/></c:dLbls></c:ser>';
		const out = chartLabels(xml, shape);
		expect(out).toContain('<c:dLbl><c:idx val="0"/><c:tx><c:rich>');
		expect(out).toContain('<a:t>Go: 1.2 GB</a:t>');
		expect(out).toContain('<c:dLbl><c:idx val="1"/><c:delete val="1"/></c:dLbl>');
		expect(out).toContain('<c:ser><c:idx val="1"/><c:dLbls><c:delete val="1"/></c:dLbls></c:ser>');
	});
});
