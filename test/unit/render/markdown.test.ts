import { describe, expect, it } from 'vitest';
import type { MarkdownSlide } from '../../../src/lib/deck/model.ts';
import { renderDeckSlides } from '../../../src/lib/render/deck.ts';
import { getDeckHighlighter } from '../../../src/lib/render/highlighter.ts';
import { renderSlide } from '../../../src/lib/render/slide.ts';
import { attrValues, context, count, deckOf, ORIGIN } from './helpers.ts';

const RUST = 'fn main() {\n    let x = 1 < 2;\n    println!("{x}");\n}';

function md(overrides: Partial<MarkdownSlide> = {}): MarkdownSlide {
	return { kind: 'markdown', id: 'why', html: '<h2>Why</h2><p>Because.</p>', notes: [], source: null, ...overrides };
}

describe('markdown slide', () => {
	it('keeps the trusted HTML as is', async () => {
		const html = renderSlide(md(), await context());
		expect(html).toContain('<div class="markdown-body"><h2>Why</h2><p>Because.</p></div>');
	});

	it('puts the base in front of site paths the author wrote, and leaves other links alone', async () => {
		const slide = md({ html: '<p><a href="/articles/a/#b">a</a> <a href="https://x.test/">x</a> <a href="#top">t</a> <img src="/img/c.png" alt=""></p>' });
		const html = renderSlide(slide, { ...(await context()), base: '/talks/' });
		expect(attrValues(html, 'href')).toEqual(expect.arrayContaining(['/talks/articles/a/#b', 'https://x.test/', '#top']));
		expect(html).toContain('src="/talks/img/c.png"');
		expect(renderSlide(slide, await context())).toContain('href="/articles/a/#b"');
	});

	it('highlights placeholder code blocks with steps from the meta', async () => {
		const html = renderSlide(
			md({
				html: '<h2>Code</h2><pre data-code-index="0"></pre><p>After</p>',
				code: [{ lang: 'rust', code: RUST, meta: 'title="main.rs" {1|2-3|4}' }],
			}),
			await context(),
		);
		expect(html).not.toContain('data-code-index');
		expect(count(html, '<pre')).toBe(1);
		expect(count(html, 'class="fit code-block"')).toBe(1);
		expect(html).toContain('data-lang="rust"');
		expect(html).toContain('<span class="tk1">fn</span>'); // `fn` keyword coloured, not plain text
		expect(html).toContain('<div class="code-caption"><code>main.rs</code></div>');
		expect(attrValues(html, 'data-line')).toEqual(['1', '2', '3', '4']);
		expect(attrValues(html, 'data-lines')).toEqual(['1', '2,3', '4']);
		expect(count(html, 'class="fragment code-step"')).toBe(3);
		expect(html).toMatch(/<\/div><p>After<\/p>/);
		expect(html).toContain('&#x3C;');
	});

	it('highlights plain escaped code blocks, reading language and meta from attributes', async () => {
		const html = renderSlide(
			md({
				html: '<pre><code class="language-rust" data-meta="{2}">fn main() {\n    let x = 1 &lt; 2;\n}</code></pre>',
			}),
			await context(),
		);
		expect(html).toContain('shiki-themes github-light github-dark');
		expect(html).toContain('data-lang="rust"');
		expect(count(html, '<pre')).toBe(1);
		expect(attrValues(html, 'data-lines')).toEqual(['2']);
		expect(html).not.toContain('&amp;lt;');
	});

	it('renders code without a language as plain text with a gutter', async () => {
		const html = renderSlide(md({ html: '<pre><code>$ cargo run</code></pre>' }), await context());
		expect(html).toContain('has-line-numbers');
		expect(html).not.toContain('code-step');
	});

	it('names the slide and block when a step spec is bad or out of range', async () => {
		const highlighter = await getDeckHighlighter();
		const render = (meta: string): string =>
			renderDeckSlides(deckOf([md({ html: '<pre data-code-index="0"></pre>', code: [{ lang: 'rust', code: RUST, meta }] })]), highlighter, {
				siteOrigin: ORIGIN,
			});
		expect(() => render('{1|x}')).toThrow('articles/demo.md: slide "why": code block 1: step spec {1|x}: "x" is not a line number or range like 2-4');
		expect(() => render('{2-1}')).toThrow('code block 1: step spec {2-1}: range 2-1 runs backwards');
		expect(() => render('{7}')).toThrow('slide "why": code block 1: step 1 highlights line 7, but the code has 4 lines');
	});

	it('highlights several blocks of both forms in document order', async () => {
		const html = renderSlide(
			md({
				html: '<pre><code class="language-bash">cargo run</code></pre><pre data-code-index="0"></pre>',
				code: [{ lang: 'rust', code: RUST, meta: null }],
			}),
			await context(),
		);
		expect(count(html, '<pre')).toBe(2);
		expect(attrValues(html, 'data-lang')).toEqual(['bash', 'rust']);
	});

	it('moves the .slide comment onto the section, keeping only class and data-* attributes', async () => {
		const html = renderSlide(
			md({ html: '<!-- .slide: id="other" class="wide" data-background-color="#123" data-kind="x" onclick="y" --><h2>Why</h2>' }),
			await context(),
		);
		expect(html).toMatch(/^<section id="why" data-kind="markdown" class="wide" data-background-color="#123">/);
		expect(html).not.toContain('.slide:');
		expect(html).not.toContain('onclick');
	});

	it('fails on a placeholder without a block', async () => {
		await expect(async () => renderSlide(md({ html: '<pre data-code-index="2"></pre>', code: [] }), await context())).rejects.toThrow(
			'code placeholder 2 has no code block',
		);
	});
});
