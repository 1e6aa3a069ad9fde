import { beforeAll, describe, expect, it } from 'vitest';
import { deckFontFaces } from '../../../src/lib/pptx/fonts.ts';
import { createMeasurer, type TextMeasurer } from '../../../src/lib/pptx/measure.ts';

let measure: TextMeasurer;

beforeAll(async () => {
	measure = createMeasurer(await deckFontFaces());
});

describe('text measured in the decks\' faces', () => {
	it('gives Noto Sans Mono its 0.6 em advance', () => {
		expect(measure.width('fn main() {}', { family: 'mono', sizePt: 18 })).toBeCloseTo(12 * 0.6 * 18, 6);
	});

	it('measures Noto Sans as LibreOffice sets it (within 0.3 %; widths read from a LibreOffice PDF with pdftotext -bbox)', () => {
		// 24 pt regular and 40.5 pt bold words, as LibreOffice 7.4 laid them out with these faces.
		for (const [text, sizePt, bold, libreoffice] of [
			['Read', 24, false, 56.661],
			['Growing', 24, false, 95.724],
			['Engineering', 24, false, 136.995],
			['Hello', 40.5, true, 104.79],
		] as const) {
			const width = measure.width(text, { family: 'sans', sizePt, bold });
			expect(Math.abs(width / libreoffice - 1), text).toBeLessThan(0.003);
		}
	});

	it('measures bold wider than regular, and kerns pairs (AV is narrower than A plus V)', () => {
		const regular = measure.width('Deterministic latency', { family: 'sans', sizePt: 24 });
		expect(measure.width('Deterministic latency', { family: 'sans', sizePt: 24, bold: true })).toBeGreaterThan(regular);
		const style = { family: 'sans' as const, sizePt: 24 };
		expect(measure.width('AV', style)).toBeLessThan(measure.width('A', style) + measure.width('V', style));
	});

	it('counts a character the face lacks as one em (another font draws it)', () => {
		expect(measure.width('↪', { family: 'mono', sizePt: 18 })).toBe(18);
	});
});
