import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { describe, expect, it } from 'vitest';
import { collectHeadings, smartDashes } from '../../src/lib/article/headings.ts';
import { parseMarkdown } from '../../src/lib/article/parse.ts';

/** Ids as our extractor computes them for a Markdown document. */
function ids(markdown: string, file = 'a.md'): string[] {
	return collectHeadings(parseMarkdown(markdown, file)).map((heading) => heading.id);
}

const TRICKY = [
	'# Intro',
	'## Intro',
	'## Intro',
	'## TL;DR',
	"## Don't -- panic... \"quoted\" --- ok",
	'## A *b* `c<d>` [link](x)',
	'## The `--release` flag -- now',
	'## a----b and a-----b',
	'## Rust vs. Go: 2024!',
	'## Über café',
	'### Intro-1',
	'## A ![img](x.png) b',
	'## C++ & C#',
	'## <span>raw</span> html',
].join('\n\n');

describe('smartDashes', () => {
	it('turns hyphen runs into en and em dashes like CommonMark smart punctuation', () => {
		expect(smartDashes('a--b')).toBe('a\u2013b');
		expect(smartDashes('a---b')).toBe('a\u2014b');
		expect(smartDashes('a----b')).toBe('a\u2013\u2013b');
		expect(smartDashes('a-----b')).toBe('a\u2014\u2013b');
		expect(smartDashes('a-------b')).toBe('a\u2014\u2013\u2013b');
		expect(smartDashes('x - y')).toBe('x - y');
	});
});

describe('heading ids', () => {
	it('suffixes repeated headings in document order, one slugger per document', () => {
		expect(ids('# Intro\n\n## Intro\n\n## Intro\n\n### Intro-1\n\n## Intro')).toEqual([
			'intro',
			'intro-1',
			'intro-2',
			'intro-1-1',
			'intro-3',
		]);
	});

	it('drops punctuation the way the site does', () => {
		expect(ids("## TL;DR\n\n## Don't -- panic\n\n## The `--release` flag")).toEqual([
			'tldr',
			'dont--panic',
			'the---release-flag',
		]);
	});

	it('starts a fresh slugger for every document', () => {
		expect(ids('## Same')).toEqual(['same']);
		expect(ids('## Same')).toEqual(['same']);
	});

	it('keeps plain heading text without Markdown marks', () => {
		const [heading] = collectHeadings(parseMarkdown('## A *b* `c`', 'a.md'));
		expect(heading).toMatchObject({ depth: 2, text: 'A b c', id: 'a-b-c' });
	});

	it('matches the ids Astro\u2019s Sätteri processor renders', async () => {
		const processor = await createSatteriMarkdownProcessor({ syntaxHighlight: false });
		const rendered = await processor.render(TRICKY, {});
		expect(ids(TRICKY)).toEqual(rendered.metadata.headings.map((heading) => heading.slug));
	});
});

describe('heading ids against the article page as the site renders it', () => {
	const HOSTILE = [
		'## Foo[^1]',
		'## Bar[^b] and baz[^1]',
		'## Undefined[^nope]',
		'## ???',
		'## 🦀 Rust 🦀',
		'## 🦀',
		'## Repeated',
		'## Repeated',
		'## Repeated-1',
		'## <b onclick="x()">Raw</b> <kbd>Ctrl</kbd>',
		'## `code` & [link](/x/)',
		'[^b]: Defined second, referenced first.',
		'[^1]: One.',
	].join('\n\n');

	it('match the ids of the built page (footnote numbers, emoji, punctuation-only and repeated headings)', async () => {
		const { createSatteriMarkdownProcessor: create } = await import('@astrojs/markdown-satteri');
		const { articleHastPlugin } = await import('../../src/lib/markdown/article-hast-plugin.ts');
		const processor = await create({ syntaxHighlight: false, hastPlugins: [articleHastPlugin()] });
		const { code } = await processor.render(HOSTILE, { fileURL: new URL('file:///site/articles/a.md') });
		const rendered = [...code.matchAll(/<h[1-6][^>]* id="([^"]*)"/g)].map((m) => m[1]).filter((id) => !id?.startsWith('user-content-'));
		expect(ids(HOSTILE)).toEqual(rendered);
		expect(rendered.slice(0, 2)).toEqual(['foo1', 'bar2-and-baz1']);
	});
});
