import { describe, expect, it } from 'vitest';
import { buildArticleDeck } from '../../src/lib/deck/build-article-deck.ts';
import type { ClosingSlide, SectionSlide } from '../../src/lib/deck/model.ts';
import { extractArticle } from '../../src/lib/extract/index.ts';
import { articleSource } from './support/article.ts';

/** Deck of an article body (file `articles/a.md`). */
function deckOf(body: string, extra = '', options = {}) {
	return buildArticleDeck(extractArticle(articleSource(body, extra), 'articles/a.md'), options);
}

describe('buildArticleDeck', () => {
	it('orders slides: title, takeaways, tables, cargo, stacks, closing', () => {
		const body = [
			'## Cargo',
			'```toml title="Cargo.toml"\n[dependencies]\na = "1"\n```',
			'## Numbers',
			'| a |\n| - |\n| 1 |',
			'## Key Takeaways',
			'- one',
		].join('\n\n');
		expect(deckOf(body).slides.map((s) => s.id)).toEqual(['title', 'takeaways', 'table-1', 'cargo-1', 'stack-1', 'closing']);
	});

	it('describes the deck from the frontmatter with a light theme', () => {
		const deck = deckOf('## A\n\nText.');
		expect(deck).toMatchObject({ slug: 'a', title: 'Test article', theme: 'light', articles: ['a'], file: 'articles/a.md' });
		expect(deck.slides[0]).toMatchObject({ kind: 'title', date: '2024-01-02', href: '/articles/a/' });
		expect(deck.slides[0]?.notes[0]).toBe('An article written by a test.');
	});

	it('gives every slide but the closing notes, even where the article has no prose; the closing has none rather than a stock sentence', () => {
		const deck = deckOf('## Key Takeaways\n\n- one\n\n## Data\n\n| a |\n| - |\n| 1 |\n\n## Conf\n\n```toml\n[alias]\nb = "build"\n```');
		for (const slide of deck.slides.slice(0, -1)) expect(slide.notes.length, slide.id).toBeGreaterThan(0);
		expect(deck.slides.at(-1)?.notes).toEqual([]);
	});

	it('falls back to an outline of h2 sections, never an empty deck', () => {
		const deck = deckOf('## One\n\n### Sub\n\n## Two');
		expect(deck.slides.map((s) => s.id)).toEqual(['title', 'outline', 'closing']);
		expect((deck.slides[1] as SectionSlide).outline).toEqual([
			{ text: 'One', href: '/articles/a/#one' },
			{ text: 'Two', href: '/articles/a/#two' },
		]);
	});

	it('outlines the shallowest level when there are no h2s', () => {
		const deck = deckOf('### Only\n\n### Threes');
		expect((deck.slides[1] as SectionSlide).outline.map((o) => o.text)).toEqual(['Only', 'Threes']);
	});

	it('links the closing slide only to real pages; an upcoming part is plain text', () => {
		const series = 'series:\n  name: "S"\n  part: 1\n  upcoming:\n    - part: 2\n      title: "Soon"';
		const upcoming = deckOf('Text.', series).slides.at(-1) as ClosingSlide;
		expect(upcoming.links).toEqual([{ text: 'Read the article: Test article', href: '/articles/a/' }]);
		expect(upcoming.upcoming).toEqual(['Next in S: part 2, \u201cSoon\u201d (coming soon)']);

		const published = deckOf('Text.', series, { nextPart: { slug: 'b', title: 'Part two' } }).slides.at(-1) as ClosingSlide;
		expect(published.links.map((l) => l.href)).toEqual(['/articles/a/', '/articles/b/']);
		expect(published.upcoming).toBeUndefined();
	});

	it('ends on the article\'s own last words: the closing notes are its last section\'s prose no other slide tells', () => {
		const body = ['## Data', '| a |\n| - |\n| 1 |', 'The table counts a.', '## Wrapping Up', 'That is all there is to a. Go and try it.', '## Key Takeaways', '- one'].join('\n\n');
		expect(deckOf(body).slides.at(-1)?.notes).toEqual(['That is all there is to a. Go and try it.']);
		// Its last section told already on a slide: the section before it.
		const told = deckOf(['## First', 'An opening thought on a.', '## Data', '| a |\n| - |\n| 1 |', 'The table counts a.'].join('\n\n'));
		expect(told.slides.find((s) => s.id === 'table-1')?.notes).toEqual(['The table counts a.']);
		expect(told.slides.at(-1)?.notes).toEqual(['An opening thought on a.']);
	});

	it('gives the title slide the description and the article\'s opening, and the outline a sentence of each section, all the article\'s own', () => {
		const deck = deckOf('Before the first heading.\n\n## One\n\nThe first section opens the whole argument of the article. It has more to say.\n\n## Two\n\nThe second section comes next in the reading order.\n\n## Three\n\nThe third section closes the argument with a short summary. Then the reader is done.');
		expect(deck.slides.map((s) => s.id)).toEqual(['title', 'outline', 'closing']);
		expect(deck.slides[0]?.notes).toEqual(['An article written by a test.', 'Before the first heading.']);
		const [one, two, three] = deck.slides[1]?.notes ?? [];
		expect(one).toMatch(/^The first section opens/);
		expect(two).toMatch(/^The second section comes/);
		expect(three).toMatch(/^The third section closes/);
		// Told on the outline already: nothing is left for the closing slide, which says nothing twice.
		expect(deck.slides[2]?.notes).toEqual([]);
	});

	it('links each generated slide back to its section', () => {
		const deck = deckOf('## The Real Costs\n\n| a |\n| - |\n| 1 |');
		expect(deck.slides[1]?.source).toEqual({ article: 'a', href: '/articles/a/#the-real-costs', label: 'The Real Costs' });
	});

	it('gives no stack slide to a manifest without dependencies', () => {
		const deck = deckOf('```toml\n[package]\nname = "x"\n```');
		expect(deck.slides.map((s) => s.id)).toEqual(['title', 'cargo-1', 'closing']);
	});
});
