/**
 * The top-level items of a code block (functions, structs, `impl` blocks, `use` lists, …), found by
 * a line scanner rather than a parser: decks only need where each item starts and ends, and the scan
 * must never fail on a snippet that does not compile on its own.
 */

import type { CodeItem } from './types.ts';

/** Languages whose items nest in `{…}`; others are split at blank lines. */
const BRACE_LANGS = new Set(['rust', 'rs', 'ts', 'typescript', 'js', 'javascript', 'tsx', 'jsx', 'go', 'c', 'cpp', 'c++', 'java', 'kotlin', 'swift', 'cs', 'csharp', 'scala', 'zig']);

const ITEM = /^(?:pub(?:\([^)]*\))?\s+|export\s+(?:default\s+)?|async\s+|unsafe\s+|const\s+(?=fn\b)|extern\s+"[^"]*"\s+|default\s+)*(fn|struct|enum|impl|trait|mod|use|const|static|type|macro_rules!|union|class|interface|function|import|func|let|var)\b\s*(?:<[^>]*>\s*)?([A-Za-z_][\w]*)?/;

/** Kind and name of an item from its first code line. */
export function itemKind(line: string): { kind: string; name: string | null } {
	const match = ITEM.exec(line.trim());
	if (!match) return { kind: 'block', name: null };
	const word = match[1] as string;
	const kind = word === 'macro_rules!' ? 'macro' : word === 'function' || word === 'func' ? 'fn' : word === 'import' ? 'use' : word;
	// `impl Trait for Type` and `use a::b` name what follows; only take plain identifiers.
	const name = kind === 'use' ? null : (match[2] ?? null);
	return { kind, name };
}

/** Whether a line is only a comment: a line comment, a one-line block comment, or a doc-comment continuation line. */
function isCommentLine(trimmed: string): boolean {
	return trimmed.startsWith('//') || (trimmed.startsWith('/*') && trimmed.endsWith('*/')) || trimmed.startsWith('*');
}

/** Whether a line is an attribute or decorator that belongs to the item below it (`#[derive(…)]`, `@Component`). */
function isAttributeLine(trimmed: string): boolean {
	return /^#!?\[/.test(trimmed) || /^@[A-Za-z]/.test(trimmed);
}

const CHAR_LITERAL = /^'(?:\\.|[^\\'])'/;

/** Brace depth change of one line, skipping strings, char literals and comments. */
function braceDelta(line: string, state: { block: boolean }): number {
	let depth = 0;
	for (let i = 0; i < line.length; i++) {
		const char = line[i];
		if (state.block) {
			if (char === '*' && line[i + 1] === '/') {
				state.block = false;
				i++;
			}
			continue;
		}
		if (char === '/' && line[i + 1] === '/') break;
		if (char === '/' && line[i + 1] === '*') {
			state.block = true;
			i++;
		} else if (char === '"' || char === '`') {
			// Skip to the closing quote, past escaped ones; an unclosed string runs to the end of the line.
			let j = i + 1;
			while (j < line.length && line[j] !== char) j += line[j] === '\\' ? 2 : 1;
			i = j;
		} else if (char === "'") {
			// A char literal ('{', '\''); a lone quote is a Rust lifetime (`'static`), read on as text.
			i += (CHAR_LITERAL.exec(line.slice(i))?.[0].length ?? 1) - 1;
		} else if (char === '{' || char === '(' || char === '[') depth++;
		else if (char === '}' || char === ')' || char === ']') depth--;
	}
	return depth;
}

/** Items of a brace language: a new item starts at depth 0 after a line that closed one (`}` or `;`), or after a blank line. */
function braceItems(lines: readonly string[]): CodeItem[] {
	const items: CodeItem[] = [];
	const state = { block: false };
	let depth = 0;
	// The item being read: its first line (comments and attributes included), its first code line, whether it has ended.
	let start = 0;
	let head: string | null = null;
	let closed = false;
	let lastContent = 0;
	const finish = (): void => {
		if (start > 0 && head !== null) items.push({ ...itemKind(head), startLine: start, endLine: lastContent });
		start = 0;
		head = null;
		closed = false;
	};
	lines.forEach((line, i) => {
		const trimmed = line.trim();
		if (depth === 0 && trimmed === '') return finish();
		if (depth === 0 && closed) finish();
		if (start === 0) start = i + 1;
		if (depth === 0 && head === null && !isCommentLine(trimmed) && !isAttributeLine(trimmed)) head = trimmed;
		depth = Math.max(0, depth + braceDelta(line, state));
		if (trimmed !== '') lastContent = i + 1;
		if (depth === 0 && head !== null && /[};]\s*(?:\/\/.*)?$/.test(trimmed)) closed = true;
	});
	finish();
	return mergeUses(items);
}

/** Consecutive `use`/`import` items read as one. */
function mergeUses(items: readonly CodeItem[]): CodeItem[] {
	const merged: CodeItem[] = [];
	for (const item of items) {
		const last = merged.at(-1);
		if (last && last.kind === 'use' && item.kind === 'use' && item.startLine === last.endLine + 1) last.endLine = item.endLine;
		else merged.push({ ...item });
	}
	return merged;
}

/** Items of any other language: runs of lines between blank lines. */
function paragraphItems(lines: readonly string[]): CodeItem[] {
	const items: CodeItem[] = [];
	let start = 0;
	lines.forEach((line, i) => {
		const n = i + 1;
		if (line.trim() === '') {
			if (start > 0) items.push({ kind: 'block', name: null, startLine: start, endLine: n - 1 });
			start = 0;
		} else if (start === 0) start = n;
	});
	if (start > 0) items.push({ kind: 'block', name: null, startLine: start, endLine: lines.length });
	return items;
}

/** The top-level items of a code block in order; blank lines between items belong to none. */
export function codeItems(code: string, lang: string): CodeItem[] {
	const lines = code.replace(/\r\n?/g, '\n').replace(/\n+$/, '').split('\n');
	return BRACE_LANGS.has(lang.toLowerCase()) ? braceItems(lines) : paragraphItems(lines);
}
