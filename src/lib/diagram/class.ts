import { DiagramError, plainLabel, unclosed, unreadLine } from './source.ts';
import type { KindReading, SourceLine } from './source.ts';

/*
 * Class diagrams read with the grammar of beautiful-mermaid's class parser (its src/class/parser.ts):
 * classes with members, annotations, namespaces and relationships. Notes and other statements would be
 * left out of the drawing, so they stop the build.
 */

const NAMESPACE = /^namespace\s+(\S+)\s*\{$/;
const CLASS_BLOCK = /^class\s+(\S+?)(?:\s*~(\w+)~)?\s*\{$/;
const CLASS_ONLY = /^class\s+(\S+?)(?:\s*~(\w+)~)?\s*$/;
const INLINE_ANNOTATION = /^class\s+(\S+?)\s*\{\s*<<(\w+)>>\s*\}$/;
const INLINE_MEMBER = /^(\S+?)\s*:\s*(.+)$/;
const RELATION = /^(\S+?)\s+(?:"([^"]*?)"\s+)?(<\|--|<\|\.\.|\*--|o--|-->|--\*|--o|--\|>|\.\.>|\.\.\|>|<--|<\.\.?|--)\s+(?:"([^"]*?)"\s+)?(\S+?)(?:\s*:\s*(.+))?$/;
/** How each arrow reads, from the left class to the right one. */
const RELATION_WORDS: Record<string, string> = {
	'<|--': 'is the parent of',
	'--|>': 'inherits from',
	'<|..': 'is realized by',
	'..|>': 'realizes',
	'*--': 'is composed of',
	'--*': 'is part of',
	'o--': 'aggregates',
	'--o': 'is aggregated by',
	'-->': 'is associated with',
	'<--': 'is associated with',
	'..>': 'depends on',
	'<..': 'is depended on by',
	'<.': 'is depended on by',
	'--': 'is linked to',
};

/** Reads a class diagram's statements (after its header): every line must be one the renderer draws. */
export function readClass(lines: readonly SourceLine[]): KindReading {
	const members = new Map<string, string[]>();
	const relations: string[] = [];
	const classOf = (id: string): string[] => {
		const list = members.get(id) ?? [];
		members.set(id, list);
		return list;
	};
	let body: { line: SourceLine; id: string } | null = null;
	let namespace: SourceLine | null = null;
	for (const line of lines) {
		const { text } = line;
		if (body) {
			if (text === '}') body = null;
			else if (!/^<<\w+>>$/.test(text)) classOf(body.id).push(text.replace(/;$/, ''));
			continue;
		}
		const ns = NAMESPACE.exec(text);
		if (ns) {
			namespace = line;
			continue;
		}
		if (text === '}') {
			if (!namespace) throw new DiagramError('"}" closes no class or namespace', line.line, line.column);
			namespace = null;
			continue;
		}
		const block = CLASS_BLOCK.exec(text);
		if (block) {
			classOf(block[1] as string);
			body = { line, id: block[1] as string };
			continue;
		}
		const only = CLASS_ONLY.exec(text) ?? INLINE_ANNOTATION.exec(text);
		if (only) {
			classOf(only[1] as string);
			continue;
		}
		const member = INLINE_MEMBER.exec(text);
		if (member && !/<\|--|--|\*--|o--|-->|\.\.>|\.\.\|>/.test(member[2] as string)) {
			classOf(member[1] as string).push((member[2] as string).trim());
			continue;
		}
		const relation = RELATION.exec(text);
		if (relation) {
			const [, from, fromCard, arrow, toCard, to, label] = relation as unknown as string[];
			classOf(from as string);
			classOf(to as string);
			const cards = fromCard || toCard ? ` (${fromCard || 'any'} to ${toCard || 'any'})` : '';
			relations.push(`${from} ${RELATION_WORDS[arrow as string] ?? 'is linked to'} ${to}${cards}${label ? `: ${plainLabel(label)}` : ''}.`);
			continue;
		}
		throw unreadLine(line, 'the statement');
	}
	if (body) throw unclosed(body.line, `class "${body.id}"`, '}');
	if (namespace) throw unclosed(namespace, 'namespace', '}');
	const classes = [...members.entries()].map(([id, list]) => (list.length > 0 ? `Class ${id}: ${list.join(', ')}.` : `Class ${id}.`));
	return { sentences: [...classes, ...relations] };
}
