import { frameSize, type Aspect } from './aspect.ts';

/**
 * How code is laid out on slides, so it never has to be shrunk below the readability floor. The figures
 * mirror src/styles/deck/code.css: code at 24 px in the decks' Noto Sans Mono (0.6em advance, 14.4 px a character),
 * line height 1.45, a gutter of line numbers, 72 px body padding each side.
 */
export const CODE_METRICS = {
	charPx: 14.4,
	/** Gutter (two digits and its margin), line padding, border and a margin for the mark, in px. */
	chromePx: 150,
	bodyPadPx: 144,
	/** Lines of code (after wrapping) one slide holds under a title and a row of section names. */
	maxLines: 12,
	/** A tab is shown this many columns wide. */
	tabWidth: 4,
} as const;

/** Characters of code that fit on one line of a slide in `aspect`'s frame before it wraps (68 at 16:9, 46 at 4:3). */
export function codeColumns(aspect: Aspect): number {
	return Math.floor((frameSize(aspect).width - CODE_METRICS.bodyPadPx - CODE_METRICS.chromePx) / CODE_METRICS.charPx);
}

/** Indent added to a wrapped line's continuation, beyond the line's own indent, in columns. */
export const CONTINUATION_INDENT = 2;

/** Columns a line takes with tabs expanded. */
export function lineWidth(line: string): number {
	return line.replace(/\t/g, ' '.repeat(CODE_METRICS.tabWidth)).length;
}

/**
 * Where a long line is broken so each piece fits `columns`: offsets into the line, each piece ending
 * after a space or a comma, else after a separator inside a word, else cut at the column. The first
 * piece has the full width; continuations are indented by the line's indent plus CONTINUATION_INDENT.
 */
export function wrapPoints(line: string, columns: number): number[] {
	const indent = (/^[ \t]*/.exec(line)?.[0] ?? '').length + CONTINUATION_INDENT;
	const points: number[] = [];
	let start = 0;
	let width = columns;
	while (line.length - start > width) {
		const limit = start + width;
		// After a space or comma if there is one in the last 60% of the piece; else after a path or word
		// separator (`/`, `-`, `=`, `.`, `_`, `:`), so `/usr/local/bin` breaks between its parts; else at the column.
		const after = (chars: string): number => {
			for (let i = limit; i > start + width * 0.4; i--) if (chars.includes(line[i - 1] ?? '')) return i;
			return -1;
		};
		let cut = after(' ,');
		if (cut < 0) cut = after('/-=._:');
		if (cut < 0) cut = limit;
		points.push(cut);
		start = cut;
		width = Math.max(8, columns - indent);
	}
	return points;
}

/** Lines a piece of code takes on a slide once long lines wrap. */
export function visualLines(code: string, columns: number): number {
	return code.split('\n').reduce((sum, line) => sum + 1 + wrapPoints(line, columns).length, 0);
}
