import type { CargoConfig } from '../extract/types.ts';
import { parseFenceMeta } from '../extract/fence-meta.ts';
import type { LineStep } from './model.ts';

/** Most lines lit together in one step derived from dependency lines. */
export const MAX_STEP_LINES = 3;

/** Lines `from..to` inclusive. */
export function lineRange(from: number, to: number): number[] {
	return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
}

/**
 * Groups sorted line numbers into steps of consecutive lines, at most `max` per step:
 * `[9,10,11,12,20]` → `[[9,10,11],[12],[20]]`.
 */
export function stepsFromLines(lines: readonly number[], max = MAX_STEP_LINES): LineStep[] {
	const steps: LineStep[] = [];
	let current: number[] = [];
	for (const line of lines) {
		const last = current.at(-1);
		if (current.length > 0 && (last !== line - 1 || current.length >= max)) {
			steps.push(current);
			current = [];
		}
		current.push(line);
	}
	if (current.length > 0) steps.push(current);
	return steps;
}

/**
 * Steps of a whole Cargo file: the fence's `{1|2-3|4}` spec when given; else its dependency lines in
 * groups of consecutive lines; else one step per top-level section.
 */
export function cargoSteps(config: CargoConfig): LineStep[] {
	const fromMeta = parseFenceMeta(config.meta).steps;
	if (fromMeta) return fromMeta;
	if (config.dependencyLines.length > 0) return stepsFromLines(config.dependencyLines);
	return config.sections.map((section) => lineRange(section.startLine, section.endLine));
}

/** Steps restricted to lines `from..to` and renumbered relative to `from`; steps left empty are dropped. */
export function stepsWithin(steps: readonly LineStep[], from: number, to: number): LineStep[] {
	return steps
		.map((step) => step.filter((line) => line >= from && line <= to).map((line) => line - from + 1))
		.filter((step) => step.length > 0);
}
