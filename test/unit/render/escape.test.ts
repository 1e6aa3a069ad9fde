import { describe, expect, it } from 'vitest';
import { decodeHtmlEntities, escapeAttr, escapeHtml } from '../../../src/lib/html/escape.ts';
import { renderSlide } from '../../../src/lib/render/slide.ts';
import { context, inner } from './helpers.ts';

describe('escapeHtml / escapeAttr', () => {
	it('escapes markup and ampersands', () => {
		expect(escapeHtml('<script>alert("x")</script> & co')).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co');
		expect(escapeAttr(`a"b'c<d>&`)).toBe('a&quot;b&#39;c&lt;d&gt;&amp;');
	});

	it('decodes what serializers emit, leaving unknown entities', () => {
		expect(decodeHtmlEntities('a &#x3C; b &lt;&gt; &amp;amp; &#39; &quot; &bogus;')).toBe(`a < b <> &amp; ' " &bogus;`);
	});
});

describe('article text is escaped on slides', () => {
	it('escapes title, description and notes of a title slide', async () => {
		const html = renderSlide(
			{
				kind: 'title',
				id: 'title',
				title: '<script>alert(1)</script> Rust & Go',
				description: 'Fast & <b>safe</b>',
				date: '2025-03-14',
				href: '/articles/demo/',
				notes: ['Say <hi> & wave'],
				source: null,
			},
			await context(),
		);
		expect(html).not.toContain('<script>');
		expect(inner(html, 'h1')).toBe('&lt;script&gt;alert(1)&lt;/script&gt; Rust &amp; Go');
		expect(html).toContain('Fast &amp; &lt;b&gt;safe&lt;/b&gt;');
		expect(inner(html, 'aside')).toBe('<p>Say &lt;hi&gt; &amp; wave</p>');
	});

	it('escapes crate names, versions and features on the stack slide', async () => {
		const html = renderSlide(
			{
				kind: 'stack',
				id: 'stack',
				title: 'Stack <1>',
				crates: [
					{ name: '<img src=x>', version: '1 & 2', features: ['<script>', 'a&b'], table: 'dependencies', workspace: false, optional: false },
				],
				page: 1,
				pages: 1,
				notes: [],
				source: null,
			},
			await context(),
		);
		expect(html).not.toMatch(/<img|<script/);
		expect(html).toContain('<code class="crate">&lt;img src=x&gt;</code>');
		expect(html).toContain('<code>1 &amp; 2</code>');
		expect(html).toContain('<code class="feature">&lt;script&gt;</code> <code class="feature">a&amp;b</code>');
		expect(html).toContain('Stack &lt;1&gt;');
	});

	it('escapes slide ids and source labels', async () => {
		const html = renderSlide(
			{
				kind: 'section',
				id: 'x"><script>',
				title: 'S',
				outline: [],
				notes: [],
				source: { article: 'demo', href: '/articles/demo/#a', label: 'A <b> & B' },
			},
			await context(),
		);
		expect(html).toContain('id="x&quot;&gt;&lt;script&gt;"');
		expect(html).toContain('<a class="slide-source" data-chrome href="https://talkbook.example/articles/demo/#a">A &lt;b&gt; &amp; B</a>');
	});
});
