import { sentences } from '../extract/code-notes.ts';
import type { ArticleExtraction, CodeBlock, CodeItem } from '../extract/types.ts';
import { lineRange, stepsWithin } from './cargo-steps.ts';
import { chunkCode, maxCodeRows } from './code-chunks.ts';
import type { CodeChunk } from './code-chunks.ts';
import type { CodeSlide, LineStep } from './model.ts';
import { quoted } from './notes.ts';
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

/** Notes for a slide whose block gave no sentence for it: what it shows, by named item or else its first line. */
function describe(title: string, lang: string, chunk: CodeChunk, lines: readonly string[], page: number): string {
	const names = chunk.items.filter((item) => item.kind !== 'block').map(itemName);
	const first = lines.slice(chunk.startLine - 1, chunk.endLine).find((line) => line.trim() !== '')?.trim() ?? '';
	const shown = names.length > 0 ? names.join(', ') : `${lang} starting ${first.length > 60 ? `${first.slice(0, 59)}…` : first}`;
	return page > 1 ? `${quoted(title)}, continued: ${shown}.` : `${quoted(title)}: ${shown}.`;
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

/** Builds the slides of one run of code (a whole block, or one half of a pair). */
function slidesOf(extraction: ArticleExtraction, block: CodeBlock, spec: SlideSpec): CodeSlide[] {
	const lines = spec.code.split('\n');
	const chunks = chunkCode(spec.code, spec.items, maxCodeRows(spec.title, spec.label !== null));
	// Whole paragraphs when there are enough for every slide, else sentences.
	const notes = spread(spec.notes.length >= chunks.length ? spec.notes : spec.notes.flatMap(sentences), chunks.length);
	const source = slideSource(extraction, block.source);
	return chunks.map((chunk, i) => ({
		kind: 'code',
		id: spec.id(i + 1),
		title: spec.title,
		label: spec.label,
		lang: block.lang,
		code: lines.slice(chunk.startLine - 1, chunk.endLine).join('\n'),
		firstLine: spec.firstLine + chunk.startLine - 1,
		steps: chunkSteps(block, chunk, spec.offset),
		page: i + 1,
		pages: chunks.length,
		notes: notes[i]?.length ? (notes[i] as string[]) : [describe(spec.title, block.lang, chunk, lines, i + 1)],
		source,
		// Only the two slides that meet (end of the before half, start of the after half) animate.
		pair: spec.pair && ((spec.pair.role === 'before' && i === chunks.length - 1) || (spec.pair.role === 'after' && i === 0)) ? spec.pair : null,
	}));
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
export function codeSlides(extraction: ArticleExtraction, block: CodeBlock): CodeSlide[] {
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
			}),
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
	});
}
