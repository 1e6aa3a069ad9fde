/** The Mermaid diagram types Talkbook draws at build time (beautiful-mermaid's SVG renderers). */
export type DiagramKind = 'flowchart' | 'sequence' | 'state' | 'class' | 'er';

/** Words for each kind, for accessible names and notes: `Flowchart`, `Sequence diagram`, … */
export const KIND_NAMES: Record<DiagramKind, string> = {
	flowchart: 'Flowchart',
	sequence: 'Sequence diagram',
	state: 'State diagram',
	class: 'Class diagram',
	er: 'Entity-relationship diagram',
};

/** Words for a flowchart's or state diagram's direction (`LR` → `left to right`), for text alternatives and notes. */
export const DIRECTION_WORDS: Readonly<Record<string, string>> = { TD: 'top to bottom', TB: 'top to bottom', BT: 'bottom to top', LR: 'left to right', RL: 'right to left' };

/** One statement line of a diagram's source: its text (trimmed) and where it is (1-based, within the fence). */
export interface SourceLine {
	text: string;
	line: number;
	/** Column of the text's first character in the source line. */
	column: number;
}

/** A problem at a place in the diagram's source: the build stops there. */
export class DiagramError extends Error {
	readonly line: number;
	readonly column: number;
	constructor(message: string, line: number, column: number) {
		super(message);
		this.name = 'DiagramError';
		this.line = line;
		this.column = column;
	}
}

/** What a reader of one diagram type found: sentences for the text alternative (statement by statement). */
export interface KindReading {
	sentences: string[];
}

/** The statement lines of a source, comments (`%%`) and blank lines left out, each with its place. */
export function statementLines(source: string): SourceLine[] {
	return source.split(/\r?\n/).flatMap((raw, i) => {
		const text = raw.trim();
		if (text === '' || text.startsWith('%%')) return [];
		return [{ text, line: i + 1, column: raw.length - raw.trimStart().length + 1 }];
	});
}

/** The error for a line the renderer would skip, so the diagram would miss what the author wrote. */
export function unreadLine(line: SourceLine, what: string, at = 0): DiagramError {
	const rest = line.text.slice(at);
	return new DiagramError(`cannot read ${what} "${rest.length > 60 ? `${rest.slice(0, 60)}…` : rest}" (beautiful-mermaid would leave it out of the diagram)`, line.line, line.column + at);
}

/** A block opened and never closed (`subgraph` without `end`). */
export function unclosed(line: SourceLine, what: string, closer: string): DiagramError {
	return new DiagramError(`${what} is never closed: add a line "${closer}"`, line.line, line.column);
}

/** A label as the reader sees it: Mermaid's quotes and `<br>` line breaks made plain text. */
export function plainLabel(label: string): string {
	return label
		.trim()
		.replace(/^"(.*)"$/s, '$1')
		.replace(/<br\s*\/?>/gi, ' ')
		.replace(/\s+/g, ' ');
}
