import { isSequenceMessage, SEQUENCE_BLOCK, SEQUENCE_DIVIDER } from './sequence.ts';
import { drawDiagram } from './render.ts';
import type { DrawnDiagram } from './render.ts';
import { readDiagram } from './read.ts';
import type { DiagramReading } from './read.ts';
import { statementLines } from './source.ts';
import { wrapFlowchartLabels } from './flowchart.ts';

/** The readability floor: every text of a diagram on a slide is at least this tall in the frame. */
export const DIAGRAM_FLOOR_PX = 24;
/** The largest a diagram's main labels are drawn on a slide: a small diagram is not blown up past this. */
export const DIAGRAM_MAX_TEXT_PX = 36;
/** Height a diagram may take in the 616 px content box under a one-line heading (92 px), in frame pixels. */
export const DIAGRAM_MAX_HEIGHT = 516;
/** A slide heading's line (54 px bold, line height 1.15: styles/deck/base.css), and the characters one holds per frame pixel of width. */
const HEADING_LINE_PX = 62;
const HEADING_PX_PER_CHAR = 31;

/** The height a diagram may take under a heading of `title` on a slide `width` px wide: less for each line the heading wraps to. */
export function diagramHeightFor(title: string, width: number): number {
	const perLine = Math.max(8, Math.floor(width / HEADING_PX_PER_CHAR));
	let lines = 1;
	let used = 0;
	for (const word of title.split(/\s+/).filter(Boolean)) {
		if (used > 0 && used + 1 + word.length > perLine) {
			lines += 1;
			used = word.length;
		} else used += (used > 0 ? 1 : 0) + word.length;
	}
	return DIAGRAM_MAX_HEIGHT - (lines - 1) * HEADING_LINE_PX;
}
/**
 * How a slide draws: little space around the diagram, and flowcharts and state diagrams with tighter node and
 * layer spacing than beautiful-mermaid's 24 and 40 (room a slide lacks; at slide scale they still part by 35 px or more).
 */
const SLIDE_DRAWING = { padding: 4, nodeSpacing: 16, layerSpacing: 24 } as const;

/** One slide's drawing: the diagram (or a part of a split one) and the size it is shown at in the frame. */
export interface DiagramPage {
	drawn: DrawnDiagram;
	/** The source drawn: the diagram's, turned or cut to a part when it had to be. */
	source: string;
	/** Shown size in frame pixels: its smallest text is `fontMin × width / drawn.width` ≥ 24 px. */
	width: number;
	height: number;
}

/** How a diagram goes on slides: its pages, and whether its direction was turned to fit the wide frame. */
export interface DiagramSlideLayout {
	pages: DiagramPage[];
	/** The direction it was drawn in on the slide when not the author's (`LR` for a `graph TD` too tall for a slide), else `null`. */
	reflowed: string | null;
}

/** The size a drawing is shown at in a `width`×`height` box, or `null` when its smallest text would be under the floor. */
function fitted(source: string, width: number, height: number): DiagramPage | null {
	const drawn = drawDiagram(source, SLIDE_DRAWING);
	const scale = Math.min(width / drawn.width, height / drawn.height, DIAGRAM_MAX_TEXT_PX / drawn.fontMax);
	if (drawn.fontMin * scale < DIAGRAM_FLOOR_PX - 1e-9) return null;
	return { drawn, source, width: Math.floor(drawn.width * scale), height: Math.floor(drawn.height * scale) };
}

/** The source with the flowchart's header direction, or the state diagram's `direction` line, set to `direction`. */
function withDirection(reading: DiagramReading, direction: string): string {
	const lines = reading.render.split('\n');
	const header = lines.findIndex((line) => line.trim() !== '' && !line.trim().startsWith('%%'));
	if (reading.kind === 'flowchart') {
		lines[header] = (lines[header] ?? '').replace(/\b(TD|TB|LR|BT|RL)\b/i, direction);
		return lines.join('\n');
	}
	const existing = lines.findIndex((line) => /^\s*direction\s+\w+\s*$/i.test(line));
	if (existing >= 0) lines[existing] = `direction ${direction}`;
	else lines.splice(header + 1, 0, `direction ${direction}`);
	return lines.join('\n');
}

/** One message of a sequence diagram with what goes with it: the block lines before it and the notes after it. */
interface SequenceUnit {
	lines: string[];
	/** The blocks open after this unit, innermost last: `alt cached`, or the branch it is in, `alt miss`. */
	open: string[];
}

/** The statements after the participants, cut into messages, each carrying the block lines around it. */
function sequenceUnits(statements: readonly string[]): SequenceUnit[] {
	const units: SequenceUnit[] = [];
	const open: string[] = [];
	let pending: string[] = [];
	for (const text of statements) {
		// The reader's own patterns (sequence.ts), so a line is a block here exactly when it is one there.
		const block = SEQUENCE_BLOCK.exec(text);
		const divider = SEQUENCE_DIVIDER.exec(text);
		if (block) open.push(text);
		// After a branch, the block goes on under that branch's label (`alt cache miss`).
		else if (divider && open.length > 0) open[open.length - 1] = `${/^\S+/.exec(open.at(-1) ?? '')?.[0] ?? 'alt'} ${(divider[2] ?? '').trim()}`.trim();
		if (isSequenceMessage(text)) {
			units.push({ lines: [...pending, text], open: [...open] });
			pending = [];
		} else if (text === 'end' || /^Note\s/i.test(text)) {
			const last = units.at(-1);
			if (text === 'end') open.pop();
			if (last && pending.length === 0) {
				last.lines.push(text);
				last.open = [...open];
			} else pending.push(text);
		} else pending.push(text);
	}
	if (pending.length > 0) units.push({ lines: pending, open: [...open] });
	return units;
}

/** The source of one part: the header, every participant, the blocks still open from the part before reopened, then its units, its open blocks closed. */
function partSource(header: string, participants: readonly string[], units: readonly SequenceUnit[], before: SequenceUnit | undefined): string {
	const reopened = [...(before?.open ?? [])];
	const lines = units.flatMap((unit) => unit.lines);
	// A part that starts on a branch (`else cache miss`) reopens its block on that branch, not on the first one.
	while (reopened.length > 0 && /^(else|and)\b/.test(lines[0] ?? '')) {
		const branch = /^(?:else|and)\b\s*(.*)$/.exec(lines.shift() ?? '')?.[1] ?? '';
		const kind = /^\S+/.exec(reopened.at(-1) ?? '')?.[0] ?? 'alt';
		reopened[reopened.length - 1] = `${kind} ${branch}`.trim();
	}
	const closing = (units.at(-1)?.open ?? []).map(() => 'end');
	return [header, ...participants, ...reopened.map((line) => `${line} (continued)`), ...lines, ...closing].join('\n');
}

/**
 * A sequence diagram cut between its messages into parts that each fit: every part keeps all participants
 * (so each slide shows the same lifelines), notes stay with the message before them, and a block (`alt` …
 * `end`) cut in two is closed at the end of one part and reopened, marked "(continued)", in the next.
 * `null` when even one message does not fit.
 */
function splitSequence(reading: DiagramReading, width: number, height: number): DiagramPage[] | null {
	const [header, ...rest] = statementLines(reading.render);
	if (!header) return null;
	const participants = rest.filter((line) => /^(participant|actor)\s/.test(line.text)).map((line) => line.text);
	const units = sequenceUnits(rest.filter((line) => !/^(participant|actor)\s/.test(line.text)).map((line) => line.text));
	const draw = (part: readonly SequenceUnit[], before: SequenceUnit | undefined): DiagramPage | null =>
		fitted(partSource(header.text, participants, part, before), width, height);
	const pages: DiagramPage[] = [];
	let current: SequenceUnit[] = [];
	let before: SequenceUnit | undefined;
	let last: DiagramPage | null = null;
	for (const unit of units) {
		const tried = draw([...current, unit], before);
		if (tried) {
			current.push(unit);
			last = tried;
			continue;
		}
		if (!last) return null;
		pages.push(last);
		before = current.at(-1);
		current = [unit];
		last = draw(current, before);
		if (!last) return null;
	}
	if (last) pages.push(last);
	return pages.length > 1 ? pages : null;
}

const layouts = new Map<string, DiagramSlideLayout | null>();

/**
 * How a diagram goes on slides whose content box is `width` px wide (DIAGRAM_MAX_HEIGHT tall), with every
 * text at the 24 px floor or more: drawn as written when it fits; else a flowchart or state diagram turned
 * to the other direction (a `graph TD` too tall for a wide slide fits as `LR`), or a flowchart with its
 * labels of several words on two lines (narrower), or both; else a sequence diagram split
 * between its messages over several slides. `null` when none fits: the diagram stays on the article page,
 * and the content check warns at its fence. Memoised per source and width.
 */
export function diagramSlideLayout(reading: DiagramReading, width: number, height = DIAGRAM_MAX_HEIGHT): DiagramSlideLayout | null {
	const key = `${width}x${height}\u0000${reading.render}`;
	if (layouts.has(key)) return layouts.get(key) ?? null;
	const turned = reading.direction === null ? null : /^(LR|RL)$/.test(reading.direction) ? 'TD' : 'LR';
	const wrapped = reading.kind === 'flowchart' ? { ...reading, render: wrapFlowchartLabels(reading.render) } : null;
	// As written; turned; with labels on two lines; both: the first that fits.
	const tries: [DiagramReading, string | null][] = [[reading, null]];
	if (turned) tries.push([reading, turned]);
	if (wrapped) tries.push([wrapped, null]);
	if (wrapped && turned) tries.push([wrapped, turned]);
	let layout: DiagramSlideLayout | null = null;
	for (const [variant, direction] of tries) {
		const page = fitted(direction ? withDirection(variant, direction) : variant.render, width, height);
		if (page) {
			layout = { pages: [page], reflowed: direction };
			break;
		}
	}
	if (!layout && reading.kind === 'sequence') {
		const pages = splitSequence(reading, width, height);
		if (pages) layout = { pages, reflowed: null };
	}
	layouts.set(key, layout);
	return layout;
}

/** Whether a diagram's source goes on a slide `width` px wide under a heading of `title` (its `accTitle:` wins), see diagramSlideLayout; `false` for a source that cannot be read. */
export function diagramFitsSlide(source: string, width: number, title: string): boolean {
	try {
		const reading = readDiagram(source);
		return diagramSlideLayout(reading, width, diagramHeightFor(reading.accTitle ?? title, width)) !== null;
	} catch {
		return false;
	}
}

/** The size a diagram's drawing takes with its smallest text at the floor, in frame pixels (for the warning when it does not fit). */
export function floorSize(reading: DiagramReading): { width: number; height: number } {
	const drawn = drawDiagram(reading.render, SLIDE_DRAWING);
	const scale = DIAGRAM_FLOOR_PX / drawn.fontMin;
	return { width: Math.ceil(drawn.width * scale), height: Math.ceil(drawn.height * scale) };
}
