/**
 * The remark pipeline as a supported choice (TALKBOOK_MARKDOWN=remark): Talkbook's extraction reads every
 * article and talk of the project and of the fixtures into the same decks under both pipelines. (The pages
 * both render are compared on real builds in test/browser/pipelines.test.ts.)
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/lib/article/parse.ts';
import { DEFAULT_MARKDOWN_PIPELINE, markdownPipeline, useMarkdownPipeline } from '../../src/lib/article/pipeline.ts';
import type { MarkdownPipeline } from '../../src/lib/article/pipeline.ts';
import { checkContent } from '../../src/lib/check/check-content.ts';
import { formatReport } from '../../src/lib/check/report.ts';
import { buildArticleDeck, buildComposedDeck, extractArticle } from '../../src/lib/deck/index.ts';
import type { Deck } from '../../src/lib/deck/index.ts';

const fixtures = join(import.meta.dirname, '..', 'fixtures');

afterEach(() => useMarkdownPipeline(DEFAULT_MARKDOWN_PIPELINE));

/** Every deck of the project and of the fixture cases, built with `pipeline`. */
function allDecks(pipeline: MarkdownPipeline): Record<string, Deck> {
	useMarkdownPipeline(pipeline);
	const decks: Record<string, Deck> = {};
	for (const file of readdirSync('articles')) decks[`articles/${file}`] = buildArticleDeck(extractArticle(readFileSync(join('articles', file), 'utf8'), `articles/${file}`));
	for (const name of readdirSync(fixtures).filter((n) => !['bad', 'hostile', 'notes'].includes(n)).sort()) {
		const dir = join(fixtures, name);
		if (existsSync(join(dir, 'deck.md'))) {
			const articles = readdirSync(join(dir, 'articles')).map((file) => extractArticle(readFileSync(join(dir, 'articles', file), 'utf8'), `articles/${file}`));
			decks[name] = buildComposedDeck(readFileSync(join(dir, 'deck.md'), 'utf8'), `decks/${name}.md`, articles);
			continue;
		}
		const file = ['article.md', 'article.mdx'].find((f) => existsSync(join(dir, f)));
		if (file) decks[name] = buildArticleDeck(extractArticle(readFileSync(join(dir, file), 'utf8'), `articles/${name}${file.slice(file.lastIndexOf('.'))}`));
	}
	return JSON.parse(JSON.stringify(decks)) as Record<string, Deck>;
}

describe('the Markdown pipeline setting', () => {
	it('is Sätteri by default, remark with TALKBOOK_MARKDOWN=remark, and refuses anything else', () => {
		expect(markdownPipeline({})).toBe('satteri');
		expect(markdownPipeline({ TALKBOOK_MARKDOWN: 'remark' })).toBe('remark');
		expect(markdownPipeline({ TALKBOOK_MARKDOWN: ' Remark ' })).toBe('remark');
		expect(markdownPipeline({}, 'remark')).toBe('remark');
		expect(() => markdownPipeline({ TALKBOOK_MARKDOWN: 'markdown-it' })).toThrow('TALKBOOK_MARKDOWN=markdown-it is not a Markdown pipeline: use satteri or remark');
	});

	it('parses with remark when set: the same mdast, frontmatter and math included, positions in the file', () => {
		const source = '---\ntitle: "T"\n---\n\n## A $x^2$\n\n| a | b |\n| - | - |\n| ~~c~~ | d |\n\n$$\nL = \\lambda W\n$$\n';
		useMarkdownPipeline('satteri');
		const satteri = JSON.parse(JSON.stringify(parseMarkdown(source, 'a.md')));
		useMarkdownPipeline('remark');
		const remark = JSON.parse(JSON.stringify(parseMarkdown(source, 'a.md')));
		expect(remark).toEqual(satteri);
		expect(remark.children.map((n: { type: string }) => n.type)).toEqual(['yaml', 'heading', 'table', 'math']);
	});

	it('builds the project\'s articles and every fixture into the same decks under both pipelines', () => {
		const satteri = allDecks('satteri');
		const remark = allDecks('remark');
		expect(Object.keys(satteri).length).toBeGreaterThan(30);
		for (const [name, deck] of Object.entries(satteri)) expect(remark[name], name).toEqual(deck);
	});

	it('reports the same content problems (and accepts the same hostile input) under both pipelines, MDX syntax aside (each parser words its own)', () => {
		const cases = ['bad', 'hostile'].flatMap((kind) => readdirSync(join(fixtures, kind)).sort().map((name) => [join(fixtures, kind), name] as const));
		expect(cases.length).toBeGreaterThan(100);
		for (const [root, name] of cases) {
			useMarkdownPipeline('satteri');
			const satteri = formatReport(checkContent({ root: join(root, name) }));
			useMarkdownPipeline('remark');
			const remark = formatReport(checkContent({ root: join(root, name) }));
			if (name === 'mdx-syntax-error') expect(remark, name).toMatch(/^articles\/[^:]+:\d+:\d+: error: MDX: /);
			else expect(remark, name).toBe(satteri);
		}
	});
});
