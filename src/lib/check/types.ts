import { TalkbookError } from '../errors.ts';

/** A problem worth fixing that does not stop the build, located like a TalkbookError. */
export interface ContentWarning {
	/** File the problem is in, relative to the project root (`articles/x.md`). */
	file: string;
	/** 1-based line. */
	line: number;
	/** 1-based column. */
	column: number;
	/** The message without location or severity. */
	reason: string;
}

/** Everything the content checks found across the project. */
export interface CheckResult {
	/** Problems that fail `npm run check` and the build, sorted by file and position. */
	errors: TalkbookError[];
	/** Problems that are printed but do not fail anything, sorted by file and position. */
	warnings: ContentWarning[];
	/** How many content files were checked (for the summary line). */
	files: number;
}

/** A located problem of either severity; both kinds carry the same fields. */
export type Located = Pick<ContentWarning, 'file' | 'line' | 'column' | 'reason'>;

/** Orders problems by file, then line, then column, so reports read top to bottom like the files. */
export function byPosition(a: Located, b: Located): number {
	if (a.file !== b.file) return a.file < b.file ? -1 : 1;
	return a.line - b.line || a.column - b.column;
}

/** A warning at a 1-based position, clamped the way TalkbookError clamps so both print alike. */
export function warningAt(reason: string, file: string, point: { line: number; column: number }): ContentWarning {
	return { file, line: Math.max(1, Math.trunc(point.line)), column: Math.max(1, Math.trunc(point.column)), reason };
}

/**
 * Runs one parser step of one file: a TalkbookError (bad content) is collected and the step yields
 * `null`, so the other steps and files still get checked; anything else is a bug and propagates.
 */
export function attempt<T>(step: () => T, errors: TalkbookError[]): T | null {
	try {
		return step();
	} catch (error) {
		if (!(error instanceof TalkbookError)) throw error;
		errors.push(error);
		return null;
	}
}

/** An unexpected exception while checking a file, reported like bad content so the report still names the file. */
export function internalError(error: unknown, file: string): TalkbookError {
	const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
	return new TalkbookError(`the content check failed on this file (${reason}); this is a Talkbook bug, please report it with the file`, file, { line: 1, column: 1 }, { cause: error });
}

/**
 * Runs every check of one file so that nothing escapes: a TalkbookError is the file's report, and any other
 * exception (a bug, or input no parser expected) becomes an error naming the file instead of a crash.
 * `failed` builds the step's result from the error.
 */
export function guardFile<T>(file: string, step: () => T, failed: (error: TalkbookError) => T): T {
	try {
		return step();
	} catch (error) {
		return failed(error instanceof TalkbookError ? error : internalError(error, file));
	}
}
