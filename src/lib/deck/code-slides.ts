import { sentences } from '../extract/code-notes.ts';
import type { ArticleExtraction, CodeBlock, CodeItem } from '../extract/types.ts';
import { deckBuildContext, type DeckBuildContext } from './build-context.ts';
import { lineRange, stepsWithin } from './cargo-steps.ts';
import { chunkCode, maxCodeRows } from './code-chunks.ts';
import type { CodeChunk } from './code-chunks.ts';
import type { CodeSlide, LineStep } from './model.ts';
import { NOTES_WORDS, wordCount, type NotesPicker } from './notes-picker.ts';
import { quoted } from './notes.ts';
import { stepSentences, untied, withNoteSteps, type SteppedNote } from './note-steps.ts';
import { slideIdFor } from './pages.ts';
import { slideSource } from './source.ts';

/** Title of a code block's slides: its fence title, else its section heading, else the article title. */
export function codeTitle(extraction: ArticleExtraction, block: CodeBlock): string {
	return block.title ?? block.source.sectionTitle ?? extraction.frontmatter.title;
}

/** How an item is read out: `fn health`, `struct Event`, `the use list`. */
function itemName(item: CodeItem): string {
	if (item.kind === 'use') return 'the imports';
	return item.name ? `${item.kind} ${item.name}` : 'a block';
}

/**
 * Steps of one slide: the fence's `{…}` steps that fall on it, renumbered; without a spec, one step per
 * top-level item when the slide shows two or more (a single item needs no stepping).
 */
export function chunkSteps(block: CodeBlock, chunk: CodeChunk, offset = 0): LineStep[] {
	const from = chunk.startLine + offset;
	const to = chunk.endLine + offset;
	if (block.steps) return stepsWithin(block.steps, from, to);
	if (chunk.items.length < 2) return [];
	return chunk.items.map((item) => lineRange(item.startLine - chunk.startLine + 1, item.endLine - chunk.startLine + 1));
}

/** Spreads items over `parts` slides in order, as evenly as possible (earlier slides take the extra ones). */
export function spread<T>(items: readonly T[], parts: number): T[][] {
	const out: T[][] = [];
	let at = 0;
	for (let i = 0; i < parts; i++) {
		const size = Math.floor(items.length / parts) + (i < items.length % parts ? 1 : 0);
		out.push(items.slice(at, at + size));
		at += size;
	}
	return out;
}

/** Names of the items a run of lines shows (`fn health`, `struct Event`), in order. */
function itemNames(items: readonly CodeItem[]): string[] {
	return items.filter((item) => item.kind !== 'block').map(itemName);
}

/**
 * What a slide shows and why it is there, for a slide the article has no (more) prose for: its items by
 * name, or else its language and first line.
 */
function describe(title: string, lang: string, chunk: CodeChunk, lines: readonly string[], page: number): string {
	const names = itemNames(chunk.items);
	const first = lines.slice(chunk.startLine - 1, chunk.endLine).find((line) => line.trim() !== '')?.trim() ?? '';
	const rows = chunk.endLine - chunk.startLine + 1;
	const shown = names.length > 0 ? names.join(', ').replace(/, ([^,]*)$/, ' and $1') : `${rows} line${rows === 1 ? '' : 's'} of ${lang} starting ${quoted(first.length > 60 ? `${first.slice(0, 59)}…` : first)}`;
	const where = page > 1 ? `the rest of the code of ${quoted(title)}` : `the code of ${quoted(title)}`;
	return `This slide shows ${where}: ${shown}, as the article gives it, so the room reads the code the section talks about.`;
}

/** What each step lights up, a paragraph tied to each (see stepSentences); none when the slide is not stepped. */
function stepNotes(steps: readonly LineStep[], chunk: CodeChunk): SteppedNote[] {
	return stepSentences(
		steps.map((step) => {
			const lines = step.map((n) => n + chunk.startLine - 1);
			const names = itemNames(chunk.items.filter((item) => lines.some((n) => n >= item.startLine && n <= item.endLine)));
			const from = Math.min(...step);
			const to = Math.max(...step);
			return names.length > 0 ? names.join(' and ') : from === to ? `line ${from}` : `lines ${from} to ${to}`;
		}),
	);
}

/** The prose right before and after a code block (and its pair's halves), which its own slides start from. */
export function codeProse(block: CodeBlock): string[] {
	return block.pair?.kind === 'comments' ? [...block.notes, ...block.pair.halves.flatMap((half) => half.notes)] : block.notes;
}

/**
 * Keeps every code block's own prose for its slides before any other slide of the deck picks notes
 * (a table of the same section would otherwise take it).
 */
export function reserveCodeNotes(extraction: ArticleExtraction, ctx: DeckBuildContext): void {
	ctx.notesFor(extraction).reserve(extraction.code.flatMap(codeProse));
}

/** What one run of code (a whole block, or a half of a pair) is shown as. */
interface SlideSpec {
	id: (page: number) => string;
	title: string;
	label: string | null;
	code: string;
	/** Line of `code` within the block, minus one. */
	offset: number;
	items: CodeItem[];
	notes: string[];
	pair: CodeSlide['pair'];
	/** Number the gutter starts at for the first line of `code`. */
	firstLine: number;
}

/**
 * Notes of one code slide: the prose right before and after its block that falls to it first (`own`),
 * then, up to NOTES_WORDS.min words, the section's sentences about the names in its code, then what each
 * of its steps lights up (tied to that step); a sentence saying what it shows when the article has
 * nothing left for it.
 */
function slideNotes(picker: NotesPicker, block: CodeBlock, own: readonly string[], code: string, steps: readonly LineStep[], chunk: CodeChunk, fallback: () => string): SteppedNote[] {
	const stepped = stepNotes(steps, chunk);
	const budget = NOTES_WORDS.max - stepped.reduce((sum, note) => sum + wordCount(note.text), 0);
	// Identifiers of the code (`health`, `tokio`, `from_slice`), so the top-up is about what the slide shows.
	const terms = code.match(/[A-Za-z_][A-Za-z0-9_]{2,}/g) ?? [];
	const picked = picker.pick({ terms, prefer: own, sections: [block.source.sectionId], fill: true, maxWords: budget, maxSentences: 3 });
	return [...untied(picked.length > 0 ? picked : [fallback()]), ...stepped];
}

/** Builds the slides of one run of code (a whole block, or one half of a pair). */
function slidesOf(extraction: ArticleExtraction, block: CodeBlock, spec: SlideSpec, picker: NotesPicker): CodeSlide[] {
	const lines = spec.code.split('\n');
	const chunks = chunkCode(spec.code, spec.items, maxCodeRows(spec.title, spec.label !== null));
	// Whole paragraphs when there are enough for every slide, else sentences.
	const own = spread(spec.notes.length >= chunks.length ? spec.notes : spec.notes.flatMap(sentences), chunks.length);
	const source = slideSource(extraction, block.source);
	return chunks.map((chunk, i) => {
		const code = lines.slice(chunk.startLine - 1, chunk.endLine).join('\n');
		const steps = chunkSteps(block, chunk, spec.offset);
		return {
			kind: 'code',
			id: spec.id(i + 1),
			title: spec.title,
			label: spec.label,
			lang: block.lang,
			code,
			firstLine: spec.firstLine + chunk.startLine - 1,
			steps,
			page: i + 1,
			pages: chunks.length,
			...withNoteSteps(slideNotes(picker, block, own[i] ?? [], code, steps, chunk, () => describe(spec.title, block.lang, chunk, lines, i + 1))),
			source,
			// Only the two slides that meet (end of the before half, start of the after half) animate.
			pair: spec.pair && ((spec.pair.role === 'before' && i === chunks.length - 1) || (spec.pair.role === 'after' && i === 0)) ? spec.pair : null,
		};
	});
}

/** Items of a half, renumbered to start at line 1 of the half. */
function itemsWithin(items: readonly CodeItem[], from: number, to: number): CodeItem[] {
	return items
		.filter((item) => item.startLine >= from && item.endLine <= to)
		.map((item) => ({ ...item, startLine: item.startLine - from + 1, endLine: item.endLine - from + 1 }));
}

/**
 * A code block as slides (`code-<n>`, `code-<n>-2`, …): highlighted, stepped and split by item when
 * long. A fence split by pair comments gives its two halves (`code-<n>`, `code-<n>-2`), numbered from
 * 1 each so the lines they share line up; a fence that is half of a titled pair is labelled with its
 * title. Pair slides carry `pair` so reveal.js auto-animates between them.
 */
export function codeSlides(extraction: ArticleExtraction, block: CodeBlock, ctx: DeckBuildContext = deckBuildContext()): CodeSlide[] {
	const picker = ctx.notesFor(extraction);
	// Every slide of the block (pages, halves) starts from its own share: none tops up with another's.
	picker.reserve(codeProse(block));
	const sectionTitle = block.source.sectionTitle ?? extraction.frontmatter.title;
	const pair = block.pair;
	if (pair?.kind === 'comments') {
		const lines = block.code.split('\n');
		const slides = pair.halves.flatMap((half) =>
			slidesOf(extraction, block, {
				id: () => '',
				title: block.title ?? sectionTitle,
				label: half.label,
				code: lines.slice(half.startLine - 1, half.endLine).join('\n'),
				offset: half.startLine - 1,
				items: itemsWithin(block.items, half.startLine, half.endLine),
				notes: half.notes,
				pair: { id: `code-${block.index}`, role: half.role },
				firstLine: 1,
			}, picker),
		);
		// Both halves count as pages of one block: `code-<n>`, `code-<n>-2`, … in order.
		return slides.map((slide, i) => ({ ...slide, id: slideIdFor('code', block.index, i + 1) }));
	}
	const fencePair = pair?.kind === 'fences' ? pair : null;
	return slidesOf(extraction, block, {
		id: (page) => slideIdFor('code', block.index, page),
		title: fencePair ? sectionTitle : codeTitle(extraction, block),
		label: fencePair ? fencePair.label || null : null,
		code: block.code.replace(/\r\n?/g, '\n').replace(/\n+$/, ''),
		offset: 0,
		items: block.items,
		notes: block.notes,
		pair: fencePair ? { id: `code-${Math.min(block.index, fencePair.partner)}`, role: fencePair.role } : null,
		firstLine: 1,
	}, picker);
}
