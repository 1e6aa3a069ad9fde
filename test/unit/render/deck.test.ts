import { describe, expect, it } from 'vitest';
import { renderDeckSlides } from '../../../src/lib/render/deck.ts';
import { getDeckHighlighter } from '../../../src/lib/render/highlighter.ts';
import { renderSlide } from '../../../src/lib/render/slide.ts';
import { resolveHref } from '../../../src/lib/render/url.ts';
import { attrValues, context, deckOf, inner, ORIGIN } from './helpers.ts';

describe('renderDeckSlides', () => {
	it('renders one section per slide, in order, with ids and kinds', async () => {
		const html = renderDeckSlides(
			deckOf([
				{ kind: 'title', id: 'title', title: 'T', description: 'D', date: '2025-03-14', href: '/articles/demo/', notes: [], source: null },
				{ kind: 'section', id: 'outline', title: 'Outline', outline: [{ text: 'Intro', href: '/articles/demo/#intro' }], notes: [], source: null },
				{ kind: 'closing', id: 'end', title: 'Read more', links: [{ text: 'The article', href: '/articles/demo/' }], notes: [], source: null },
			]),
			await getDeckHighlighter(),
			{ siteOrigin: ORIGIN },
		);
		expect(attrValues(html, 'id')).toEqual(['title', 'outline', 'end']);
		expect(attrValues(html, 'data-kind')).toEqual(['title', 'section', 'closing']);
	});

	it('returns the same highlighter to every caller', async () => {
		expect(await getDeckHighlighter()).toBe(await getDeckHighlighter());
	});
});

describe('title slide', () => {
	it('shows date and the full article address as a link', async () => {
		const html = renderSlide(
			{ kind: 'title', id: 'title', title: 'Why Rust', description: 'D', date: '2025-03-04', href: '/articles/why-rust/', notes: [], source: null },
			await context(),
		);
		expect(inner(html, 'h1')).toBe('Why Rust');
		expect(html).toContain('<time datetime="2025-03-04">4 March 2025</time>');
		expect(html).toContain('<a class="title-link" href="https://talkbook.example/articles/why-rust/">talkbook.example/articles/why-rust/</a>');
	});
});

describe('links', () => {
	it('resolves site paths against the origin and neutralises unsafe schemes', () => {
		expect(resolveHref('/articles/a/#b', ORIGIN)).toBe('https://talkbook.example/articles/a/#b');
		expect(resolveHref('https://doc.rust-lang.org/', ORIGIN)).toBe('https://doc.rust-lang.org/');
		expect(resolveHref('#top', ORIGIN)).toBe('#top');
		expect(resolveHref('javascript:alert(1)', ORIGIN)).toBe('#');
		expect(resolveHref('/articles/a/', 'not a url')).toBe('/articles/a/');
	});

	it('puts the base in front of site paths, with or without an origin', () => {
		expect(resolveHref('/articles/a/#b', ORIGIN, '/talks/')).toBe('https://talkbook.example/talks/articles/a/#b');
		expect(resolveHref('/articles/a/', '', '/talks/')).toBe('/talks/articles/a/');
		expect(resolveHref('#top', ORIGIN, '/talks/')).toBe('#top');
		expect(resolveHref('https://doc.rust-lang.org/', ORIGIN, '/talks/')).toBe('https://doc.rust-lang.org/');
	});

	it('renders outline and closing links absolute', async () => {
		const ctx = await context();
		const outline = renderSlide(
			{ kind: 'section', id: 'o', title: 'Outline', outline: [{ text: 'A & B', href: '/articles/demo/#a' }], notes: [], source: null },
			ctx,
		);
		expect(outline).toContain('<ol class="outline"><li><a href="https://talkbook.example/articles/demo/#a">A &amp; B</a></li></ol>');
		const closing = renderSlide(
			{ kind: 'closing', id: 'c', title: 'More', links: [{ text: 'x', href: 'javascript:alert(1)' }], notes: [], source: null },
			ctx,
		);
		expect(closing).toContain('<a href="#">x</a>');
	});

	it('lists upcoming parts on the closing slide as text, not links', async () => {
		const html = renderSlide(
			{ kind: 'closing', id: 'c', title: 'Thanks', links: [], upcoming: ['Next: part 2, <Async> (coming soon)'], notes: [], source: null },
			await context(),
		);
		expect(html).toContain('<li class="upcoming">Next: part 2, &lt;Async&gt; (coming soon)</li>');
		expect(html).not.toContain('<a href');
	});
});

describe('stack slide', () => {
	it('marks workspace, optional and non-default tables', async () => {
		const html = renderSlide(
			{
				kind: 'stack',
				id: 'stack',
				title: 'Dependencies',
				crates: [
					{ name: 'tokio', version: 'workspace', features: ['full'], table: 'dependencies', workspace: true, optional: false },
					{ name: 'serde', version: '1', features: [], table: 'dependencies', workspace: false, optional: true },
					{ name: 'proptest', version: '1.5', features: [], table: 'dev-dependencies', workspace: false, optional: false },
					{ name: 'winapi', version: '0.3', features: [], table: "target.'cfg(windows)'.dependencies", workspace: false, optional: false },
				],
				page: 1,
				pages: 2,
				notes: [],
				source: null,
			},
			await context(),
		);
		expect(html).toContain('<th scope="col">Crate</th><th scope="col">Version</th><th scope="col">Features</th>');
		expect(html).toContain('<td><span class="dep-marker dep-workspace">workspace</span></td>');
		expect(html).toContain('<code class="crate">serde</code> <span class="dep-marker dep-optional">optional</span>');
		expect(html).toContain('<code class="crate">proptest</code> <span class="dep-marker dep-table">dev</span>');
		expect(html).toContain('<span class="dep-marker dep-table">cfg(windows)</span>');
		expect(inner(html, 'h2')).toBe('Dependencies <span class="page-count">(1/2)</span>');
	});
});
