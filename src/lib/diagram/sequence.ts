import { DiagramError, plainLabel, unclosed, unreadLine } from './source.ts';
import type { KindReading, SourceLine } from './source.ts';

/*
 * Sequence diagrams read with the grammar of beautiful-mermaid's sequence parser (its src/sequence/parser.ts):
 * participants, messages, notes and blocks. Anything else (`autonumber`, `activate`, `box`) would be left
 * out of the drawing, so it stops the build.
 */

const PARTICIPANT = /^(participant|actor)\s+(\S+?)(?:\s+as\s+(.+))?$/;
const NOTE = /^Note\s+(left of|right of|over)\s+([^:]+):\s*(.+)$/i;
/** A block's opening line (`alt cache miss`): its kind and its label. */
export const SEQUENCE_BLOCK = /^(loop|alt|opt|par|critical|break|rect)\s*(.*)$/;
/** A branch inside a block (`else cache miss`): its word and its label. */
export const SEQUENCE_DIVIDER = /^(else|and)\s*(.*)$/;
const MESSAGE = /^(\S+?)\s*(--?>?>|--?[)x]|--?>>|--?>)\s*([+-]?)(\S+?)\s*:\s*(.+)$/;
const SIMPLE_MESSAGE = /^(\S+?)\s*(->>|-->>|-\)|--\)|-x|--x|->|-->)\s*([+-]?)(\S+?)\s*:\s*(.+)$/;

/** Words for a block's kind, as the text alternative says it. */
const BLOCK_WORDS: Record<string, string> = { loop: 'Loop', alt: 'Alternative', opt: 'Optional', par: 'In parallel', critical: 'Critical region', break: 'Break', rect: 'Highlighted' };

/** Whether a line is a message (`A->>B: text`), the statements a sequence diagram can be split between. */
export function isSequenceMessage(text: string): boolean {
	return MESSAGE.test(text) || SIMPLE_MESSAGE.test(text);
}

/** Reads a sequence diagram's statements (after its header): every line must be one the renderer draws. */
export function readSequence(lines: readonly SourceLine[]): KindReading {
	const names = new Map<string, string>();
	const name = (id: string): string => names.get(id) ?? id;
	const sentences: string[] = [];
	const open: { line: SourceLine; kind: string }[] = [];
	for (const line of lines) {
		const { text } = line;
		const participant = PARTICIPANT.exec(text);
		if (participant) {
			const id = participant[2] as string;
			if (!names.has(id)) names.set(id, plainLabel(participant[3] ?? id));
			continue;
		}
		const note = NOTE.exec(text);
		if (note) {
			const who = (note[2] as string).split(',').map((id) => name(id.trim()));
			sentences.push(`Note ${(note[1] as string).toLowerCase()} ${who.join(' and ')}: ${plainLabel(note[3] as string)}.`);
			continue;
		}
		const block = SEQUENCE_BLOCK.exec(text);
		if (block) {
			open.push({ line, kind: block[1] as string });
			const label = plainLabel(block[2] ?? '');
			sentences.push(`${BLOCK_WORDS[block[1] as string]}${label ? ` ${label}` : ''}:`);
			continue;
		}
		const divider = SEQUENCE_DIVIDER.exec(text);
		if (divider && open.length > 0) {
			const label = plainLabel(divider[2] ?? '');
			sentences.push(`${divider[1] === 'else' ? 'Otherwise' : 'And'}${label ? ` ${label}` : ''}:`);
			continue;
		}
		if (text === 'end') {
			const closed = open.pop();
			if (!closed) throw new DiagramError('"end" closes no loop, alt, opt, par, critical, break or rect block', line.line, line.column);
			sentences.push(`End of ${(BLOCK_WORDS[closed.kind] ?? closed.kind).toLowerCase()}.`);
			continue;
		}
		const message = MESSAGE.exec(text) ?? SIMPLE_MESSAGE.exec(text);
		if (message) {
			const reply = (message[2] as string).startsWith('--');
			sentences.push(`${name(message[1] as string)} ${reply ? 'replies to' : 'to'} ${name(message[4] as string)}: ${plainLabel(message[5] as string)}.`);
			continue;
		}
		throw unreadLine(line, 'the statement');
	}
	const unclosedBlock = open.at(-1);
	if (unclosedBlock) throw unclosed(unclosedBlock.line, `"${unclosedBlock.kind}" block`, 'end');
	return { sentences };
}
