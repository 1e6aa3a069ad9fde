/**
 * Notes that step with the fragments. A notes paragraph tied to a fragment step carries `data-step="n"`
 * (src/lib/render/frame.ts); while the slide's n-th fragment is the last one shown, that paragraph gets
 * the class NOTE_CURRENT. The speaker view copies the notes' HTML at each step, so it shows the mark.
 */
import type { RevealApi } from 'reveal.js';

/** Class of the notes paragraph of the current step. */
export const NOTE_CURRENT = 'note-current';

/** The current step of a slide: how many of its fragments are shown (0 before the first, and without fragments). */
export function currentStep(reveal: Pick<RevealApi, 'getIndices'>): number {
	const f = reveal.getIndices().f;
	return typeof f === 'number' && f >= 0 ? f + 1 : 0;
}

/** Marks, in `notes`, the paragraphs of `step` and unmarks the others. */
export function markNoteStep(notes: ParentNode | null | undefined, step: number): void {
	for (const p of notes?.querySelectorAll<HTMLElement>('[data-step]') ?? []) p.classList.toggle(NOTE_CURRENT, Number(p.dataset['step']) === step);
}

/**
 * Keeps the current slide's notes marked. Call before the notes plugin is registered: reveal.js calls
 * listeners in the order they were added, so the plugin reads the notes after they are marked.
 */
export function initNoteSteps(reveal: RevealApi): void {
	const update = (): void => markNoteStep(reveal.getCurrentSlide()?.querySelector('aside.notes'), currentStep(reveal));
	for (const type of ['slidechanged', 'fragmentshown', 'fragmenthidden']) reveal.on(type, update);
	update();
}

/** The speaker window's rules for the mark: the current step's paragraph highlighted, tied ones numbered. */
export const SPEAKER_NOTES_CSS = `
.speaker-controls-notes .value p[data-step]::before {
	content: "Step " attr(data-step);
	display: block;
	font-size: 0.62em;
	font-weight: 600;
	letter-spacing: 0.06em;
	text-transform: uppercase;
	color: #666;
}
.speaker-controls-notes .value p.${NOTE_CURRENT} {
	margin-left: -10px;
	padding: 4px 6px 4px 4px;
	border-left: 6px solid #d4a000;
	background: #fff4c2;
	color: #111;
}
.speaker-controls-notes .value p.${NOTE_CURRENT}::before {
	content: "Now · step " attr(data-step);
	color: #6b5200;
}
`;
