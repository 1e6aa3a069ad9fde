/**
 * Notes that step with the fragments: which paragraph of a slide's notes belongs to which fragment step
 * (`Slide.noteSteps`), and how many fragment steps a slide has, so a tie to a step the slide lacks is
 * refused. A step is 1-based: step n is current while the slide's n-th fragment is the last one shown
 * (reveal.js `indexf` n - 1); before the first fragment no step is current.
 */
import { parseFenceMeta } from '../extract/fence-meta.ts';
import type { NoteStep, Slide } from './model.ts';

/** One notes paragraph and the step it belongs to (`null`: the slide as a whole). */
export interface SteppedNote {
	text: string;
	step: NoteStep;
}

/** A slide's `notes` and `noteSteps` from stepped paragraphs; `noteSteps` is left out when no paragraph is tied. */
export function withNoteSteps(paragraphs: readonly SteppedNote[]): { notes: string[]; noteSteps?: NoteStep[] } {
	const notes = paragraphs.map((p) => p.text);
	if (paragraphs.every((p) => p.step === null)) return { notes };
	return { notes, noteSteps: paragraphs.map((p) => p.step) };
}

/**
 * A paragraph per step saying what it lights up, each naming its neighbour so no two slides say the
 * same and the speaker sees what comes next: `Step 1 lights up the imports, before fn health.`, …,
 * `Step 2 lights up fn health, after the imports.` `parts[i]` is what step i + 1 shows; a `null` part
 * (a step that shows nothing to name) gets no paragraph and is skipped as a neighbour.
 */
export function stepSentences(parts: readonly (string | null)[]): SteppedNote[] {
	const named = parts.flatMap((part, i) => (part === null ? [] : [{ part, step: i + 1 }]));
	if (named.length < 2) return [];
	return named.map(({ part, step }, k) => {
		const next = named[k + 1];
		const neighbour = next ? `before ${next.part}` : `after ${named[k - 1]?.part ?? ''}`;
		return { text: `Step ${step} lights up ${part}, ${neighbour}.`, step };
	});
}

/** Paragraphs about the slide as a whole. */
export function untied(texts: readonly string[]): SteppedNote[] {
	return texts.map((text) => ({ text, step: null }));
}

/** Each notes paragraph of a slide with its step (`null` where the slide has no `noteSteps`). */
export function steppedNotes(slide: Pick<Slide, 'notes' | 'noteSteps'>): SteppedNote[] {
	return slide.notes.map((text, i) => ({ text, step: slide.noteSteps?.[i] ?? null }));
}

/** Fragment steps of a hand-written slide: one per `{…}` step of each of its code blocks, in order. */
function markdownFragments(code: readonly { meta: string | null }[]): number {
	return code.reduce((sum, block) => {
		try {
			return sum + (parseFenceMeta(block.meta).steps?.length ?? 0);
		} catch {
			// A malformed `{…}` is reported by the fence check; it gives the slide no steps.
			return sum;
		}
	}, 0);
}

/** How many fragment steps a slide has when presented (what reveal.js steps through before the next slide). */
export function slideFragments(slide: Slide): number {
	switch (slide.kind) {
		case 'takeaways':
			return slide.items.length;
		case 'code':
		case 'cargo':
			return slide.steps.length;
		case 'markdown':
			return markdownFragments(slide.code ?? []);
		case 'title':
		case 'table':
		case 'chart':
		case 'stack':
		case 'section':
		case 'closing':
		case 'diagram':
		case 'math':
			return 0;
		default: {
			// Fails to compile when a slide kind is added to the model without saying whether it has fragments.
			const unknown: never = slide;
			throw new Error(`unknown slide kind ${JSON.stringify((unknown as { kind?: unknown }).kind)}`);
		}
	}
}

/** What is wrong with a slide's `noteSteps` (length, or a step the slide does not have); `null` when nothing. */
export function noteStepsProblem(slide: Slide): string | null {
	const steps = slide.noteSteps;
	if (steps === undefined) return null;
	if (steps.length !== slide.notes.length) return `noteSteps has ${steps.length} entries for ${slide.notes.length} notes paragraphs`;
	const fragments = slideFragments(slide);
	const bad = steps.find((step) => step !== null && (!Number.isInteger(step) || step < 1 || step > fragments));
	return bad === undefined ? null : `a notes paragraph is tied to step ${bad}, but the slide has ${fragments} fragment step${fragments === 1 ? '' : 's'}`;
}
