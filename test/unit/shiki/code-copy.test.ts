import { describe, expect, it } from 'vitest';
import { codeToHtml } from 'shiki';
import { languageLabel, transformerCodeCopy } from '../../../src/lib/shiki/transformer-code-copy.ts';
import { transformerCodeTitle } from '../../../src/lib/shiki/transformer-code-title.ts';

async function highlight(code: string, lang: string, meta = ''): Promise<string> {
	return codeToHtml(code, { lang, theme: 'github-light', meta: { __raw: meta }, transformers: [transformerCodeTitle(), transformerCodeCopy()] });
}

describe('code block frame', () => {
	it('gives an untitled block its language and a Copy button, both out of the search index', async () => {
		const html = await highlight('fn main() {}', 'rust');
		expect(html.startsWith('<div class="code-block code-block-plain" data-lang="rust"><div class="code-header" data-pagefind-ignore="">')).toBe(true);
		expect(html).toContain('<span class="code-lang">rust</span>');
		expect(html).toContain('<button type="button" class="code-copy" data-code-copy="" aria-label="Copy code">Copy</button>');
		expect(html).toContain('<pre class="shiki');
	});

	it('shows a titled block by its title (the caption), not its language, with the button beside it', async () => {
		const html = await highlight('[dependencies]\nserde = "1"', 'toml', 'title="Cargo.toml"');
		expect(html).toMatch(/^<div class="code-block code-block-titled" data-lang="toml"><div class="code-header" data-pagefind-ignore=""><button[^>]*>Copy<\/button><\/div><figure class="code-figure"/);
		expect(html).toContain('<figcaption class="code-title">Cargo.toml</figcaption>');
		expect(html).not.toContain('code-lang');
	});

	it('names languages as readers know them, and labels plain text with nothing', () => {
		expect(languageLabel('sh')).toBe('shell');
		expect(languageLabel('toml')).toBe('toml');
		expect(languageLabel('text')).toBeNull();
		expect(languageLabel(undefined)).toBeNull();
	});
});
