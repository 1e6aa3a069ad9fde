/**
 * The article page's Markdown goes through Astro's real Sätteri processor (shiki, code titles, the
 * article plugin), so these tests see what the site publishes: the author's raw HTML and link URLs are
 * sanitised like GitHub does, and the site's own markup (highlighted code, anchors, slide links) is kept.
 */
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { beforeAll, describe, expect, it } from 'vitest';
import { articleHastPlugin } from '../../../src/lib/markdown/article-hast-plugin.ts';
import { transformerCodeTitle } from '../../../src/lib/shiki/transformer-code-title.ts';

let render: (markdown: string) => Promise<string>;

beforeAll(async () => {
	const processor = await createSatteriMarkdownProcessor({
		shikiConfig: { themes: { light: 'github-light', dark: 'github-dark' }, defaultColor: false, transformers: [transformerCodeTitle()] },
		hastPlugins: [articleHastPlugin()],
	});
	render = async (markdown) => (await processor.render(markdown, { fileURL: new URL('file:///site/articles/a.md') })).code;
});

describe('article sanitising (GitHub-like, hast-util-sanitize)', () => {
	it('removes scripts, event handlers, frames, forms, style sheets and unsafe URLs from raw HTML', async () => {
		const html = await render(
			[
				'<script>alert(1)</script>',
				'<iframe src="javascript:alert(1)"></iframe><object data="x"></object><embed src="x">',
				'<style>body{display:none}</style><link rel="stylesheet" href="/x.css"><meta http-equiv="refresh" content="0"><base href="/evil/">',
				'<form action="/x"><button formaction="javascript:alert(1)">go</button></form>',
				'',
				'Text <b onmouseover="alert(1)">bold</b> <img src="x.png" onerror="alert(1)"> <a href="vbscript:x">v</a> <a href="data:text/html,x">d</a> <a href=" JaVaScRiPt:alert(1)">j</a> <span style="position:fixed">s</span>',
			].join('\n'),
		);
		for (const banned of ['<script', 'alert', '<iframe', '<object', '<embed', '<style', 'display:none', '<link', '<meta', '<base', '<form', 'onmouseover', 'onerror', 'vbscript', 'data:text', 'position:fixed', 'formaction']) {
			expect(html).not.toContain(banned);
		}
		expect(html).toContain('<b>bold</b>');
		expect(html).toContain('<img src="x.png">');
	});

	it('removes javascript: from Markdown links, also in a table cell', async () => {
		const html = await render('[click](javascript:alert(1))\n\n| a |\n|:-:|\n| [x](javascript:alert(2)) |\n');
		expect(html).not.toContain('javascript');
		expect(html).toContain('<a>click</a>');
		expect(html).toContain('<td style="text-align: center"><a>x</a></td>');
	});

	it('keeps harmless tags, and details around Markdown across HTML blocks', async () => {
		const html = await render('<details>\n<summary>More</summary>\n\nInside **md** with <kbd>Ctrl</kbd>, H<sub>2</sub>O, x<sup>2</sup><br>.\n\n</details>\n');
		expect(html).toContain('<details>\n<summary>More</summary>\n<p>Inside <strong>md</strong> with <kbd>Ctrl</kbd>, H<sub>2</sub>O, x<sup>2</sup><br>.</p>\n</details>');
	});

	it('keeps the highlighted code, its title, heading anchors, slide links and footnotes', async () => {
		const html = await render('## Deps[^n]\n\n```toml title="Cargo.toml"\n[package]\nname = "x"\n```\n\n[^n]: A note.\n');
		expect(html).toContain('<figure class="code-figure" data-lang="toml"><figcaption class="code-title">Cargo.toml</figcaption><pre class="astro-code');
		expect(html).toContain('<span style="--shiki-light:');
		expect(html).toContain('<h2 id="deps1">Deps<sup><a href="#user-content-fn-n" id="user-content-fnref-n" data-footnote-ref');
		expect(html).toContain('<a class="heading-anchor" href="#deps1"');
		expect(html).toContain('<li id="user-content-fn-n">');
		expect(html).toContain('class="slide-link" href="/decks/a/#/cargo-1"');
	});

	it('prefixes the author\u2019s ids so they cannot clobber the page\u2019s, and an author cannot forge kept code', async () => {
		const html = await render('<a id="search" name="x">a</a>\n\n<pre class="astro-code" style="position:fixed">fake</pre>\n\n<talkbook-keep data-keep="0-0"></talkbook-keep>\n');
		expect(html).toContain('<a id="user-content-search" name="user-content-x">a</a>');
		expect(html).toContain('<pre>fake</pre>');
		expect(html).not.toContain('talkbook-keep');
	});
});
