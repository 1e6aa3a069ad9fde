import { describe, expect, it } from 'vitest';
import { parseArticle, slugFromFile } from '../../src/lib/article/parse.ts';
import { TalkbookError } from '../../src/lib/errors.ts';
import { articleSource, thrown } from './support/article.ts';

describe('parseArticle', () => {
	it('validates frontmatter, applies defaults and derives the slug from the file name', () => {
		const { frontmatter, slug, tree } = parseArticle(articleSource('## Hi\n\n| a |\n| - |\n| 1 |'), 'articles/my-post.md');
		expect(slug).toBe('my-post');
		expect(frontmatter).toMatchObject({ title: 'Test article', tags: [], draft: false });
		expect(frontmatter.date.toISOString()).toBe('2024-01-02T00:00:00.000Z');
		// GFM is on: the table is a table node, and the frontmatter is not body content.
		expect(tree.children.map((node) => node.type)).toEqual(['yaml', 'heading', 'table']);
	});

	it('parses .mdx with imports and JSX', () => {
		const { tree } = parseArticle(articleSource("import X from './x';\n\n<X prop=\"1\">\n  Text\n</X>"), 'articles/m.mdx');
		expect(tree.children.map((node) => node.type)).toEqual(['yaml', 'mdxjsEsm', 'mdxJsxFlowElement']);
	});

	it('treats JSX-like text in .md as plain Markdown', () => {
		const { tree } = parseArticle(articleSource('<X prop="1">'), 'articles/m.md');
		expect(tree.children.map((node) => node.type)).toEqual(['yaml', 'html']);
	});

	it('reports MDX syntax errors with their position', () => {
		const error = thrown(() => parseArticle(articleSource('# Hi <Foo'), 'articles/m.mdx'));
		expect(error).toBeInstanceOf(TalkbookError);
		expect(error.message).toMatch(/^articles\/m\.mdx:7:\d+: MDX: /);
	});
});

describe('slugFromFile', () => {
	it('drops directories and the extension', () => {
		expect(slugFromFile('articles/why-rust.md')).toBe('why-rust');
		expect(slugFromFile('C:\\x\\deck.mdx')).toBe('deck');
	});
});
