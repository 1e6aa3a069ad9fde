import { describe, expect, it } from 'vitest';
import { htmlText } from '../../../src/lib/html/escape.ts';
import { deckResultTitle, deckTags, isComposedTalk, slideSearchAttributes, slideTitle } from '../../../src/lib/search/deck-markup.ts';
import type { Deck, Slide } from '../../../src/lib/deck/model.ts';
import { renderFrame } from '../../../src/lib/render/frame.ts';
import type { RenderContext } from '../../../src/lib/render/context.ts';

const handWritten = { notes: ['Spoken, not shown.'], source: null };
const borrowed = { notes: [], source: { article: 'a', href: '/articles/a/#x', label: 'X' } };
const deck = (file: string, slides: Slide[]): Deck => ({
	slug: 'talk', title: 'A talk', description: 'd', theme: 'dark', aspect: '16:9', minutes: 5, articles: ['a', 'b'], file, slides,
});

describe('deck search markup', () => {
	it('titles slides by their title, hand-written ones by their first heading', () => {
		expect(slideTitle({ ...borrowed, kind: 'stack', id: 's', title: 'The stack in Cargo.toml', crates: [], page: 1, pages: 1 })).toBe('The stack in Cargo.toml');
		expect(slideTitle({ ...handWritten, kind: 'markdown', id: 'x', html: '<h2>Start with <em>one</em> service</h2><p>…</p>' })).toBe('Start with one service');
		expect(slideTitle({ ...handWritten, kind: 'markdown', id: 'x', html: '<h2><code>serde</code>, <code>tokio</code> &amp; axum</h2>' })).toBe('serde, tokio & axum');
		expect(slideTitle({ ...handWritten, kind: 'markdown', id: 'x', html: '<p>no heading</p>' })).toBe('Slide');
	});

	it('drops tags without adding spaces, so punctuation stays against its word', () => {
		expect(htmlText('<code>Arc&lt;Mutex&lt;T&gt;&gt;</code>, and <strong>more</strong>')).toBe('Arc<Mutex<T>>, and more');
	});

	it('makes every slide of an article deck a sub-result', () => {
		const articleDeck = deck('articles/a.md', []);
		expect(isComposedTalk(articleDeck)).toBe(false);
		const slide: Slide = { ...borrowed, kind: 'closing', id: 'closing', title: 'Thank you', links: [] };
		expect(slideSearchAttributes(articleDeck, slide)).toEqual({ 'data-pagefind-title': 'Thank you' });
	});

	it('indexes only the hand-written slides of a composed talk', () => {
		const talk = deck('decks/talk.md', []);
		expect(isComposedTalk(talk)).toBe(true);
		const own: Slide = { ...handWritten, kind: 'markdown', id: 'agenda', html: '<h2>Agenda</h2>' };
		const taken: Slide = { ...borrowed, kind: 'takeaways', id: 'a-takeaways', title: 'Key Takeaways', items: ['x'], ordered: false, start: 1, page: 1, pages: 1 };
		expect(slideSearchAttributes(talk, own)).toEqual({ 'data-pagefind-title': 'Agenda' });
		expect(slideSearchAttributes(talk, taken)).toEqual({ 'data-pagefind-ignore': 'all' });
	});

	it('titles the deck result apart from its article, with the tags of all its articles once', () => {
		expect(deckResultTitle(deck('decks/talk.md', []))).toBe('A talk (slides)');
		expect(deckTags(deck('decks/talk.md', []), (slug) => (slug === 'a' ? ['rust', 'go'] : ['rust']))).toEqual(['go', 'rust']);
	});

	it('puts the attributes on the slide’s <section>, escaped, the slide’s own attributes winning', () => {
		const ctx = { siteOrigin: 'https://talkbook.example', aspect: '16:9' as const, highlighter: {} as RenderContext['highlighter'], slideAttributes: () => ({ 'data-pagefind-title': 'A "quoted" <title>', class: 'x' }) };
		const slide: Slide = { ...handWritten, kind: 'markdown', id: 'agenda', html: '' };
		expect(renderFrame(slide, '', ctx, { class: 'own' })).toMatch(/^<section id="agenda" data-kind="markdown" data-pagefind-title="A &quot;quoted&quot; &lt;title&gt;" class="own">/);
		expect(renderFrame(slide, '', { siteOrigin: ctx.siteOrigin, aspect: ctx.aspect, highlighter: ctx.highlighter })).toMatch(/^<section id="agenda" data-kind="markdown">/);
	});
});
