/**
 * Before/after pairs of code: two consecutive fences titled as a pair (`Before`/`After`, `Bad`/`Good`,
 * `Anti-pattern`/`Better`, any case), or one fence split by line comments the same way
 * (`// Anti-pattern: …` then `// Better`).
 */

/** Which half of a pair a piece of code is. */
export type PairRole = 'before' | 'after';

/** A pair label read from a title or a comment: its role, the word as written and what follows it. */
export interface PairLabel {
	role: PairRole;
	/** The label word as the author wrote it: `Anti-pattern`, `Better`, `Before`. */
	word: string;
	/** Text after the word (`blocking in async context`), or `''`. */
	detail: string;
}

/** Label words of the before role, lower case (`after`, `good` and `better` are the after role). */
const BEFORE_WORDS = ['before', 'bad', 'anti-pattern'];

const LABEL = /^(before|after|bad|good|anti-?pattern|better)\b\s*[:\u2014\u2013-]?\s*(.*)$/i;

/** The pair label a fence title or comment text starts with, or `null` (`"Antipattern"` counts as `anti-pattern`). */
export function pairLabel(text: string | null | undefined): PairLabel | null {
	const match = LABEL.exec((text ?? '').trim());
	if (!match) return null;
	const word = match[1] as string;
	const key = word.toLowerCase().replace('antipattern', 'anti-pattern');
	const role: PairRole = BEFORE_WORDS.includes(key) ? 'before' : 'after';
	return { role, word, detail: (match[2] ?? '').trim().replace(/[.:]$/, '') };
}

/** Whether two labels make a pair: a before label, then an after label (`Bad` → `Good`, `Anti-pattern` → `Better`). */
export function isPair(first: PairLabel | null, second: PairLabel | null): boolean {
	return first?.role === 'before' && second?.role === 'after';
}

/** Text of a line comment (`// x`, `# x`, `-- x`), or `null` when the line is not one. */
function commentText(line: string): string | null {
	const match = /^\s*(?:\/\/+|#|--)\s?(.*)$/.exec(line);
	return match ? (match[1] ?? '').trim() : null;
}

/** One half of a fence split by pair comments: its label and the 1-based lines it keeps (the comment line itself is left out). */
export interface SplitHalf {
	label: PairLabel;
	startLine: number;
	endLine: number;
}

/** Last non-blank line in `from..to`, or `from - 1` when all are blank. */
function lastContent(lines: readonly string[], from: number, to: number): number {
	for (let n = to; n >= from; n--) if ((lines[n - 1] ?? '').trim() !== '') return n;
	return from - 1;
}

/**
 * Splits a fence whose first line is a before-comment and which has exactly one after-comment later
 * (`// Anti-pattern: blocking …` … `// Better`) into its two halves; `null` when the code is not such a pair.
 */
export function splitPairComments(code: string): [SplitHalf, SplitHalf] | null {
	const lines = code.replace(/\r\n?/g, '\n').replace(/\n+$/, '').split('\n');
	const first = lines.findIndex((line) => line.trim() !== '');
	const before = pairLabel(commentText(lines[first] ?? ''));
	if (first < 0 || before?.role !== 'before') return null;
	const afters = lines.flatMap((line, i) => {
		const label = i > first ? pairLabel(commentText(line)) : null;
		return label ? [{ label, line: i + 1 }] : [];
	});
	const after = afters[0];
	if (afters.length !== 1 || !after || after.label.role !== 'after') return null;
	const beforeEnd = lastContent(lines, first + 2, after.line - 1);
	const afterEnd = lastContent(lines, after.line + 1, lines.length);
	if (beforeEnd < first + 2 || afterEnd < after.line + 1) return null;
	return [
		{ label: before, startLine: first + 2, endLine: beforeEnd },
		{ label: after.label, startLine: after.line + 1, endLine: afterEnd },
	];
}

/** How a pair label reads on a slide: `Anti-pattern: blocking in async context`, `Better`. */
export function labelText(label: PairLabel): string {
	return label.detail ? `${label.word}: ${label.detail}` : label.word;
}
