import { describe, expect, it } from 'vitest';
import { builtSlides, modelMismatch } from '../../../scripts/export/deck-model.ts';
import { deckOf } from '../pptx/helpers.ts';
import type { Slide } from '../../../src/lib/deck/model.ts';

const section = (id: string, notes: string[], steps: (number | null)[] = []) =>
	`<section data-timing="80" id="${id}" data-kind="markdown" data-pagefind-body><div class="slide-body"><section>inner</section></div>${notes.length ? `<aside class="notes">${notes.map((n, i) => `<p${steps[i] ? ` data-step="${steps[i]}"` : ''}>${n}</p>`).join('')}</aside>` : ''}</section>`;
const slide = (id: string, notes: string[], noteSteps?: (number | null)[]): Slide => ({ kind: 'markdown', id, html: '<p>x</p>', notes, source: null, ...(noteSteps ? { noteSteps } : {}) });

describe('the deck model against the built deck page', () => {
	const page = `<div class="slides">${section('title', ['Welcome &amp; thanks.', 'It&#39;s short.'])}${section('agenda', [])}</div>`;

	it('reads the slides of a built page: ids in order and their notes as text', () => {
		expect(builtSlides(page)).toEqual([
			{ id: 'title', notes: ['Welcome & thanks.', "It's short."], steps: [null, null] },
			{ id: 'agenda', notes: [], steps: [] },
		]);
	});

	it('reads the step each notes paragraph is tied to, and compares it with the model', () => {
		const stepped = `<div class="slides">${section('takeaways', ['Intro.', 'First.', 'Second.'], [null, 1, 2])}</div>`;
		expect(builtSlides(stepped)).toEqual([{ id: 'takeaways', notes: ['Intro.', 'First.', 'Second.'], steps: [null, 1, 2] }]);
		expect(modelMismatch(deckOf([slide('takeaways', ['Intro.', 'First.', 'Second.'], [null, 1, 2])]), stepped)).toBeNull();
		expect(modelMismatch(deckOf([slide('takeaways', ['Intro.', 'First.', 'Second.'], [null, 2, 2])]), stepped)).toMatch(/steps of the notes of slide takeaways differ/);
	});

	it('accepts the model the page was built from', () => {
		expect(modelMismatch(deckOf([slide('title', ['Welcome & thanks.', "It's short."]), slide('agenda', [' '])]), page)).toBeNull();
	});

	it('names what differs when the content changed since the build', () => {
		expect(modelMismatch(deckOf([slide('title', ['Welcome & thanks.', "It's short."])]), page)).toMatch(/has 2 slides, the content now makes 1 slide/);
		expect(modelMismatch(deckOf([slide('title', ['Welcome.']), slide('agenda', [])]), page)).toMatch(/notes of slide title differ/);
		expect(modelMismatch(deckOf([slide('intro', []), slide('agenda', [])]), page)).toMatch(/slide 1 is "title" on the page, "intro" in the content/);
	});
});
