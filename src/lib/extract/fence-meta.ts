/** What Talkbook reads from a code fence's meta string (`toml title="Cargo.toml" {1|2-3|4}`). */
export interface FenceMeta {
	/** `title="…"` or `title='…'`, or `null`. */
	title: string | null;
	/** Highlight steps from a `{…}` spec: each step is the 1-based lines lit together (sorted, no repeats); `null` without a spec. */
	steps: number[][] | null;
}

/** Bad `{…}` step spec in a fence meta; callers add the file position. */
export class StepSpecError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'StepSpecError';
	}
}

/** Lines named by one item of a step: `4` or `2-3`. */
function itemLines(item: string, spec: string): number[] {
	const match = /^(\d+)(?:\s*-\s*(\d+))?$/.exec(item.trim());
	if (!match) throw new StepSpecError(`step spec ${spec}: "${item.trim()}" is not a line number or range like 2-4`);
	const from = Number(match[1]);
	const to = match[2] === undefined ? from : Number(match[2]);
	if (from < 1) throw new StepSpecError(`step spec ${spec}: line numbers start at 1`);
	if (to < from) throw new StepSpecError(`step spec ${spec}: range ${from}-${to} runs backwards`);
	return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/**
 * Parses a step spec such as `{1|2-3|4}` or `{1,3|5-6}`: `|` separates steps, `,` joins items of one step.
 * Throws StepSpecError on empty steps, non-numbers, line 0 or backwards ranges.
 */
export function parseStepSpec(spec: string): number[][] {
	const inner = /^\{(.*)\}$/s.exec(spec.trim())?.[1];
	if (inner === undefined) throw new StepSpecError(`step spec ${spec}: expected {…}`);
	if (inner.trim() === '') throw new StepSpecError(`step spec ${spec}: no steps`);
	return inner.split('|').map((step) => {
		if (step.trim() === '') throw new StepSpecError(`step spec ${spec}: empty step`);
		const lines = step.split(',').flatMap((item) => itemLines(item, spec));
		return [...new Set(lines)].sort((a, b) => a - b);
	});
}

const TITLE = /(?:^|\s)title=(?:"([^"]*)"|'([^']*)')/;

/** The `title="…"` (or `title='…'`) of a fence meta string, or `null`; never throws, unlike the step spec. */
export function fenceTitle(meta: string | null | undefined): string | null {
	const match = TITLE.exec(meta ?? '');
	return match ? (match[1] ?? match[2] ?? null) : null;
}

/** Reads a fence meta string: the title and the optional step spec. Throws StepSpecError on a malformed spec. */
export function parseFenceMeta(meta: string | null | undefined): FenceMeta {
	const text = meta ?? '';
	const titleMatch = TITLE.exec(text);
	const title = fenceTitle(text);
	// Braces inside the title (`title="{x}"`) are not a spec.
	const rest = titleMatch ? text.replace(titleMatch[0], ' ') : text;
	const open = rest.indexOf('{');
	if (open < 0) {
		if (rest.includes('}')) throw new StepSpecError(`step spec in "${text}": "}" without "{"`);
		return { title, steps: null };
	}
	const close = rest.indexOf('}', open);
	if (close < 0) throw new StepSpecError(`step spec in "${text}": "{" is never closed`);
	if (rest.indexOf('{', close) >= 0) throw new StepSpecError(`step spec in "${text}": more than one {…} spec`);
	return { title, steps: parseStepSpec(rest.slice(open, close + 1)) };
}
