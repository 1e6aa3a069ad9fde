import type { TextMeasurer } from './measure.ts';
import type { Paragraph, TextRun } from './shapes.ts';

/**
 * Share of a box's width the layout fills: the rest absorbs what another program's shaping or hinting
 * adds to the widths HarfBuzz measured (LibreOffice's come within 0.2 % of them).
 */
export const WIDTH_SLACK = 0.98;

/** A part of a word between places it may break; `hyphen` when it ends with a hyphen or dash, where any line may break. */
interface Part {
	width: number;
	hyphen: boolean;
}

/**
 * A piece of a paragraph for line breaking: a word with its parts (it may break after a hyphen or dash
 * anywhere, and after a slash when it is longer than a line: a URL), a space, or a forced line break.
 */
type Piece = { kind: 'word'; width: number; parts: Part[] } | { kind: 'space'; width: number } | { kind: 'break' };

/** Where a word may break: after a hyphen, a dash or a slash. */
const WORD_BREAK = /(?<=[-–—/])/;
const HYPHEN_END = /[-–—]$/;

function widthOf(run: TextRun, text: string, measure: TextMeasurer): number {
	return measure.width(text, { family: run.font, bold: run.bold ?? false, sizePt: run.sizePt });
}

/** A paragraph's runs as words and spaces; a word may span runs (`tokio`, followed by a comma in another run). */
function pieces(runs: readonly TextRun[], measure: TextMeasurer): Piece[] {
	const out: Piece[] = [];
	let word = 0;
	let parts: Part[] = [];
	let inWord = false;
	let open = false;
	const endWord = () => {
		if (inWord) out.push({ kind: 'word', width: word, parts });
		word = 0;
		parts = [];
		inWord = false;
		open = false;
	};
	for (const run of runs) {
		if (run.breakBefore) {
			endWord();
			out.push({ kind: 'break' });
		}
		for (const text of run.text.split(/( +)/)) {
			if (text === '') continue;
			if (text.startsWith(' ')) {
				endWord();
				out.push({ kind: 'space', width: widthOf(run, text, measure) });
				continue;
			}
			for (const piece of text.split(WORD_BREAK)) {
				const width = widthOf(run, piece, measure);
				word += width;
				// A word going on from the previous run continues its last part, unless that part ended where it may break.
				const last = parts.at(-1);
				if (open && last) {
					last.width += width;
					last.hyphen = HYPHEN_END.test(piece);
				} else parts.push({ width, hyphen: HYPHEN_END.test(piece) });
				open = !/[-–—/]$/.test(piece);
			}
			inWord = true;
		}
	}
	endWord();
	return out;
}

/**
 * Lines a paragraph takes in a box `width` points wide, breaking as LibreOffice and PowerPoint do:
 * between words, after a hyphen or dash when the rest of the word does not fit, and inside a word longer
 * than the line (after its slashes first, as LibreOffice breaks a URL; else where it reaches the edge).
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
			continue;
		}
		if (piece.kind === 'space') {
			if (used > 0) space += piece.width;
			continue;
		}
		if (used > 0 && used + space + piece.width <= available) {
			used += space + piece.width;
			space = 0;
			continue;
		}
		let rest = piece.parts;
		if (used > 0) {
			// The parts up to a hyphen that still fit stay on this line; the rest of the word starts the next.
			let sum = 0;
			let keep = 0;
			for (const [i, part] of piece.parts.entries()) {
				sum += part.width;
				if (used + space + sum > available) break;
				if (part.hyphen && i < piece.parts.length - 1) keep = i + 1;
			}
			rest = piece.parts.slice(keep);
			lines++;
			used = 0;
		}
		space = 0;
		const restWidth = rest.reduce((a, p) => a + p.width, 0);
		if (restWidth <= available) {
			used = restWidth;
			continue;
		}
		for (const part of rest) {
			if (used > 0 && used + part.width > available) {
				lines++;
				used = 0;
			}
			const extra = Math.max(0, Math.ceil(part.width / available) - 1);
			lines += extra;
			used += part.width - extra * available;
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
