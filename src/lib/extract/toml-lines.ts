/**
 * A line-oriented view of a TOML document: which lines are table headers and which declare keys,
 * with full key paths. smol-toml gives values but no positions; this gives positions for slides.
 * Only run it on TOML that already parsed, so it can be lenient about malformed input.
 */

/** One logical TOML line (a key/value may span several physical lines). */
export interface TomlLine {
	kind: 'blank' | 'comment' | 'table' | 'array-table' | 'key';
	/** 1-based first and last physical line. */
	startLine: number;
	endLine: number;
	/** Full key path: the header's for tables, header + key for key/values; empty for blank and comment lines. */
	path: string[];
	/** Header as written without its comment, e.g. `[dependencies]`; only for tables. */
	header?: string;
}

const BARE_KEY = /[A-Za-z0-9_-]/;

/** Index after a quoted string starting at `i` (`"…"` with escapes, or `'…'`), or after a triple-quoted one. */
function skipString(src: string, i: number): number {
	const quote = src[i] as string;
	const triple = src.startsWith(quote.repeat(3), i);
	const close = triple ? quote.repeat(3) : quote;
	let j = i + close.length;
	while (j < src.length) {
		if (quote === '"' && src[j] === '\\') j += 2;
		else if (src.startsWith(close, j)) {
			j += close.length;
			// `""""` ends a multi-line string whose content ends with a quote: up to two extra quotes are content.
			for (let extra = 0; triple && extra < 2 && src[j] === quote; extra++) j++;
			return j;
		} else if (!triple && src[j] === '\n') return j;
		else j++;
	}
	return j;
}

/** Reads a dotted key starting at `i`: bare, "basic" or 'literal' segments. */
export function readKeyPath(src: string, i: number): { path: string[]; end: number } {
	const path: string[] = [];
	let j = i;
	for (;;) {
		while (src[j] === ' ' || src[j] === '\t') j++;
		const start = j;
		if (src[j] === '"' || src[j] === "'") {
			j = skipString(src, j);
			const raw = src.slice(start, j);
			path.push(raw.startsWith('"') ? unquoteBasic(raw) : raw.slice(1, -1));
		} else {
			while (j < src.length && BARE_KEY.test(src[j] as string)) j++;
			path.push(src.slice(start, j));
		}
		while (src[j] === ' ' || src[j] === '\t') j++;
		if (src[j] !== '.') return { path, end: j };
		j++;
	}
}

/** Unescapes a TOML basic string (JSON-compatible escapes cover what keys use). */
function unquoteBasic(raw: string): string {
	try {
		return JSON.parse(raw) as string;
	} catch {
		return raw.slice(1, -1);
	}
}

/** Index of the newline that ends a value starting at `i`, following strings and brackets across lines. */
function valueEnd(src: string, i: number): number {
	let depth = 0;
	let j = i;
	while (j < src.length) {
		const char = src[j];
		if (char === '"' || char === "'") j = skipString(src, j);
		else if (char === '#') {
			while (j < src.length && src[j] !== '\n') j++;
		} else if (char === '\n' && depth <= 0) return j;
		else {
			if (char === '[' || char === '{') depth++;
			if (char === ']' || char === '}') depth--;
			j++;
		}
	}
	return j;
}

/** Index of the end of the physical line containing `i`. */
function lineEnd(src: string, i: number): number {
	const end = src.indexOf('\n', i);
	return end < 0 ? src.length : end;
}

/** Splits TOML into logical lines with kinds and full key paths. */
export function scanTomlLines(code: string): TomlLine[] {
	const src = code.replace(/\r\n?/g, '\n');
	const starts = [0];
	for (let k = 0; k < src.length; k++) if (src[k] === '\n') starts.push(k + 1);
	const lineOf = (index: number): number => {
		let line = 1;
		while (line < starts.length && (starts[line] as number) <= index) line++;
		return line;
	};
	const lines: TomlLine[] = [];
	let table: string[] = [];
	let i = 0;
	while (i <= src.length) {
		const startLine = lineOf(i);
		let j = i;
		while (src[j] === ' ' || src[j] === '\t') j++;
		let end = lineEnd(src, j);
		if (j >= src.length || src[j] === '\n') {
			lines.push({ kind: 'blank', startLine, endLine: startLine, path: [] });
		} else if (src[j] === '#') {
			lines.push({ kind: 'comment', startLine, endLine: startLine, path: [] });
		} else if (src[j] === '[') {
			const array = src[j + 1] === '[';
			const key = readKeyPath(src, j + (array ? 2 : 1));
			const close = key.end + (array ? 2 : 1);
			table = key.path;
			const header = src.slice(j, close).trim();
			lines.push({ kind: array ? 'array-table' : 'table', startLine, endLine: startLine, path: table, header });
		} else {
			const key = readKeyPath(src, j);
			end = valueEnd(src, key.end + 1);
			lines.push({ kind: 'key', startLine, endLine: lineOf(end), path: [...table, ...key.path] });
		}
		if (end >= src.length) break;
		i = end + 1;
	}
	// A trailing newline does not start a line of its own.
	if (src.endsWith('\n') && lines.at(-1)?.kind === 'blank') lines.pop();
	return lines;
}
