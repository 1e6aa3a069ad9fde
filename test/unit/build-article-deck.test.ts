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

	it('gives every slide notes, even where the article has no prose', () => {
		const deck = deckOf('## Key Takeaways\n\n- one\n\n## Data\n\n| a |\n| - |\n| 1 |\n\n## Conf\n\n```toml\n[alias]\nb = "build"\n```');
		for (const slide of deck.slides) expect(slide.notes.length, slide.id).toBeGreaterThan(0);
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

	it('spells out the full URL in the closing notes when the site origin is known', () => {
		const closing = deckOf('Text.', '', { siteOrigin: 'https://talkbook.test/' }).slides.at(-1) as ClosingSlide;
		expect(closing.notes[0]).toContain('https://talkbook.test/articles/a/');
		expect(closing.links[0]?.href).toBe('/articles/a/');
	});

	it('spells out the base in the closing notes, with or without an origin; links stay routes', () => {
		const absolute = deckOf('Text.', '', { siteOrigin: 'https://talkbook.test', base: '/talks/' }).slides.at(-1) as ClosingSlide;
		expect(absolute.notes[0]).toContain('https://talkbook.test/talks/articles/a/');
		const relative = deckOf('Text.', '', { base: '/talks/' }).slides.at(-1) as ClosingSlide;
		expect(relative.notes[0]).toContain('on the site under /talks/articles/a/;');
		expect(relative.links[0]?.href).toBe('/articles/a/');
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
