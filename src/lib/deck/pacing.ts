import type { Deck, Slide } from './model.ts';
import { WORDS_PER_MINUTE } from './notes.ts';
import { wordCount } from './notes-picker.ts';

/** Seconds a slide takes before anything is said about it: looking at it, moving on. */
const BASE_SECONDS = { frame: 15, content: 30 } as const;

/** A slide's weight in seconds before scaling: its base plus its notes read at WORDS_PER_MINUTE. */
function weight(slide: Slide): number {
	const base = slide.kind === 'title' || slide.kind === 'closing' ? BASE_SECONDS.frame : BASE_SECONDS.content;
	const words = slide.notes.reduce((sum, note) => sum + wordCount(note), 0);
	return base + (words / WORDS_PER_MINUTE) * 60;
}

/**
 * Whole seconds for each slide (reveal.js `data-timing`), in proportion to its weight (weight()) and
 * summing exactly to the talk's `minutes`, so the speaker view's pacing says whether the speaker is
 * ahead or behind slide by slide. Rounding is settled on the heaviest slides; every slide gets at least 5 s.
 */
export function slideTimings(deck: Pick<Deck, 'slides' | 'minutes'>): number[] {
	const total = Math.max(deck.slides.length * 5, Math.round(deck.minutes * 60));
	const weights = deck.slides.map(weight);
	const sum = weights.reduce((a, b) => a + b, 0) || 1;
	const seconds = weights.map((w) => Math.max(5, Math.floor((w / sum) * total)));
	let left = total - seconds.reduce((a, b) => a + b, 0);
	const heaviest = weights.map((w, i) => [w, i] as const).sort((a, b) => b[0] - a[0]).map(([, i]) => i);
	for (let k = 0; left !== 0 && heaviest.length > 0; k = (k + 1) % heaviest.length) {
		const i = heaviest[k] as number;
		if (left < 0 && (seconds[i] as number) <= 5) continue;
		seconds[i] = (seconds[i] as number) + Math.sign(left);
		left -= Math.sign(left);
	}
	return seconds;
}
