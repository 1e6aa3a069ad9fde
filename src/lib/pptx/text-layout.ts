import type { TextMeasurer } from './measure.ts';
import type { Paragraph, TextRun } from './shapes.ts';

/**
 * Share of a box's width the layout fills: the rest absorbs what another program's shaping or hinting
 * adds to the widths HarfBuzz measured (LibreOffice's come within 0.2 % of them).
 */
export const WIDTH_SLACK = 0.98;

/**
 * A piece of a paragraph for line breaking: a word with the widths of its parts between the places a
 * program may break it when it is longer than a line (after a hyphen or a slash: a URL, `runtime-tokio-rustls`),
 * a space, or a forced line break.
 */
type Piece = { kind: 'word'; width: number; parts: number[] } | { kind: 'space'; width: number } | { kind: 'break' };

/** Where a word longer than a line may break: after a hyphen, a dash or a slash. */
const WORD_BREAK = /(?<=[-/–])/;

function widthOf(run: TextRun, text: string, measure: TextMeasurer): number {
	return measure.width(text, { family: run.font, bold: run.bold ?? false, italic: run.italic ?? false, sizePt: run.sizePt });
}

/** A paragraph's runs as words and spaces; a word may span runs (`tokio`, followed by a comma in another run). */
function pieces(runs: readonly TextRun[], measure: TextMeasurer): Piece[] {
	const out: Piece[] = [];
	let word = 0;
	let parts: number[] = [];
	let inWord = false;
	let breakAfter = false;
	const endWord = () => {
		if (inWord) out.push({ kind: 'word', width: word, parts });
		word = 0;
		parts = [];
		inWord = false;
	};
	for (const run of runs) {
		if (run.breakBefore) {
			endWord();
			out.push({ kind: 'break' });
		}
		for (const part of run.text.split(/( +)/)) {
			if (part === '') continue;
			if (part.startsWith(' ')) {
				endWord();
				out.push({ kind: 'space', width: widthOf(run, part, measure) });
			} else {
				const widths = part.split(WORD_BREAK).map((p) => widthOf(run, p, measure));
				word += widths.reduce((a, b) => a + b, 0);
				// A word going on in this run continues its last part, unless that part ended where it may break.
				if (inWord && !breakAfter) parts[parts.length - 1] = (parts.at(-1) ?? 0) + (widths.shift() ?? 0);
				parts.push(...widths);
				breakAfter = /[-/–]$/.test(part);
				inWord = true;
			}
		}
	}
	endWord();
	return out;
}

/**
 * Lines a paragraph takes in a box `width` points wide, breaking between words as LibreOffice and
 * PowerPoint do (a word wider than the line breaks inside it). Breaking only at spaces never gives
 * fewer lines than those programs, which may also break after a hyphen.
 */
export function paragraphLines(paragraph: Paragraph, width: number, measure: TextMeasurer): number {
	const available = Math.max(1, (width - (paragraph.indentPt ?? 0)) * WIDTH_SLACK);
	let lines = 1;
	let used = 0;
	let space = 0;
	for (const piece of pieces(paragraph.runs, measure)) {
		if (piece.kind === 'break') {
			lines++;
			used = 0;
			space = 0;
		} else if (piece.kind === 'space') {
			if (used > 0) space += piece.width;
		} else if (used > 0 && used + space + piece.width <= available) {
			used += space + piece.width;
			space = 0;
		} else {
			if (used > 0) lines++;
			space = 0;
			used = 0;
			// A word longer than a line breaks after its hyphens and slashes, and inside a part longer than a line.
			for (const part of piece.width <= available ? [piece.width] : piece.parts) {
				if (used > 0 && used + part > available) {
					lines++;
					used = 0;
				}
				const extra = Math.max(0, Math.ceil(part / available) - 1);
				lines += extra;
				used += part - extra * available;
			}
		}
	}
	return lines;
}

/** Width of a paragraph's longest line when nothing wraps (forced breaks only), in points, indent included. */
export function naturalWidth(paragraph: Paragraph, measure: TextMeasurer): number {
	let widest = 0;
	let line = 0;
	for (const piece of pieces(paragraph.runs, measure)) {
		if (piece.kind === 'break') {
			widest = Math.max(widest, line);
			line = 0;
		} else line += piece.width;
	}
	return (Math.max(widest, line) + (paragraph.indentPt ?? 0)) / WIDTH_SLACK;
}

/** Width of a paragraph's widest word, where it can break no further, in points, indent included. */
export function longestWord(paragraph: Paragraph, measure: TextMeasurer): number {
	const words = pieces(paragraph.runs, measure).map((p) => (p.kind === 'word' ? p.width : 0));
	return (Math.max(0, ...words) + (paragraph.indentPt ?? 0)) / WIDTH_SLACK;
}

/** Height of paragraphs set one after another in a box `width` points wide: lines times line height, plus spacing between. */
export function paragraphsHeight(paragraphs: readonly Paragraph[], width: number, measure: TextMeasurer): number {
	return paragraphs.reduce((sum, p, i) => {
		const before = i > 0 ? (p.spaceBeforePt ?? 0) : 0;
		const after = i < paragraphs.length - 1 ? (p.spaceAfterPt ?? 0) : 0;
		return sum + before + after + paragraphLines(p, width, measure) * p.lineHeightPt;
	}, 0);
}

/** The smallest text of some paragraphs, in points (the floor check). */
export function smallestText(paragraphs: readonly Paragraph[]): number {
	return Math.min(Infinity, ...paragraphs.flatMap((p) => p.runs.filter((r) => r.text.trim() !== '').map((r) => r.sizePt)));
}
