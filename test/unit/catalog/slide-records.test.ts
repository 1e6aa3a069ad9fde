import { describe, expect, it } from 'vitest';
import { htmlText, slideRecords, slideText, slideTitle } from '../../../src/lib/search/slide-records.ts';
import type { Deck, Slide } from '../../../src/lib/deck/model.ts';

const base = { notes: ['Spoken, not shown.'], source: null };
const deck = (slides: Slide[]): Deck => ({
	slug: 'talk', title: 'A talk', description: 'd', theme: 'dark', aspect: '16:9', minutes: 5, articles: ['a', 'b'], file: 'decks/talk.md', slides,
});

describe('slide search records', () => {
	it('turns inline HTML into the text the audience reads', () => {
		expect(htmlText('<code>Arc&lt;Mutex&lt;T&gt;&gt;</code> and <strong>more</strong>')).toBe('Arc<Mutex<T>> and more');
	});

	it('indexes what a slide shows, not its speaker notes', () => {
		const slide: Slide = { ...base, kind: 'takeaways', id: 'takeaways', title: 'Key Takeaways', items: ['Use <code>tokio</code>'], ordered: false, start: 1, page: 1, pages: 1 };
		expect(slideText(slide)).toBe('Key Takeaways\nUse tokio');
	});

	it('titles hand-written slides by their first heading', () => {
		expect(slideTitle({ ...base, kind: 'markdown', id: 'x', html: '<h2>Start with <em>one</em> service</h2><p>…</p>' })).toBe('Start with one service');
		expect(slideTitle({ ...base, kind: 'markdown', id: 'x', html: '<p>no heading</p>' })).toBe('Slide');
	});

	it('gives one record per slide that opens the deck on it, with its articles’ tags', () => {
		const records = slideRecords(
			deck([
				{ ...base, kind: 'title', id: 'title', title: 'A talk', description: 'About things', date: '2024-01-01', href: '/decks/talk/' },
				{ ...base, kind: 'stack', id: 'stack-1', title: 'The stack', crates: [{ name: 'tokio', version: '1.29', features: ['full'], table: 'dependencies', workspace: false, optional: false }], page: 1, pages: 1 },
			]),
			(slug) => (slug === 'a' ? ['rust', 'go'] : ['rust']),
		);
		expect(records.map((r) => r.url)).toEqual(['/decks/talk/#/title', '/decks/talk/#/stack-1']);
		expect(records[1]?.content).toContain('tokio\n1.29\nfull');
		expect(records[1]?.meta.title).toBe('The stack — A talk (slides)');
		expect(records[0]?.filters).toEqual({ type: ['Slides'], tag: ['go', 'rust'] });
	});
});
