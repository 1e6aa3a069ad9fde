import { DiagramError, plainLabel, unclosed, unreadLine } from './source.ts';
import type { KindReading, SourceLine } from './source.ts';

/*
 * State diagrams (`stateDiagram-v2`) read with the grammar of beautiful-mermaid's state parser (in its
 * src/parser.ts): transitions, descriptions, aliases and composite states. Notes, forks and choices would be
 * left out of the drawing, so they stop the build.
 */

const COMPOSITE = /^state\s+(?:"([^"]+)"\s+as\s+)?([\w\p{L}]+)\s*\{$/u;
const ALIAS = /^state\s+"([^"]+)"\s+as\s+([\w\p{L}]+)\s*$/u;
const TRANSITION = /^(\[\*\]|[\w\p{L}-]+)\s*(-->)\s*(\[\*\]|[\w\p{L}-]+)(?:\s*:\s*(.+))?$/u;
const DESCRIPTION = /^([\w\p{L}-]+)\s*:\s*(.+)$/u;

/** Reads a state diagram's statements (after its header): every line must be one the renderer draws. */
export function readState(lines: readonly SourceLine[]): KindReading {
	const names = new Map<string, string>();
	const sentences: string[] = [];
	const transitions: { from: string; to: string; label: string | null }[] = [];
	const open: { line: SourceLine; label: string }[] = [];
	for (const line of lines) {
		const { text } = line;
		if (/^direction\s+(?:TD|TB|LR|BT|RL)\s*$/i.test(text) || /^linkStyle\s+(?:default|[\d,\s]+)\s+.+$/.test(text)) continue;
		const composite = COMPOSITE.exec(text);
		if (composite) {
			open.push({ line, label: plainLabel(composite[1] ?? (composite[2] as string)) });
			continue;
		}
		if (text === '}') {
			const closed = open.pop();
			if (!closed) throw new DiagramError('"}" closes no composite state', line.line, line.column);
			sentences.push(`${closed.label} is a composite state.`);
			continue;
		}
		const alias = ALIAS.exec(text);
		if (alias) {
			names.set(alias[2] as string, plainLabel(alias[1] as string));
			continue;
		}
		const transition = TRANSITION.exec(text);
		if (transition) {
			transitions.push({ from: transition[1] as string, to: transition[3] as string, label: transition[4] ? plainLabel(transition[4]) : null });
			continue;
		}
		const description = DESCRIPTION.exec(text);
		if (description) {
			names.set(description[1] as string, plainLabel(description[2] as string));
			continue;
		}
		throw unreadLine(line, 'the statement');
	}
	const unclosedState = open.at(-1);
	if (unclosedState) throw unclosed(unclosedState.line, `composite state "${unclosedState.label}"`, '}');
	const name = (id: string, end: 'start' | 'end'): string => (id === '[*]' ? `the ${end}` : (names.get(id) ?? id));
	return {
		sentences: [...transitions.map((t) => `From ${name(t.from, 'start')} to ${name(t.to, 'end')}${t.label ? ` on ${t.label}` : ''}.`), ...sentences],
	};
}
