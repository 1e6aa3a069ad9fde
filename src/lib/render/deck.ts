import type { Deck } from '../deck/model.ts';
import type { RenderOptions } from './context.ts';
import type { DeckHighlighter } from './highlighter.ts';
import { renderSlide } from './slide.ts';
import { slideTimings } from '../deck/pacing.ts';

/** A slide that could not be rendered, named by deck file and slide id so the author can find it. */
export class DeckRenderError extends Error {
	constructor(file: string, slideId: string, reason: string, options?: ErrorOptions) {
		super(`${file}: slide "${slideId}": ${reason}`, options);
		this.name = 'DeckRenderError';
	}
}

/**
 * The `<section>`s of a deck, to go inside `.reveal > .slides`, each with its share of the talk's
 * minutes as reveal.js `data-timing` (seconds; see slideTimings) for the speaker view's pacing.
 */
export function renderDeckSlides(deck: Deck, highlighter: DeckHighlighter, options: RenderOptions): string {
	const ctx = { ...options, highlighter, aspect: deck.aspect };
	const timings = slideTimings(deck);
	return deck.slides
		.map((slide, i) => {
			try {
				return renderSlide(slide, ctx).replace(/^<section\b/, `<section data-timing="${timings[i] ?? 0}"`);
			} catch (error) {
				const reason = error instanceof Error ? error.message : String(error);
				throw new DeckRenderError(deck.file, slide.id, reason, { cause: error });
			}
		})
		.join('\n');
}
