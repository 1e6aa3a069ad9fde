/**
 * The deck model a PowerPoint export is made from, and the check that it is the one the built deck page
 * shows: the export reads the content again (through the build's cache) and refuses to export when the
 * content changed since the build.
 */
import path from 'node:path';
import { buildCatalog } from '../../src/lib/catalog/catalog.ts';
import { buildCache } from '../../src/lib/cache/context.ts';
import type { Deck } from '../../src/lib/deck/model.ts';
import { steppedNotes } from '../../src/lib/deck/note-steps.ts';
import { decodeHtmlEntities } from '../../src/lib/html/escape.ts';

/** A slide of a built deck page: its id, its speaker notes as text and the step each paragraph is tied to. */
export interface BuiltSlide {
	id: string;
	notes: string[];
	/** Per paragraph of `notes`: its `data-step`, or null. */
	steps: (number | null)[];
}

/** The slides of a built deck page (`<section data-kind id>`, in order) with their notes (`<aside class="notes">`). */
export function builtSlides(html: string): BuiltSlide[] {
	// A slide's own section has the renderer's data-kind (attributes in any order); sections an author wrote inside do not.
	const starts = [...html.matchAll(/<section\b(?=[^>]*\sdata-kind=")[^>]*\sid="([^"]*)"[^>]*>/g)];
	return starts.map((start, i) => {
		const chunk = html.slice(start.index, starts[i + 1]?.index ?? html.length);
		const aside = /<aside class="notes">([\s\S]*?)<\/aside>/.exec(chunk)?.[1] ?? '';
		const paragraphs = [...aside.matchAll(/<p(?: data-step="(\d+)")?>([\s\S]*?)<\/p>/g)];
		const notes = paragraphs.map((m) => decodeHtmlEntities((m[2] ?? '').replace(/<[^>]*>/g, '')));
		const steps = paragraphs.map((m) => (m[1] === undefined ? null : Number(m[1])));
		return { id: decodeHtmlEntities(start[1] ?? ''), notes, steps };
	});
}

/** What differs between a deck model and its built page, or null when the page shows this model. */
export function modelMismatch(deck: Deck, html: string): string | null {
	const built = builtSlides(html);
	const count = (n: number) => `${n} slide${n === 1 ? '' : 's'}`;
	if (built.length !== deck.slides.length) return `the built page has ${count(built.length)}, the content now makes ${count(deck.slides.length)}`;
	for (const [i, slide] of deck.slides.entries()) {
		const page = built[i] as BuiltSlide;
		if (page.id !== slide.id) return `slide ${i + 1} is "${page.id}" on the page, "${slide.id}" in the content`;
		const kept = steppedNotes(slide).filter((note) => note.text.trim() !== '');
		if (kept.map((note) => note.text).join('\n') !== page.notes.join('\n')) return `the notes of slide ${slide.id} differ`;
		if (kept.map((note) => note.step).join() !== page.steps.join()) return `the steps of the notes of slide ${slide.id} differ`;
	}
	return null;
}

/** Every deck of the project at `root`, as a build makes them (read through the build cache; the deck model does not depend on the site's address). */
export function projectDecks(root: string): Map<string, Deck> {
	const cache = buildCache(root);
	const catalog = buildCatalog({ root: path.resolve(root), cache: cache.store, buildKey: cache.buildKey });
	return new Map(catalog.decks.map((deck) => [deck.slug, deck]));
}
