import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkArticleSource } from '../../../src/lib/check/article-file.ts';
import { checkContent } from '../../../src/lib/check/check-content.ts';
import { fenceWarnings } from '../../../src/lib/check/fences.ts';
import { checkLinks } from '../../../src/lib/check/links.ts';
import type { LinkContext } from '../../../src/lib/check/links.ts';
import { formatReport } from '../../../src/lib/check/report.ts';
import { checkFragment, resolvePath } from '../../../src/lib/check/routes.ts';
import type { SiteMap } from '../../../src/lib/check/routes.ts';
import { parseMarkdown } from '../../../src/lib/article/parse.ts';
import { TalkbookError } from '../../../src/lib/errors.ts';
import { articleSource } from '../support/article.ts';

const project = join(import.meta.dirname, '..', '..', '..');

/** A site with one published article (`a`, tagged rust), one draft (`d`), their decks and a favicon. */
const site: SiteMap = {
	articles: new Map([
		['a', { slug: 'a', draft: false, tags: ['rust'], headingIds: ['intro', 'costs'] }],
		['d', { slug: 'd', draft: true, tags: ['wip'], headingIds: [] }],
	]),
	decks: new Map([['a', { slug: 'a', slideIds: ['title', 'takeaways'] }]]),
	publicFiles: new Set(['/favicon.svg', '/docs/index.html']),
};

/** Link errors of a Markdown body checked as `articles/x.md`. */
function linkErrors(markdown: string, overrides: Partial<LinkContext> = {}): string[] {
	const ctx: LinkContext = { file: 'articles/x.md', page: '/articles/x/', imagesRelativeToFile: true, fromDraft: false, site, fileExists: () => false, ...overrides };
	return checkLinks(parseMarkdown(markdown, ctx.file), ctx).map((error) => error.message);
}

describe('the real project', () => {
	it('has no content problems', () => {
		const result = checkContent({ root: project });
		// Its 93-column sqlx line wraps on the Cargo slide (at 24 px, test/browser/deck-floor.test.ts).
		expect(formatReport(result)).toBe(`content check: ${result.files} content files, no problems`);
		expect(result.files).toBeGreaterThanOrEqual(3);
	});
});

describe('resolvePath', () => {
	it('knows the fixed pages, articles, decks, tags and public files', () => {
		for (const path of ['/', '/decks/', '/tags/', '/search/', '/articles/a/', '/decks/a/', '/tags/rust/', '/favicon.svg', '/docs/']) {
			expect(resolvePath(site, path), path).toHaveProperty('target');
		}
	});

	it('names what is missing', () => {
		expect(resolvePath(site, '/articles/nope/')).toEqual({ problem: 'no article "nope"' });
		expect(resolvePath(site, '/decks/nope/')).toEqual({ problem: 'no deck "nope"' });
		expect(resolvePath(site, '/tags/go/')).toEqual({ problem: 'no article is tagged "go"' });
		expect(resolvePath(site, '/articles/')).toEqual({ problem: 'no page or file at /articles/' });
		expect(resolvePath(site, '/tags/wip/')).toEqual({ problem: 'no article is tagged "wip"' });
	});

	it('asks for the trailing slash pages have', () => {
		expect(resolvePath(site, '/articles/a')).toEqual({ problem: 'pages end with "/": write /articles/a/' });
	});

	it('lets drafts, and only drafts, link to drafts', () => {
		expect(resolvePath(site, '/articles/d/')).toEqual({ problem: 'article "d" is a draft and has no page' });
		expect(resolvePath(site, '/articles/d/', true)).toHaveProperty('target');
	});
});

describe('checkFragment', () => {
	const article = { kind: 'article', path: '/articles/a/', headingIds: ['intro', 'costs'] } as const;
	const deck = { kind: 'deck', path: '/decks/a/', slideIds: ['title', 'takeaways'] } as const;

	it('accepts heading ids of articles and slide ids or numbers of decks', () => {
		expect(checkFragment(article, 'costs')).toBeNull();
		expect(checkFragment(deck, '/takeaways')).toBeNull();
		expect(checkFragment(deck, '/3')).toBeNull();
		expect(checkFragment({ kind: 'page' }, 'anything')).toBeNull();
	});

	it('lists what the target has', () => {
		expect(checkFragment(article, 'nope')).toBe('no heading "#nope" in /articles/a/ (headings: intro, costs)');
		expect(checkFragment(deck, '/nope')).toBe('no slide "#/nope" in /decks/a/ (slides: #/title, #/takeaways)');
	});
});

describe('checkLinks', () => {
	it('skips external links and accepts valid internal ones, relative ones included', () => {
		expect(linkErrors('[a](https://example.com/x) [b](mailto:x@y.z) [c](/articles/a/#intro) [d](../a/) [e](/decks/a/#/title)')).toEqual([]);
	});

	it('reports at the link, with the URL as written', () => {
		expect(linkErrors('Text.\n\nSee [b](../b/#x).')).toEqual(['articles/x.md:3:5: broken link "../b/#x": no article "b"']);
	});

	it('checks link reference definitions', () => {
		expect(linkErrors('[a][ref]\n\n[ref]: /articles/zzz/')).toEqual(['articles/x.md:3:1: broken link "/articles/zzz/": no article "zzz"']);
	});

	it('looks up relative images next to the article and absolute ones in public/', () => {
		const errors = linkErrors('![a](./pic.png) ![b](/favicon.svg) ![c](/articles/a/)', { fileExists: (p) => p === 'articles/pic.png' });
		expect(errors).toEqual(['articles/x.md:1:36: broken image "/articles/a/": /articles/a/ is a page, not a file in public/']);
	});
});

describe('checkArticleSource', () => {
	it('reports frontmatter, every bad TOML block, and keeps the tree for link checks', () => {
		const source = '---\ntitle: 3\ndescription: "D"\ndate: 2024-01-02\n---\n\n## A\n\n```toml\na = \n```\n\n```toml\nb = "\n```\n';
		const checked = checkArticleSource(source, 'articles/t.md');
		expect(checked.errors.every((error) => error instanceof TalkbookError)).toBe(true);
		expect(checked.errors.map((error) => `${error.line}:${error.column}`)).toEqual(['2:1', '10:5', '14:5']);
		expect(checked.headingIds).toEqual(['a']);
		expect(checked.extraction).toBeNull();
	});

	it('extracts a valid article', () => {
		const checked = checkArticleSource(articleSource('## Key Takeaways\n\n- One\n'), 'articles/t.md');
		expect(checked.errors).toEqual([]);
		expect(checked.extraction?.takeaways?.items).toHaveLength(1);
	});
});

describe('fenceWarnings', () => {
	it('warns about fences without a language, not about indented code', () => {
		const source = '```\nx\n```\n\n- item\n\n  ```\n  y\n  ```\n\n    indented\n\n```js\nz\n```\n';
		const warnings = fenceWarnings(parseMarkdown(source, 'a.md'), source, 'a.md');
		expect(warnings.map((w) => `${w.line}:${w.column}`)).toEqual(['1:1', '7:3']);
	});
});
