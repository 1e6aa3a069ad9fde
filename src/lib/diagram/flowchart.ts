import { DiagramError, plainLabel, unclosed, unreadLine } from './source.ts';
import type { KindReading, SourceLine } from './source.ts';

/*
 * Flowcharts (`graph TD`, `flowchart LR`) read statement by statement with the grammar of beautiful-mermaid's
 * parser (its src/parser.ts), which skips what it cannot read: here every line must be read whole, so a typo
 * stops the build instead of silently dropping an edge.
 */

/** The arrows the renderer draws: `-->`, `---`, `-.->`, `-.-`, `==>`, `===`, `<-->`…, with an optional `|label|`. */
const ARROW = /^(<)?(-->|-\.->|==>|---|-\.-|===)(?:\|([^|]*)\|)?/;
/** An arrow with its label inside: `-- yes -->`, `-. maybe .->`, `== sure ==>`. */
const TEXT_ARROW = /^(<)?(--|-\.|==)\s+(.+?)\s+(-->|---|\.->|-\.-|==>|===)/;
/** Node shapes, most specific delimiters first, as the renderer tries them. */
const NODE_SHAPES = [
	/^([\w-]+)\(\(\((.+?)\)\)\)/,
	/^([\w-]+)\(\[(.+?)\]\)/,
	/^([\w-]+)\(\((.+?)\)\)/,
	/^([\w-]+)\[\[(.+?)\]\]/,
	/^([\w-]+)\[\((.+?)\)\]/,
	/^([\w-]+)\[\/(.+?)\\\]/,
	/^([\w-]+)\[\\(.+?)\/\]/,
	/^([\w-]+)>(.+?)\]/,
	/^([\w-]+)\{\{(.+?)\}\}/,
	/^([\w-]+)\[(.+?)\]/,
	/^([\w-]+)\((.+?)\)/,
	/^([\w-]+)\{(.+?)\}/,
];
const BARE_NODE = /^([\w-]+)/;
const CLASS_SUFFIX = /^:::[\w][\w-]*/;

/** Statements other than nodes and edges, as the renderer matches them. */
const OTHER_STATEMENTS = [/^classDef\s+\w+\s+.+$/, /^class\s+[\w,-]+\s+\w+$/, /^style\s+[\w,-]+\s+.+$/, /^linkStyle\s+(?:default|[\d,\s]+)\s+.+$/];

/** The flowchart's direction from its header line, `graph TD` → `TD`; `null` when the header is not a flowchart's. */
export function flowchartDirection(header: string): string | null {
	return /^(?:graph|flowchart)\s+(TD|TB|LR|BT|RL)\s*$/i.exec(header)?.[1]?.toUpperCase() ?? null;
}

interface Cursor {
	rest: string;
	at: number;
	/** Where each node label read so far sits in the line (offsets of its text), for wrapFlowchartLabels. */
	spans?: { start: number; end: number }[];
}

/** Consumes one node (`A`, `A[Label]`, `A((Label)):::hot`) at the cursor, naming it in `labels`; its id, or `null`. */
function node(cursor: Cursor, labels: Map<string, string>): string | null {
	for (const shape of NODE_SHAPES) {
		const match = shape.exec(cursor.rest);
		if (!match) continue;
		labels.set(match[1] as string, plainLabel(match[2] as string));
		const start = cursor.at + match[0].indexOf(match[2] as string, (match[1] as string).length);
		cursor.spans?.push({ start, end: start + (match[2] as string).length });
		advance(cursor, match[0].length);
		return suffix(cursor, match[1] as string);
	}
	const bare = BARE_NODE.exec(cursor.rest);
	if (!bare) return null;
	const id = bare[1] as string;
	if (!labels.has(id)) labels.set(id, id);
	advance(cursor, bare[0].length);
	return suffix(cursor, id);
}

function suffix(cursor: Cursor, id: string): string {
	const cls = CLASS_SUFFIX.exec(cursor.rest);
	if (cls) advance(cursor, cls[0].length);
	return id;
}

function advance(cursor: Cursor, length: number): void {
	const taken = cursor.rest.slice(0, length);
	const after = cursor.rest.slice(length);
	const trimmed = after.trimStart();
	cursor.at += taken.length + (after.length - trimmed.length);
	cursor.rest = trimmed;
}

/** Nodes joined by `&`. */
function group(cursor: Cursor, labels: Map<string, string>): string[] {
	const first = node(cursor, labels);
	if (first === null) return [];
	const ids = [first];
	while (cursor.rest.startsWith('&')) {
		advance(cursor, 1);
		const next = node(cursor, labels);
		if (next === null) break;
		ids.push(next);
	}
	return ids;
}

/** An edge for the text alternative: its ends, its label and how it connects. */
interface Edge {
	from: string;
	to: string;
	label: string | null;
	both: boolean;
	directed: boolean;
}

/** Reads a node/edge line whole (`A[Start] --> B{Ok?} -->|yes| C`), or throws at the first part it cannot read. */
function edgeLine(line: SourceLine, labels: Map<string, string>, edges: Edge[], spans?: { start: number; end: number }[]): void {
	const cursor: Cursor = { rest: line.text, at: 0, ...(spans ? { spans } : {}) };
	let previous = group(cursor, labels);
	if (previous.length === 0) throw unreadLine(line, 'the statement');
	while (cursor.rest !== '' && cursor.rest !== ';') {
		const arrow = ARROW.exec(cursor.rest);
		const text = arrow ? null : TEXT_ARROW.exec(cursor.rest);
		const found = arrow ?? text;
		if (!found) throw unreadLine(line, 'the rest of the line', cursor.at);
		const op = arrow ? (arrow[2] as string) : (text?.[4] as string);
		const label = arrow ? (arrow[3] ?? null) : (text?.[3] ?? null);
		advance(cursor, found[0].length);
		if (cursor.rest === '' || cursor.rest === ';') throw new DiagramError(`the edge "${found[0].trim()}" has no node after it`, line.line, line.column + cursor.at);
		const next = group(cursor, labels);
		if (next.length === 0) throw unreadLine(line, 'the end of the edge', cursor.at);
		for (const from of previous) for (const to of next) edges.push({ from, to, label: label?.trim() ? plainLabel(label) : null, both: Boolean(found[1]), directed: op.endsWith('>') });
		previous = next;
	}
}

/** The sentence an edge reads as: `Start leads to Decision.`, `Decision leads to Action: Yes.` */
function edgeSentence(edge: Edge, labels: Map<string, string>): string {
	const from = labels.get(edge.from) ?? edge.from;
	const to = labels.get(edge.to) ?? edge.to;
	const verb = edge.both ? 'and' : edge.directed ? 'leads to' : 'links to';
	const tail = edge.both ? ' lead to each other' : '';
	return `${from} ${verb} ${to}${tail}${edge.label ? `: ${edge.label}` : ''}.`;
}

/** Reads a flowchart's statements (after its header): every line must be one the renderer draws. */
export function readFlowchart(lines: readonly SourceLine[]): KindReading {
	const labels = new Map<string, string>();
	const edges: Edge[] = [];
	const open: { line: SourceLine; label: string }[] = [];
	const groups: string[] = [];
	for (const line of lines) {
		const { text } = line;
		if (OTHER_STATEMENTS.some((form) => form.test(text))) continue;
		if (/^direction\s+(?:TD|TB|LR|BT|RL)\s*$/i.test(text)) {
			if (open.length === 0) throw new DiagramError('"direction" only applies inside a subgraph (set the direction in the header, e.g. "graph LR")', line.line, line.column);
			continue;
		}
		const subgraph = /^subgraph\s+(.+)$/.exec(text);
		if (subgraph) {
			const rest = (subgraph[1] as string).trim();
			const label = /^[\w-]+\s*\[(.+)\]$/.exec(rest)?.[1] ?? rest;
			open.push({ line, label: plainLabel(label) });
			continue;
		}
		if (text === 'end') {
			const closed = open.pop();
			if (!closed) throw new DiagramError('"end" closes no subgraph', line.line, line.column);
			groups.push(closed.label);
			continue;
		}
		edgeLine(line, labels, edges);
	}
	const unclosedGroup = open.at(-1);
	if (unclosedGroup) throw unclosed(unclosedGroup.line, `subgraph "${unclosedGroup.label}"`, 'end');
	const linked = new Set(edges.flatMap((e) => [e.from, e.to]));
	const alone = [...labels.keys()].filter((id) => !linked.has(id)).map((id) => `${labels.get(id)}.`);
	return { sentences: [...groups.map((g) => `Group ${g}.`), ...edges.map((e) => edgeSentence(e, labels)), ...alone] };
}

/** A label of two or more words on two lines, broken at the space nearest its middle (`Validate<br>fields`). */
function twoLines(label: string): string {
	const quoted = /^"(.*)"$/s.exec(label);
	const text = quoted ? (quoted[1] as string) : label;
	if (/<br\s*\/?>/i.test(text) || !text.includes(' ')) return label;
	const middle = text.length / 2;
	let best = -1;
	for (let i = text.indexOf(' '); i >= 0; i = text.indexOf(' ', i + 1)) if (best < 0 || Math.abs(i - middle) < Math.abs(best - middle)) best = i;
	const wrapped = `${text.slice(0, best)}<br>${text.slice(best + 1)}`;
	return quoted ? `"${wrapped}"` : wrapped;
}

/**
 * A flowchart's source with every node label of two or more words broken onto two lines: a narrower
 * drawing, for a slide where the diagram as written is too wide at the 24 px floor. Lines it cannot read
 * (none, once readFlowchart accepted the source) are kept as they are.
 */
export function wrapFlowchartLabels(source: string): string {
	const lines = source.split('\n');
	let header = true;
	return lines
		.map((raw) => {
			const text = raw.trim();
			if (text === '' || text.startsWith('%%')) return raw;
			if (header) {
				header = false;
				return raw;
			}
			if (OTHER_STATEMENTS.some((form) => form.test(text)) || /^(subgraph\b|end$|direction\s)/.test(text)) return raw;
			const spans: { start: number; end: number }[] = [];
			try {
				edgeLine({ text, line: 0, column: 1 }, new Map(), [], spans);
			} catch {
				return raw;
			}
			const indent = raw.length - raw.trimStart().length;
			let out = text;
			for (const span of [...spans].reverse()) out = out.slice(0, span.start) + twoLines(out.slice(span.start, span.end)) + out.slice(span.end);
			return raw.slice(0, indent) + out;
		})
		.join('\n');
}
