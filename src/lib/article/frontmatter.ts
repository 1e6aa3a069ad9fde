import type { Yaml } from 'mdast';
import type { z } from 'astro/zod';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { Document } from 'yaml';
import { frontmatterError, TalkbookError } from '../errors.ts';
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

/**
 * Parses and validates the YAML frontmatter node of a Markdown file.
 * YAML syntax errors and schema violations become TalkbookErrors located in the file.
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
	const doc = parseDocument(yamlNode?.value ?? '', { lineCounter: counter, prettyErrors: false });
	const toFile = (offset: number): ErrorPoint => {
		const pos = counter.linePos(offset);
		return { line: firstLine + pos.line - 1, column: pos.col };
	};

	const syntax = doc.errors[0];
	if (syntax) throw new TalkbookError(`frontmatter YAML: ${syntax.message}`, file, toFile(syntax.pos[0]), { cause: syntax });

	const locate = (path: FieldPath): ErrorPoint | null => {
		if (!yamlNode) return null;
		const offset = findOffset(doc, path);
		return offset === null ? fence : toFile(offset);
	};
	const raw: unknown = yamlNode ? doc.toJS() : {};
	const result = schema.safeParse(raw ?? {});
	if (!result.success) throw frontmatterError(result.error, file, locate);
	return { data: result.data, locate };
}
