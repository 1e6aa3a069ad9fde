import type { Yaml } from 'mdast';
import type { z } from 'astro/zod';
import { load as loadYaml, YAMLException } from 'js-yaml';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit } from 'yaml';
import type { Document } from 'yaml';
import { frontmatterError, TalkbookError } from '../errors.ts';
import { isCalendarDay } from '../schema/date.ts';
import type { ErrorPoint, FieldPath } from '../errors.ts';

/** Validated frontmatter plus a way to point at any of its fields in the file. */
export interface Frontmatter<T> {
	data: T;
	/** Position of a field (its key, or its item for sequences) in the file; `null` when the path is absent. */
	locate: (path: FieldPath) => ErrorPoint | null;
}

/** Range start of the node a path names, or of the deepest ancestor that exists. */
function findOffset(doc: Document, path: FieldPath): number | null {
	let node: unknown = doc.contents;
	let offset: number | null = null;
	for (const key of path) {
		if (isMap(node)) {
			const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === key);
			if (!pair || !isScalar(pair.key)) return offset;
			offset = pair.key.range?.[0] ?? offset;
			node = pair.value;
		} else if (isSeq(node) && typeof key === 'number') {
			const item: unknown = node.items[key];
			if (!item || !(isMap(item) || isSeq(item) || isScalar(item))) return offset;
			offset = item.range?.[0] ?? offset;
			node = item;
		} else {
			return offset;
		}
	}
	return offset;
}

/** How many alias expansions a frontmatter may need: real frontmatter has none, an alias bomb has millions. */
const MAX_ALIAS_COUNT = 100;

/** A plain scalar that YAML 1.1 (js-yaml, Astro's parser) reads as a timestamp. */
const TIMESTAMP = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[Tt ]|$)/;

/** The first plain scalar that reads as a timestamp but is no day of the calendar, with its offset. */
function impossibleDate(doc: Document): { text: string; offset: number } | null {
	let found: { text: string; offset: number } | null = null;
	visit(doc, {
		Scalar(_key, node) {
			const text = node.source ?? (typeof node.value === 'string' ? node.value : '');
			const match = node.type === 'PLAIN' || node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE' ? TIMESTAMP.exec(String(text)) : null;
			if (!match || isCalendarDay(Number(match[1]), Number(match[2]), Number(match[3]))) return undefined;
			found = { text: String(text), offset: node.range?.[0] ?? 0 };
			return visit.BREAK;
		},
	});
	return found;
}

/** The first alias of a document, where an alias bomb starts. */
function firstAlias(doc: Document): number {
	let offset = 0;
	visit(doc, {
		Alias(_key, node) {
			offset = node.range?.[0] ?? 0;
			return visit.BREAK;
		},
	});
	return offset;
}

/**
 * Parses and validates the YAML frontmatter node of a Markdown file. The values are read exactly as Astro's
 * content collection reads them (js-yaml's \`load\`, as @astrojs/internal-helpers' parseFrontmatter does), so
 * what passes here passes Astro; the \`yaml\` library's document locates fields and syntax errors in the file.
 * Stricter than Astro, so no value silently changes on the way: an alias bomb and a date that is no day of
 * the calendar (js-yaml turns \`2023-02-30\` into 2 March) are errors too.
 */
export function readFrontmatter<S extends z.ZodType>(
	yamlNode: Yaml | undefined,
	schema: S,
	file: string,
): Frontmatter<z.output<S>> {
	// The YAML text starts on the line after the opening `---`.
	const firstLine = (yamlNode?.position?.start.line ?? 0) + 1;
	const fence: ErrorPoint = { line: Math.max(1, firstLine - 1), column: 1 };
	const counter = new LineCounter();
	const text = yamlNode?.value ?? '';
	const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false });
	const toFile = (offset: number): ErrorPoint => {
		const pos = counter.linePos(offset);
		return { line: firstLine + pos.line - 1, column: pos.col };
	};

	const syntax = doc.errors[0];
	if (syntax) throw new TalkbookError(`frontmatter YAML: ${syntax.message}`, file, toFile(syntax.pos[0]), { cause: syntax });
	try {
		doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
	} catch (error) {
		if (!(error instanceof ReferenceError)) throw error;
		throw new TalkbookError(`frontmatter YAML: aliases expand too far (more than ${MAX_ALIAS_COUNT}); write the values out`, file, toFile(firstAlias(doc)), { cause: error });
	}
	const impossible = impossibleDate(doc);
	if (impossible) throw new TalkbookError(`frontmatter: "${impossible.text}" is not a day of the calendar`, file, toFile(impossible.offset));

	const locate = (path: FieldPath): ErrorPoint | null => {
		if (!yamlNode) return null;
		const offset = findOffset(doc, path);
		return offset === null ? fence : toFile(offset);
	};
	let raw: unknown = {};
	try {
		raw = yamlNode ? loadYaml(text) : {};
	} catch (error) {
		if (!(error instanceof YAMLException)) throw error;
		const where = error.mark ? { line: firstLine + error.mark.line, column: error.mark.column + 1 } : fence;
		throw new TalkbookError(`frontmatter YAML: ${error.reason}`, file, where, { cause: error });
	}
	const result = schema.safeParse(raw ?? {});
	if (!result.success) throw frontmatterError(result.error, file, locate);
	return { data: result.data, locate };
}
