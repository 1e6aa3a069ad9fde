import { DiagramError, plainLabel, unclosed, unreadLine } from './source.ts';
import type { KindReading, SourceLine } from './source.ts';

/*
 * Entity-relationship diagrams read with the grammar of beautiful-mermaid's ER parser (its src/er/parser.ts):
 * entities with attributes and relationships with crow's-foot cardinalities. Anything else would be left out
 * of the drawing, so it stops the build.
 */

const ENTITY = /^(\S+)\s*\{$/;
const ATTRIBUTE = /^(\S+)\s+(\S+)(?:\s+(.+))?$/;
const RELATIONSHIP = /^(\S+)\s+([|o}{]+)(--|\.\.)([|o}{]+)\s+(\S+)\s*:\s*(.+)$/;
/** Cardinalities in words, by their marks sorted (`o{` and `{o` are the same). */
const CARDINALITY: Record<string, string> = { '||': 'exactly one', 'o|': 'zero or one', '|}': 'one or more', '{|': 'one or more', '{o': 'zero or more', 'o{': 'zero or more' };

function cardinality(marks: string): string | null {
	return CARDINALITY[[...marks].sort().join('')] ?? null;
}

/** Reads an ER diagram's statements (after its header): every line must be one the renderer draws. */
export function readEr(lines: readonly SourceLine[]): KindReading {
	const attributes = new Map<string, string[]>();
	const relations: string[] = [];
	const entity = (id: string): string[] => {
		const list = attributes.get(id) ?? [];
		attributes.set(id, list);
		return list;
	};
	let open: { line: SourceLine; id: string } | null = null;
	for (const line of lines) {
		const { text } = line;
		if (open) {
			if (text === '}') open = null;
			else if (ATTRIBUTE.test(text)) entity(open.id).push(text.replace(/"[^"]*"/g, '').trim().replace(/\s+/g, ' '));
			else throw unreadLine(line, 'the attribute (write it "type name", e.g. "int id PK")');
			continue;
		}
		const block = ENTITY.exec(text);
		if (block) {
			entity(block[1] as string);
			open = { line, id: block[1] as string };
			continue;
		}
		const relation = RELATIONSHIP.exec(text);
		if (relation) {
			const [, left, leftMarks, , rightMarks, right, label] = relation as unknown as string[];
			const a = cardinality(leftMarks as string);
			const b = cardinality(rightMarks as string);
			if (!a || !b) throw new DiagramError(`cannot read the cardinality "${leftMarks}--${rightMarks}" (write ||, |o, }| or }o on each side)`, line.line, line.column + text.indexOf(leftMarks as string));
			entity(left as string);
			entity(right as string);
			relations.push(`${left} ${plainLabel((label as string).replace(/^["']|["']$/g, ''))} ${right} (${a} to ${b}).`);
			continue;
		}
		throw unreadLine(line, 'the statement');
	}
	if (open) throw unclosed(open.line, `entity "${open.id}"`, '}');
	const entities = [...attributes.entries()].filter(([, list]) => list.length > 0).map(([id, list]) => `${id}: ${list.join(', ')}.`);
	return { sentences: [...relations, ...entities] };
}
