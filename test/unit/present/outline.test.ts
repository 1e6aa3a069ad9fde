import { describe, expect, it } from 'vitest';
import { deckOutline } from '../../../src/lib/present/outline.ts';

const page = `<!DOCTYPE html><html lang="en" data-deck-minutes="12" data-base="/"><head><title>My &amp; talk</title></head><body>
<div class="reveal"><div class="slides">
<section data-timing="30" id="title" data-kind="title"><div class="slide-body"><h1 class="slide-title">Hello</h1></div><aside class="notes"><p>Welcome.</p></aside></section>
<section data-timing="90" id="takeaways" data-kind="takeaways"><div class="slide-body"><h2 class="slide-title">Key Takeaways <span class="page-count">(1/2)</span></h2><ul><li class="fragment">One</li><li class="fragment">Two &lt;b&gt;</li></ul></div><aside class="notes"><p>About both.</p><p data-step="1">On one.</p><p data-step="2">On   two.</p></aside></section>
<section data-visibility="hidden" id="hidden"><div class="slide-body"><h2>Hidden</h2></div></section>
<section data-timing="60" id="code-1" data-kind="code"><div class="slide-body"><h2 class="slide-title code-title"><code>Cargo.toml</code></h2><div class="code-block"><pre></pre><span class="fragment code-step" data-lines="1"></span><span class="fragment code-step" data-lines="2"></span><span class="fragment code-step" data-lines="3"></span></div></div></section>
<section id="grouped"><div class="slide-body"><p class="fragment" data-fragment-index="0">a</p><p class="fragment" data-fragment-index="0">b</p><p class="fragment">c</p></div><aside class="notes"><p class="fragment">not a fragment of the slide</p></aside></section>
</div></div></body></html>`;

describe('deck outline from a built page', () => {
	const outline = deckOutline('talk', page);

	it('reads the title and minutes', () => {
		expect(outline).toMatchObject({ slug: 'talk', title: 'My & talk', minutes: 12 });
	});

	it('lists the slides reveal.js shows, with titles (page counts left off), fragment steps and timings', () => {
		expect(outline.slides.map((s) => [s.id, s.title, s.fragments, s.timing])).toEqual([
			['title', 'Hello', 0, 30],
			['takeaways', 'Key Takeaways', 2, 90],
			['code-1', 'Cargo.toml', 3, 60],
			['grouped', 'Slide 4', 2, 0],
		]);
	});

	it('reads the notes paragraphs as text, with the step each is tied to', () => {
		expect(outline.slides[1]?.notes).toEqual([
			{ text: 'About both.', step: null },
			{ text: 'On one.', step: 1 },
			{ text: 'On two.', step: 2 },
		]);
		expect(outline.slides[2]?.notes).toEqual([]);
	});
});
