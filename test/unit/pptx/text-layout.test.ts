import { beforeAll, describe, expect, it } from 'vitest';
import { deckFontFaces } from '../../../src/lib/pptx/fonts.ts';
import { createMeasurer, type TextMeasurer } from '../../../src/lib/pptx/measure.ts';
import type { Paragraph, TextRun } from '../../../src/lib/pptx/shapes.ts';
import { longestWord, naturalWidth, paragraphLines, paragraphsHeight, WIDTH_SLACK } from '../../../src/lib/pptx/text-layout.ts';

let measure: TextMeasurer;
beforeAll(async () => {
	measure = createMeasurer(await deckFontFaces());
});

const mono = (text: string, extra: Partial<TextRun> = {}): TextRun => ({ text, font: 'mono', sizePt: 10, color: '000000', ...extra });
const para = (runs: TextRun[], extra: Partial<Paragraph> = {}): Paragraph => ({ runs, lineHeightPt: 14, ...extra });
/** Width of `chars` mono characters at 10 pt, as a box must be for them to fit (the slack included). */
const box = (chars: number): number => (chars * 6) / WIDTH_SLACK + 0.01;

describe('line breaking as the programs do it', () => {
	it('breaks between words, greedily', () => {
		expect(paragraphLines(para([mono('aaa bbb ccc')]), box(11), measure)).toBe(1);
		expect(paragraphLines(para([mono('aaa bbb ccc')]), box(10), measure)).toBe(2);
		expect(paragraphLines(para([mono('aaa bbb ccc')]), box(7), measure)).toBe(2);
		expect(paragraphLines(para([mono('aaa bbb ccc')]), box(6), measure)).toBe(3);
	});

	it('keeps a word that spans runs together (inline code followed by a comma)', () => {
		const runs = [mono('aaa '), mono('bbb', { highlight: 'EEEEEE' }), mono(', ccc')];
		expect(paragraphLines(para(runs), box(8), measure)).toBe(2);
		expect(longestWord(para(runs), measure)).toBeCloseTo(box(4) - 0.01, 5);
	});

	it('breaks a word longer than the line inside it', () => {
		expect(paragraphLines(para([mono('a'.repeat(25))]), box(10), measure)).toBe(3);
	});

	it('starts a line at a forced break and leaves the hanging indent out of every line', () => {
		expect(paragraphLines(para([mono('aaa'), mono('bbb', { breakBefore: true })]), box(20), measure)).toBe(2);
		expect(paragraphLines(para([mono('aaa bbb')], { indentPt: 12 }), box(7) + 12, measure)).toBe(1);
		expect(paragraphLines(para([mono('aaa bbb')], { indentPt: 12 }), box(7), measure)).toBe(2);
	});

	it('measures a paragraph unbroken, and heights as lines times line height plus the spacing between paragraphs', () => {
		expect(naturalWidth(para([mono('aaa bbb')]), measure)).toBeCloseTo(42 / WIDTH_SLACK, 5);
		const paragraphs = [para([mono('aaa')], { spaceAfterPt: 5 }), para([mono('bbb ccc')], { spaceBeforePt: 3, spaceAfterPt: 99 })];
		expect(paragraphsHeight(paragraphs, box(4), measure)).toBe(14 + 5 + 3 + 2 * 14);
	});
});

describe('a word longer than a line', () => {
	it('breaks after its slashes and hyphens as LibreOffice does with a URL, not at the last character that fits', () => {
		// Three parts of 11, 11 and 10 characters: three lines in a 20-character box, where cutting at its edge would make two.
		expect(paragraphLines(para([mono('aaaaaaaaaa-bbbbbbbbbb/cccccccccc')]), box(20), measure)).toBe(3);
		expect(paragraphLines(para([mono('aaaaaaaaaa-bbbbbbbbbb/cccccccccc')]), box(22), measure)).toBe(2);
		expect(paragraphLines(para([mono('aaaaaaaaaa-bbbbbbbbbb/cccccccccc')]), box(40), measure)).toBe(1);
		// Parts longer than the line still break inside.
		expect(paragraphLines(para([mono(`${'x'.repeat(25)}/yy`)]), box(10), measure)).toBe(3);
	});

	it('breaks after a hyphen when the rest of the word does not fit, never after a slash inside a line', () => {
		// `aaa bbbb-cccc`: `aaa bbbb-` fits 9 columns, the whole does not; `aaa bbbb/cccc` moves the word.
		expect(paragraphLines(para([mono('aaa bbbb-cccc dd')]), box(9), measure)).toBe(2);
		expect(paragraphLines(para([mono('aaa bbbb/cccc dd')]), box(9), measure)).toBe(3);
	});

	it('keeps a word split over runs whole where it has no break', () => {
		expect(paragraphLines(para([mono('abcdef'), mono('ghijkl', { highlight: 'EEEEEE' })]), box(8), measure)).toBe(2);
		expect(paragraphLines(para([mono('abc-'), mono('defghijk', { highlight: 'EEEEEE' })]), box(9), measure)).toBe(2);
	});
});
