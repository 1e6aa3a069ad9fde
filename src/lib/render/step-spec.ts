import type { LineStep } from '../deck/model.ts';

const EXAMPLE = 'expected something like {1|2-3|4}';

/** A step spec that cannot be read, e.g. `{1|a}` or `{4-2}`. */
export class StepSpecError extends Error {
	constructor(spec: string, problem: string) {
		super(`invalid line steps "${spec}": ${problem} (${EXAMPLE})`);
		this.name = 'StepSpecError';
	}
}

/** Lines of one `1,3-5` group, sorted and without repeats. */
function parseStep(spec: string, text: string, index: number): LineStep {
	const lines = new Set<number>();
	for (const rawPart of text.split(',')) {
		const part = rawPart.trim();
		if (part === '') throw new StepSpecError(spec, `step ${index + 1} has an empty line number`);
		const match = /^(\d+)(?:\s*-\s*(\d+))?$/.exec(part);
		if (!match) throw new StepSpecError(spec, `"${part}" is not a line number or a range`);
		const from = Number(match[1]);
		const to = match[2] === undefined ? from : Number(match[2]);
		if (from < 1) throw new StepSpecError(spec, 'line numbers start at 1');
		if (to < from) throw new StepSpecError(spec, `range "${part}" runs backwards`);
		for (let n = from; n <= to; n++) lines.add(n);
	}
	return [...lines].sort((a, b) => a - b);
}

/**
 * Parses a stepwise-highlight spec as written in a code fence meta, `{1|2-3|4}` → `[[1],[2,3],[4]]`:
 * steps separated by `|`, each a comma list of lines or ranges; the braces are optional.
 * Throws `StepSpecError` naming the problem.
 */
export function parseStepSpec(spec: string): LineStep[] {
	let body = spec.trim();
	if (body.startsWith('{') !== body.endsWith('}')) throw new StepSpecError(spec, 'unbalanced braces');
	if (body.startsWith('{')) body = body.slice(1, -1);
	if (body.trim() === '') throw new StepSpecError(spec, 'no steps');
	return body.split('|').map((step, i) => {
		if (step.trim() === '') throw new StepSpecError(spec, `step ${i + 1} is empty`);
		return parseStep(spec, step, i);
	});
}

/**
 * Finds the `{…}` step spec in a code fence meta (`title="main.rs" {1|2-3}`), ignoring braces inside
 * quoted values, and parses it; no spec means no steps.
 */
export function stepsFromMeta(meta: string | null | undefined): LineStep[] {
	if (!meta) return [];
	const unquoted = meta.replace(/"[^"]*"|'[^']*'/g, (quoted) => ' '.repeat(quoted.length));
	const match = /\{[^{}]*\}/.exec(unquoted);
	return match ? parseStepSpec(match[0]) : [];
}
