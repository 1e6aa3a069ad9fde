import { slug as githubSlug } from 'github-slugger';
import { frontmatterNode, parseMarkdown, slugFromFile } from '../article/parse.ts';
import { readFrontmatter } from '../article/frontmatter.ts';
import type { Frontmatter } from '../article/frontmatter.ts';
import { slugSourceText } from '../article/headings.ts';
import { pointAfter, TalkbookError, type ErrorPoint } from '../errors.ts';
import { deckSchema } from '../schema/deck.ts';
import type { DeckFrontmatter } from '../schema/deck.ts';
import { slideAttributes } from './markdown-slide.ts';
import { readSlideComment } from './slide-attributes.ts';

/** A chunk of the body between `---` separators, before it is rendered. */
export interface BodyChunk {
	/** Markdown of the slide itself (without its notes). */
	markdown: string;
	/** Markdown after the `Note:` line, or `''`. */
	notes: string;
	/** 1-based line of the chunk's first line in the file. */
	line: number;
	/** Where the first character of `notes` is in the file (for errors in the notes); absent without notes. */
	notesAt?: ErrorPoint;
}

/** A hand-written slide of a composed talk, identified but not yet rendered. */
export interface BodySlide extends BodyChunk {
	id: string;
}

/** A composed talk's file: validated frontmatter and its hand-written slides. */
export interface DeckRecipe {
	slug: string;
	file: string;
	frontmatter: DeckFrontmatter;
	locate: Frontmatter<DeckFrontmatter>['locate'];
	slides: BodySlide[];
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** Tracks fenced code so `---` and `Note:` inside code are content; returns the new open fence (or null). */
function nextFence(line: string, open: string | null): string | null {
	const marker = FENCE.exec(line)?.[1];
	if (!marker) return open;
	if (open === null) return marker;
	const closes = marker[0] === open[0] && marker.length >= open.length && line.trim() === marker;
	return closes ? null : open;
}

/**
 * Splits a deck body into slides the reveal.js Markdown way: a line `---` outside code fences separates
 * slides, and a line starting `Note:` (or `Notes:`) begins the speaker notes of its slide.
 * Chunks with nothing but whitespace are dropped.
 */
export function splitBody(body: string, firstLine: number): BodyChunk[] {
	const chunks: BodyChunk[] = [];
	let current = { slide: [] as string[], notes: null as string[] | null, line: firstLine, notesAt: { line: firstLine, column: 1 } };
	let fence: string | null = null;
	const flush = (nextLine: number): void => {
		const markdown = current.slide.join('\n').trim();
		const raw = (current.notes ?? []).join('\n');
		const notes = raw.trim();
		const chunk: BodyChunk = { markdown, notes, line: current.line };
		if (notes !== '') chunk.notesAt = pointAfter(current.notesAt, raw.slice(0, raw.length - raw.trimStart().length));
		if (markdown !== '' || notes !== '') chunks.push(chunk);
		current = { slide: [], notes: null, line: nextLine, notesAt: { line: nextLine, column: 1 } };
	};
	body.split(/\r?\n/).forEach((line, i) => {
		const lineNo = firstLine + i;
		const wasInFence = fence !== null;
		fence = nextFence(line, fence);
		if (!wasInFence && /^---\s*$/.test(line)) return flush(lineNo + 1);
		const note = !wasInFence && current.notes === null ? /^notes?:\s*(.*)$/i.exec(line) : null;
		if (note) {
			current.notes = [note[1] ?? ''];
			current.notesAt = { line: lineNo, column: line.length - (note[1] ?? '').length + 1 };
		}
		else if (current.notes !== null) current.notes.push(line);
		// A slide's line is that of its first content, not of the blank lines after the separator.
		else if (current.slide.length === 0 && line.trim() === '') current.line = lineNo + 1;
		else current.slide.push(line);
	});
	flush(firstLine);
	return chunks;
}

/** Id of a hand-written slide: the `.slide` comment's `id`, else the github slug of its first heading; `null` if neither. */
export function handWrittenSlideId(markdown: string, file: string, line = 1): string | null {
	const explicit = slideAttributes(markdown, file, { line, column: 1 })['id'];
	if (explicit) return explicit;
	const tree = parseMarkdown(markdown, file);
	const heading = tree.children.find((node) => node.type === 'heading');
	return heading ? githubSlug(slugSourceText(heading)) : null;
}

/** Identifies each chunk; a slide no part could name, or a second slide with the same id, is an error. */
function identify(chunks: readonly BodyChunk[], file: string): BodySlide[] {
	const seen = new Map<string, number>();
	return chunks.map((chunk) => {
		const id = handWrittenSlideId(chunk.markdown, file, chunk.line);
		const at = { line: chunk.line, column: 1 };
		if (!id) throw new TalkbookError('slide has no heading and no <!-- .slide: id="…" -->, so no part can name it', file, at);
		const earlier = seen.get(id);
		if (earlier !== undefined) throw new TalkbookError(`duplicate slide id "${id}" (also on line ${earlier})`, file, at);
		seen.set(id, chunk.line);
		return { ...chunk, id };
	});
}

/**
 * Every refused `.slide` attribute of a talk's body, not only the first (the builder stops at that one),
 * and every slide background image that `fileExists` (a site path such as `/images/bg.png`) does not find.
 */
export function slideAttributeErrors(source: string, file: string, fileExists: (sitePath: string) => boolean = () => true): TalkbookError[] {
	const yaml = frontmatterNode(parseMarkdown(source, file));
	const bodyStart = yaml?.position ? yaml.position.end.line + 1 : 1;
	const body = source.split(/\r?\n/).slice(bodyStart - 1).join('\n');
	return splitBody(body, bodyStart).flatMap((chunk) => {
		const { attributes, errors, backgroundAt } = readSlideComment(parseMarkdown(chunk.markdown, file), file, { line: chunk.line, column: 1 });
		const image = attributes['data-background-image'];
		if (image !== undefined && backgroundAt && !(image.startsWith('/') && fileExists(image))) {
			errors.push(new TalkbookError(`slide background "${image}": no file public${image.startsWith('/') ? '' : '/'}${image} (write a site path such as /images/bg.png)`, file, backgroundAt));
		}
		return errors;
	});
}

/** Parses a composed talk (`decks/*.md|mdx`): validated frontmatter (deckSchema) and identified body slides. */
export function parseDeckRecipe(source: string, file: string): DeckRecipe {
	const tree = parseMarkdown(source, file);
	const yaml = frontmatterNode(tree);
	const { data, locate } = readFrontmatter(yaml, deckSchema, file);
	const bodyStart = yaml?.position ? yaml.position.end.line + 1 : 1;
	const body = source.split(/\r?\n/).slice(bodyStart - 1).join('\n');
	const slides = identify(splitBody(body, bodyStart), file);
	return { slug: slugFromFile(file), file, frontmatter: data, locate, slides };
}

