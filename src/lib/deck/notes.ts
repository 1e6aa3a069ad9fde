import type { Deck, Slide } from './model.ts';

/** The extracted prose, or a generated sentence when the section had none: every slide has notes. */
export function notesOrFallback(notes: readonly string[], fallback: string): string[] {
	return notes.length > 0 ? [...notes] : [fallback];
}

/** `“text”` with typographic quotes, for sentences in generated notes. */
export function quoted(text: string): string {
	return `\u201c${text}\u201d`;
}

/** Speaking rate used to time speaker notes. */
export const WORDS_PER_MINUTE = 130;

/** Slides that are shown and talked over, as opposed to the title and closing frame. */
function baseMinutes(slide: Slide): number {
	return slide.kind === 'title' || slide.kind === 'closing' ? 0 : 1;
}

/** Words in a slide's speaker notes. */
function noteWords(slide: Slide): number {
	return slide.notes.reduce((sum, note) => sum + (note.match(/\S+/g)?.length ?? 0), 0);
}

/**
 * Talk length in whole minutes: each content slide counts one minute to show, every slide adds its
 * notes read at WORDS_PER_MINUTE; the total is rounded, and never below 1.
 */
export function estimateMinutes(deck: Pick<Deck, 'slides'>): number {
	const total = deck.slides.reduce((sum, slide) => sum + baseMinutes(slide) + noteWords(slide) / WORDS_PER_MINUTE, 0);
	return Math.max(1, Math.round(total));
}
