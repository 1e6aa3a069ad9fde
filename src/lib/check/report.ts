import type { CheckResult, Located } from './types.ts';

/** `3 errors`, `1 warning`: counts read as words in the summary. */
function count(n: number, noun: string): string {
	return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** One problem the way compilers print it, so editors and terminals make the location clickable. */
export function formatProblem(problem: Located, severity: 'error' | 'warning'): string {
	return `${problem.file}:${problem.line}:${problem.column}: ${severity}: ${problem.reason}`;
}

/** The last line of a report: how many problems in how many files, or that there are none. */
export function formatSummary(result: CheckResult): string {
	const files = count(result.files, 'content file');
	if (result.errors.length === 0 && result.warnings.length === 0) return `content check: ${files}, no problems`;
	return `content check: ${count(result.errors.length, 'error')}, ${count(result.warnings.length, 'warning')} in ${files}`;
}

/** The whole report: errors first, then warnings (each in file and position order), then the summary line. */
export function formatReport(result: CheckResult): string {
	return [
		...result.errors.map((error) => formatProblem(error, 'error')),
		...result.warnings.map((warning) => formatProblem(warning, 'warning')),
		formatSummary(result),
	].join('\n');
}
