import { describe, expect, it } from 'vitest';
import { markdownToHtml } from 'satteri';
import { articleHastPlugin, slugFromFileURL } from '../../../src/lib/markdown/article-hast-plugin.ts';
import { titleFromMeta } from '../../../src/lib/shiki/transformer-code-title.ts';

async function render(markdown: string): Promise<string> {
	const { html } = await markdownToHtml(markdown, {
		hastPlugins: [articleHastPlugin({ afterTable: (slug, n) => [{ type: 'element', tagName: 'a', properties: { href: `/decks/${slug}/#/table-${n}` }, children: [] }] })],
		features: { gfm: true },
		fileURL: new URL('file:///site/articles/my-article.md'),
	});
	return html;
}

describe('article Markdown plugin', () => {
	it('gives headings github-slugger ids (duplicates numbered) and an empty anchor link', async () => {
		const html = await render('## Key Takeaways\n\n## Key Takeaways\n');
		expect(html).toContain('<h2 id="key-takeaways">Key Takeaways<a class="heading-anchor" href="#key-takeaways"');
		expect(html).toContain('id="key-takeaways-1"');
	});

	it('wraps every table in a focusable scroll region and appends the decoration with the slug and ordinal', async () => {
		const html = await render('| a |\n|---|\n| 1 |\n\ntext\n\n| b |\n|---|\n| 2 |\n');
		expect(html.match(/<div class="table-scroll" tabindex="0" role="region"/g)).toHaveLength(2);
		expect(html).toContain('href="/decks/my-article/#/table-2"');
	});

	it('derives the slug from the file name', () => {
		expect(slugFromFileURL(new URL('file:///x/articles/why-rust.mdx'))).toBe('why-rust');
		expect(slugFromFileURL(undefined)).toBe('');
	});
});

describe('titleFromMeta', () => {
	it('reads double- or single-quoted titles and ignores the rest of the meta', () => {
		expect(titleFromMeta('title="Cargo.toml" {1|2-3}')).toBe('Cargo.toml');
		expect(titleFromMeta("{2} title='~/.cargo/config.toml'")).toBe('~/.cargo/config.toml');
		expect(titleFromMeta('subtitle="x"')).toBeNull();
		expect(titleFromMeta(undefined)).toBeNull();
	});
});
