import { describe, expect, it } from 'vitest';
import { markdownToHtml } from 'satteri';
import { articleHastPlugin, slugFromFileURL } from '../../../src/lib/markdown/article-hast-plugin.ts';
import { isCargoBlock } from '../../../src/lib/markdown/slide-links.ts';
import { fenceTitle } from '../../../src/lib/extract/fence-meta.ts';

async function render(markdown: string): Promise<string> {
	const { html } = await markdownToHtml(markdown, {
		hastPlugins: [articleHastPlugin()],
		features: { gfm: true },
		fileURL: new URL('file:///site/articles/my-article.md'),
	});
	return html;
}

const slideLinks = (html: string) => [...html.matchAll(/class="slide-link" href="([^"]+)"/g)].map((m) => m[1]);

describe('article Markdown plugin', () => {
	it('gives headings github-slugger ids (duplicates numbered) and an empty anchor link', async () => {
		const html = await render('## Key Takeaways\n\n## Key Takeaways\n');
		expect(html).toContain('<h2 id="key-takeaways">Key Takeaways<a class="heading-anchor" href="#key-takeaways"');
		expect(html).toContain('id="key-takeaways-1"');
	});

	it('wraps every table in a focusable scroll region linked to its slide by ordinal', async () => {
		const html = await render('## Costs\n\n| a |\n|---|\n| 1 |\n\ntext\n\n| b |\n|---|\n| 2 |\n');
		// A named <section> is a region landmark; each gets a name of its own.
		expect(html.match(/<section class="table-scroll" tabindex="0" aria-label="[^"]+"/g)).toEqual([
			'<section class="table-scroll" tabindex="0" aria-label="Table 1: Costs (scrolls sideways)"',
			'<section class="table-scroll" tabindex="0" aria-label="Table 2: Costs (scrolls sideways)"',
		]);
		expect(slideLinks(html)).toEqual(['/decks/my-article/#/table-1', '/decks/my-article/#/table-2']);
	});

	it('links only the list under a takeaways heading, Cargo files to their cargo slide and other code to its code slide', async () => {
		const html = await render(
			[
				'## Intro', '', '- not this one', '',
				'## TL;DR', '', 'Some prose first.', '', '1. this one', '   - not the nested one', '', '- nor a second list', '',
				'```toml', 'name = "not cargo"', '```', '',
				'```toml', '[dependencies]', 'serde = "1"', '```', '',
				'```rust', 'fn main() {}', '```', '',
			].join('\n'),
		);
		expect(slideLinks(html)).toEqual([
			'/decks/my-article/#/takeaways',
			'/decks/my-article/#/code-1',
			'/decks/my-article/#/cargo-1',
			'/decks/my-article/#/code-2',
		]);
		expect(html.match(/Present this (?:code|config) as a slide/g)).toEqual(['Present this code as a slide', 'Present this config as a slide', 'Present this code as a slide']);
	});

	it('derives the slug from the file name', () => {
		expect(slugFromFileURL(new URL('file:///x/articles/why-rust.mdx'))).toBe('why-rust');
		expect(slugFromFileURL(undefined)).toBe('');
	});
});

describe('isCargoBlock', () => {
	it('knows Cargo files by title or by keys, and tolerates invalid TOML', () => {
		expect(isCargoBlock('x = 1', 'Cargo.toml')).toBe(true);
		expect(isCargoBlock('[build]\nrustc-wrapper = "sccache"', null)).toBe(true);
		expect(isCargoBlock('[tool.poetry]\nname = "x"', 'pyproject.toml')).toBe(false);
		expect(isCargoBlock('[dependencies\n', null)).toBe(false);
	});
});

describe('fenceTitle', () => {
	it('reads double- or single-quoted titles and ignores the rest of the meta', () => {
		expect(fenceTitle('title="Cargo.toml" {1|2-3}')).toBe('Cargo.toml');
		expect(fenceTitle("{2} title='~/.cargo/config.toml'")).toBe('~/.cargo/config.toml');
		expect(fenceTitle('subtitle="x"')).toBeNull();
		expect(fenceTitle(undefined)).toBeNull();
	});
});

describe('article Markdown plugin under a base', () => {
	async function renderUnder(markdown: string, base: string): Promise<string> {
		const { html } = await markdownToHtml(markdown, {
			hastPlugins: [articleHastPlugin({ base })],
			features: { gfm: true },
			fileURL: new URL('file:///site/articles/my-article.md'),
		});
		return html;
	}

	it('puts the base in front of the routes the author wrote and of the slide links, once', async () => {
		const html = await renderUnder(
			'## A\n\nSee [the other](/articles/other/#x), [here](#a), [away](https://example.org/x) and ![chart](/images/c.png).\n\n| a |\n|---|\n| 1 |\n',
			'/talks/',
		);
		expect(html).toContain('href="/talks/articles/other/#x"');
		expect(html).toContain('href="#a"');
		expect(html).toContain('href="https://example.org/x"');
		expect(html).toContain('src="/talks/images/c.png"');
		expect(slideLinks(html)).toEqual(['/talks/decks/my-article/#/table-1']);
	});

	it('leaves every path alone at the root', async () => {
		const html = await renderUnder('[the other](/articles/other/)\n', '/');
		expect(html).toContain('href="/articles/other/"');
	});
});
