import { readClass } from './class.ts';
import { readEr } from './er.ts';
import { flowchartDirection, readFlowchart } from './flowchart.ts';
import { mermaid } from './render.ts';
import { readSequence } from './sequence.ts';
import { DiagramError, DIRECTION_WORDS, KIND_NAMES, plainLabel, statementLines } from './source.ts';
import type { DiagramKind, KindReading, SourceLine } from './source.ts';
import { readState } from './state.ts';

/** A diagram's source read whole: its type, what it says in words, and the source the renderer gets. */
export interface DiagramReading {
	kind: DiagramKind;
	/** The author's `accTitle:` (the accessible name), or `null`. */
	accTitle: string | null;
	/** The author's `accDescr:`, put before the text alternative read from the statements, or `null`. */
	accDescr: string | null;
	/** The text alternative: what the diagram shows, statement by statement, in sentences. */
	description: string;
	/** The source without `accTitle`/`accDescr` lines, which beautiful-mermaid does not know (it would draw them as nodes). */
	render: string;
	/** Flowchart and state diagram direction as written (`TD`, `LR`), for reflowing a slide; `null` for other kinds. */
	direction: string | null;
}

/** Mermaid's other diagram types: named in the error, so an author learns it is the type, not a typo. */
const OTHER_TYPES = /^(pie|gantt|journey|gitGraph|mindmap|timeline|quadrantChart|xychart(?:-beta)?|sankey(?:-beta)?|requirementDiagram|C4\w*|block(?:-beta)?|packet(?:-beta)?|architecture(?:-beta)?|kanban|radar(?:-beta)?|treemap(?:-beta)?|zenuml|erDiagram-v\d|info)\b/i;

/** The header's diagram type, as beautiful-mermaid dispatches on it; `null` for anything it does not draw. */
function kindOf(header: string): DiagramKind | null {
	if (/^sequencediagram\s*$/i.test(header)) return 'sequence';
	if (/^classdiagram\s*$/i.test(header)) return 'class';
	if (/^erdiagram\s*$/i.test(header)) return 'er';
	if (/^statediagram(?:-v2)?\s*$/i.test(header)) return 'state';
	if (flowchartDirection(header)) return 'flowchart';
	return null;
}

const READERS: Record<DiagramKind, (lines: readonly SourceLine[]) => KindReading> = {
	flowchart: readFlowchart,
	sequence: readSequence,
	state: readState,
	class: readClass,
	er: readEr,
};

/**
 * Reads a Mermaid diagram's source: its type from the first line and every statement after it, which must be
 * one beautiful-mermaid draws (it skips what it cannot read; Talkbook refuses it rather than publish a diagram
 * missing part of what was written). `accTitle:` and `accDescr:` lines become the accessible name and the
 * start of the description. Throws DiagramError at the line (1-based within the source) and column.
 */
export function readDiagram(source: string): DiagramReading {
	const lines = statementLines(source);
	const header = lines[0];
	if (!header) throw new DiagramError('empty diagram: start with its type, e.g. "graph TD" or "sequenceDiagram"', 1, 1);
	const kind = kindOf(header.text);
	if (kind === null) {
		const other = OTHER_TYPES.exec(header.text)?.[1];
		const drawn = 'graph/flowchart, sequenceDiagram, stateDiagram-v2, classDiagram and erDiagram';
		const reason = other
			? `unsupported diagram type "${other}": Talkbook draws ${drawn} at build time${/^xychart/i.test(other) ? ' (for a chart, write a table: its numbers become a chart slide)' : ''}`
			: `unknown diagram type "${header.text}": start with ${drawn}, e.g. "graph TD"`;
		throw new DiagramError(`${reason}${rendererMessage(source)}`, header.line, header.column);
	}
	const acc: { Title: string | null; Descr: string | null } = { Title: null, Descr: null };
	const statements: SourceLine[] = [];
	const accLines = new Set<number>();
	for (const line of lines.slice(1)) {
		const found = /^acc(Title|Descr)\s*:\s*(.*)$/.exec(line.text);
		if (found) {
			acc[found[1] as 'Title' | 'Descr'] = plainLabel(found[2] as string);
			accLines.add(line.line);
		} else statements.push(line);
	}
	const accTitle = acc.Title;
	const accDescr = acc.Descr;
	const reading = READERS[kind](statements);
	const render = source
		.split(/\r?\n/)
		.filter((_, i) => !accLines.has(i + 1))
		.join('\n');
	const intro = `${KIND_NAMES[kind]}${kind === 'flowchart' ? `, ${directionWords(flowchartDirection(header.text) ?? 'TD')}` : ''}.`;
	const description = [accDescr, intro, ...reading.sentences].filter(Boolean).join(' ');
	const stateDirection = kind === 'state' ? (statements.find((line) => /^direction\s+\w+$/i.test(line.text))?.text.split(/\s+/)[1]?.toUpperCase() ?? 'TD') : null;
	return { kind, accTitle, accDescr, description, render, direction: kind === 'flowchart' ? flowchartDirection(header.text) : stateDirection };
}

/** What beautiful-mermaid itself says of a source it does not draw, as ` (beautiful-mermaid: …)`; empty when it draws it. */
function rendererMessage(source: string): string {
	try {
		mermaid().renderMermaidSVG(source);
		return '';
	} catch (error) {
		return ` (beautiful-mermaid: ${error instanceof Error ? error.message : String(error)})`;
	}
}

/** A direction in words: `TD` → `top to bottom`. */
function directionWords(direction: string): string {
	return DIRECTION_WORDS[direction] ?? 'top to bottom';
}
