import type { z } from 'astro/zod';

/** A 1-based line/column in a source file. */
export interface ErrorPoint {
	line: number;
	column: number;
}

/** The 1-based line and column of `offset` (UTF-16 units, as JavaScript indexes strings) in `source`; the column counts UTF-16 units too. */
export function pointAt(source: string, offset: number): ErrorPoint {
	const before = source.slice(0, offset);
	return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}

/** The 1-based line and column of `offset` in `source`, the column in characters (code points), as editors count it. */
export function characterPointAt(source: string, offset: number): ErrorPoint {
	const before = source.slice(0, offset);
	return { line: before.split('\n').length, column: [...before.slice(before.lastIndexOf('\n') + 1)].length + 1 };
}

/** The point in a file right after `text`, which starts at `from` there. */
export function pointAfter(from: ErrorPoint, text: string): ErrorPoint {
	const newline = text.lastIndexOf('\n');
	if (newline < 0) return { line: from.line, column: from.column + text.length };
	return { line: from.line + (text.match(/\n/g)?.length ?? 0), column: text.length - newline };
}

/** Path of a value inside parsed frontmatter, as zod and `yaml` report it. */
export type FieldPath = readonly PropertyKey[];

/** Bad input in an article or deck file; the build stops on it and prints `file:line:column: message`. */
export class TalkbookError extends Error {
	/** File the problem is in, as given to the parser (e.g. `articles/x.md`). */
	readonly file: string;
	/** 1-based line of the problem. */
	readonly line: number;
	/** 1-based column of the problem. */
	readonly column: number;
	/** The message without the location prefix. */
	readonly reason: string;

	constructor(reason: string, file: string, point: ErrorPoint, options?: ErrorOptions) {
		const line = Math.max(1, Math.trunc(point.line));
		const column = Math.max(1, Math.trunc(point.column));
		super(`${file}:${line}:${column}: ${reason}`, options);
		this.name = 'TalkbookError';
		this.file = file;
		this.line = line;
		this.column = column;
		this.reason = reason;
	}
}

/** Formats a field path the way authors write it: `series.upcoming[0].title`. */
export function formatFieldPath(path: FieldPath): string {
	let out = '';
	for (const key of path) {
		if (typeof key === 'number') out += `[${key}]`;
		else out += out === '' ? String(key) : `.${String(key)}`;
	}
	return out;
}

type Issue = z.core.$ZodIssue;

/** Zod reports a union failure as nested issue lists; the first issue of the first branch is the useful one. */
function firstLeafIssue(issue: Issue): { issue: Issue; path: PropertyKey[] } {
	if (issue.code === 'invalid_union' && issue.errors.length > 0) {
		const branch = issue.errors[0];
		const inner = branch?.[0];
		if (inner) {
			const leaf = firstLeafIssue(inner);
			return { issue: leaf.issue, path: [...issue.path, ...leaf.path] };
		}
	}
	return { issue, path: [...issue.path] };
}

/** Zod's wording for an unparseable date ("expected date, received Date") reads like a contradiction. */
function issueMessage(issue: Issue): string {
	if (issue.code === 'invalid_type' && issue.expected === 'date') return 'Invalid date';
	// YAML reads `2024-01-01`, `12` and `yes` as a date, a number and a boolean: the fix is quotes.
	if (issue.code === 'invalid_type' && issue.expected === 'string' && /received (Date|number|boolean)/.test(issue.message)) {
		return `${issue.message}; put the value in quotes`;
	}
	return issue.message;
}

/**
 * Converts a zod validation error on frontmatter into a TalkbookError naming the first failing field;
 * `locate` maps a field path to its position in the file (the build stops at the first problem anyway).
 */
export function frontmatterError(
	error: z.ZodError,
	file: string,
	locate: (path: FieldPath) => ErrorPoint | null,
): TalkbookError {
	const first = error.issues[0];
	if (!first) return new TalkbookError('invalid frontmatter', file, { line: 1, column: 1 }, { cause: error });
	const { issue, path } = firstLeafIssue(first);
	const where = locate(path) ?? { line: 1, column: 1 };
	const field = formatFieldPath(path);
	const label = field === '' ? 'frontmatter' : `frontmatter field "${field}"`;
	return new TalkbookError(`${label}: ${issueMessage(issue)}`, file, where, { cause: error });
}
