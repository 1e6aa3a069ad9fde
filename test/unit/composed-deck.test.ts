import { describe, expect, it } from 'vitest';
import { buildComposedDeck } from '../../src/lib/deck/build-composed-deck.ts';
import type { MarkdownSlide } from '../../src/lib/deck/model.ts';
import { splitBody } from '../../src/lib/deck/recipe.ts';
import { renderSlideMarkdown } from '../../src/lib/deck/markdown-slide.ts';
import { TalkbookError } from '../../src/lib/errors.ts';
import { extractArticle } from '../../src/lib/extract/index.ts';
import type { ArticleExtraction } from '../../src/lib/extract/types.ts';
import { articleSource, thrown } from './support/article.ts';

const ARTICLE: ArticleExtraction = extractArticle(
	articleSource(
		'## Key Takeaways\n\n- one\n\n## Costs\n\n| a |\n| - |\n| 1 |\n\n## Benefits\n\n| b |\n| - |\n| 2 |\n\n## Stack\n\n```toml title="Cargo.toml"\n[dependencies]\ntokio = "1"\n```\n\n```toml title=".cargo/config.toml"\n[build]\njobs = 1\n```',
	),
	'articles/art.md',
);

/** A deck file with the given `parts:` YAML lines and body. */
function deckSource(parts: string[], body = ''): string {
	return `---\ntitle: Talk\ndescription: A talk.\nparts:\n${parts.join('\n')}\n---\n\n${body}`;
}

/** Builds `decks/talk.md` against the test article. */
function build(parts: string[], body = '') {
	return buildComposedDeck(deckSource(parts, body), 'decks/talk.md', [ARTICLE]);
}

describe('splitBody', () => {
	it('splits on --- outside code fences and reads Note: as notes', () => {
		const body = '# One\n\nText\n\nNote: say this\nand this\n---\n\n## Two\n\n````md\n---\nNote: not notes\n```\n````\n---\n\n\n---\n';
		expect(splitBody(body, 10)).toEqual([
			{ markdown: '# One\n\nText', notes: 'say this\nand this', line: 10, notesAt: { line: 14, column: 7 } },
			{ markdown: '## Two\n\n````md\n---\nNote: not notes\n```\n````', notes: '', line: 18 },
		]);
	});
});

describe('notes tied to fragment steps', () => {
	const body = (notes: string) => `## Code\n\n\`\`\`rust {1|2}\nlet a = 1;\nlet b = 2;\n\`\`\`\n\nNote:\n${notes}`;

	it('ties a paragraph or list item marked [step N] to the slide\'s N-th step and drops the mark', () => {
		const deck = build(['  - slide: code'], body('About the slide.\n\n[step 1] First `a`.\n\n- [Step 2] then b'));
		const slide = deck.slides[0] as MarkdownSlide;
		expect(slide.notes).toEqual(['About the slide.', 'First a.', 'then b']);
		expect(slide.noteSteps).toEqual([null, 1, 2]);
	});

	it('leaves noteSteps out when no paragraph is tied', () => {
		expect(build(['  - slide: code'], body('Just notes.')).slides[0]?.noteSteps).toBeUndefined();
	});

	it('refuses a step the slide does not have, at the mark', () => {
		// deckSource puts the body on line 8 (after the frontmatter and a blank line): `Note:` is line 15.
		expect(() => build(['  - slide: code'], body('Fine.\n\n[step 3] Too far.'))).toThrow(/^decks\/talk\.md:18:1: \[step 3\]: slide "code" has 2 fragment steps$/);
		expect(() => build(['  - slide: intro'], '# Intro\n\nNote: [step 1] Nothing to step.')).toThrow(/^decks\/talk\.md:10:7: \[step 1\]: slide "intro" has no fragments/);
	});

	it('refuses a mark that is not [step N], and an empty one', () => {
		expect(() => build(['  - slide: code'], body('[step two] Hm.'))).toThrow(/^decks\/talk\.md:16:1: "\[step two\]" is not a step mark/);
		expect(() => build(['  - slide: code'], body('[step 0] Hm.'))).toThrow(/steps count from 1/);
		expect(() => build(['  - slide: code'], body('[step 1]'))).toThrow(/ties nothing/);
	});
});

describe('renderSlideMarkdown', () => {
	it('escapes text, sanitises raw HTML and unsafe links like the site, and keeps code for the renderer', () => {
		const { html, code } = renderSlideMarkdown(
			'# A & B\n\n<script>x()</script>\n\n[bad](javascript:x) `<i>` <kbd>K</kbd> <b onclick="x()">b</b>\n\n```rust {1|2}\nlet a = 1 < 2;\n```',
			'decks/t.md',
		);
		expect(html).toBe('<h1>A &amp; B</h1>\n\n<p><a>bad</a> <code>&lt;i></code> <kbd>K</kbd> <b>b</b></p>\n<pre data-code-index="0"></pre>');
		expect(code).toEqual([{ lang: 'rust', code: 'let a = 1 < 2;', meta: '{1|2}' }]);
	});

	it('keeps GFM tables', () => {
		expect(renderSlideMarkdown('| a |\n| :-: |\n| 1 |', 'd.md').html).toContain('<th align="center">a</th>');
	});
});

describe('buildComposedDeck', () => {
	it('takes hand-written and generated slides in part order', () => {
		const deck = build(
			['  - slide: intro', '  - article: art', '    part: takeaways', '  - article: art', '    part: table', '    select: benefits', '  - slide: bye'],
			'# Intro\n\nHello\n\nNote: Welcome.\n\n---\n\n<!-- .slide: id="bye" -->\n\nBye',
		);
		expect(deck.slides.map((s) => s.id)).toEqual(['intro', 'takeaways', 'table-2', 'bye']);
		expect(deck).toMatchObject({ slug: 'talk', theme: 'dark', articles: ['art'], file: 'decks/talk.md' });
		expect((deck.slides[0] as MarkdownSlide).notes).toEqual(['Welcome.']);
		expect(deck.slides[0]?.source).toBeNull();
	});

	it('selects tables by ordinal and Cargo files by title or file name', () => {
		const deck = build([
			'  - article: art',
			'    part: table',
			'    select: 1',
			'  - article: art',
			'    part: cargo',
			'    select: config.toml',
			'  - article: art',
			'    part: stack',
			'    select: Cargo.toml',
		]);
		expect(deck.slides.map((s) => s.id)).toEqual(['table-1', 'cargo-2', 'stack-1']);
	});

	it('prefixes generated ids with the article slug when they clash', () => {
		const deck = build(['  - slide: takeaways', '  - article: art', '    part: takeaways', '  - article: art', '    part: title'], '## Takeaways\n\nMine.');
		expect(deck.slides.map((s) => s.id)).toEqual(['takeaways', 'art-takeaways', 'art-title']);
	});

	it('uses the stated minutes, or estimates them', () => {
		const stated = buildComposedDeck(deckSource(['  - article: art', '    part: title']).replace('parts:', 'minutes: 25\nparts:'), 'decks/t.md', [ARTICLE]);
		expect(stated.minutes).toBe(25);
		expect(build(['  - article: art', '    part: title']).minutes).toBe(1);
	});

	it.each([
		[['  - article: nope', '    part: title'], '', 'decks/talk.md:5:5: parts[0]: article "nope" not found'],
		[['  - article: art', '    part: cargo', '    select: Cargo.lock'], '', 'decks/talk.md:7:5: parts[0]: article "art" has no Cargo file "Cargo.lock" (it has: 1 (Cargo.toml), 2 (.cargo/config.toml))'],
		[['  - article: art', '    part: table', '    select: 7'], '', 'decks/talk.md:7:5: parts[0]: article "art" has no table 7 (it has: 1 (#costs), 2 (#benefits))'],
		[['  - article: art', '    part: outline', '  - slide: missing'], '', 'decks/talk.md:7:5: parts[1]: no slide "missing" in the body (slides: none)'],
		[['  - article: art', '    part: title'], '## Unused\n\nText', 'decks/talk.md:9:1: slide "unused" is not used by any part; add { slide: unused } to parts'],
		[['  - slide: same'], '## Same\n\n---\n\n## Same', 'decks/talk.md:12:1: duplicate slide id "same" (also on line 8)'],
		[['  - article: art', '    part: title', '  - article: art', '    part: title'], '', 'decks/talk.md:7:5: parts[1]: duplicate slide id "art-title"'],
		[['  - slide: x'], 'Just text, no heading', 'decks/talk.md:8:1: slide has no heading and no <!-- .slide: id="…" -->, so no part can name it'],
		[['  - article: art'], '', 'decks/talk.md:5:5: frontmatter field "parts[0].part": `part:` is required with `article:` (one of title, takeaways, tables, table, chart, code, diagram, math, cargo, stack, outline, closing)'],
		[['  - article: art', '    part: title', '    select: 1'], '', 'decks/talk.md:7:5: frontmatter field "parts[0].select": `select:` only applies to table, chart, code, diagram, math, cargo, stack'],
		[['  - article: art', '    part: slides'], '', 'decks/talk.md:6:5: frontmatter field "parts[0].part": Invalid option: expected one of "title"|"takeaways"|"tables"|"table"|"chart"|"code"|"diagram"|"math"|"cargo"|"stack"|"outline"|"closing"'],
	])('reports %j as a located error', (parts, body, message) => {
		const error = thrown(() => build(parts, body));
		expect(error).toBeInstanceOf(TalkbookError);
		expect(error.message).toBe(message);
	});

	it('rejects a part for something the article does not have', () => {
		const bare = extractArticle(articleSource('Only prose.'), 'articles/bare.md');
		const error = thrown(() => buildComposedDeck(deckSource(['  - article: bare', '    part: takeaways']), 'decks/t.md', [bare]));
		expect(error.message).toBe('decks/t.md:6:5: parts[0]: article "bare" has no takeaways');
	});
});
