import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/lib/extract/index.ts';
import { PartSelectionError, selectCode, slidesForPart } from '../../src/lib/deck/select.ts';
import { articleSource } from './support/article.ts';

const article = extractArticle(
	articleSource(
		[
			'## Handlers', '', '```rust title="src/main.rs"', 'fn main() {}', '```', '',
			'## Cloning less', '', '```rust title="Before"', 'fn a() {}', '```', '', '```rust title="After"', 'fn b() {}', '```', '',
			'## Quoting', '', '```sh title="Before"', 'rm $D', '```', '', '```sh title="After"', 'rm "$D"', '```', '',
			'## Numbers', '', '| Build | Time |', '| --- | --- |', '| Clean | 90 seconds |', '| Incremental | 3-8 seconds |', '',
		].join('\n'),
	),
	'articles/talk-source.md',
);

describe('part: code', () => {
	it('selects a block by number, fence title, section heading or section id', () => {
		expect(selectCode(article, 1).map((b) => b.index)).toEqual([1]);
		expect(selectCode(article, 'src/main.rs').map((b) => b.index)).toEqual([1]);
		expect(selectCode(article, 'Handlers').map((b) => b.index)).toEqual([1]);
		expect(selectCode(article, 'handlers').map((b) => b.index)).toEqual([1]);
	});

	it('brings the other half of a titled pair along, so the pair still animates', () => {
		expect(selectCode(article, 3).map((b) => b.index)).toEqual([2, 3]);
		expect(selectCode(article, 'cloning-less').map((b) => b.index)).toEqual([2, 3]);
		const slides = slidesForPart(article, { article: 'talk-source', part: 'code', select: 2 });
		expect(slides.map((s) => [s.id, s.kind === 'code' ? s.pair?.role : null])).toEqual([
			['code-2', 'before'],
			['code-3', 'after'],
		]);
	});

	it('refuses a title two blocks share and a block that does not exist, naming what there is', () => {
		expect(() => selectCode(article, 'Before')).toThrow(PartSelectionError);
		expect(() => selectCode(article, 'Before')).toThrow('has 2 of code block "Before"; select one by ordinal (it has: 1 (src/main.rs in Handlers), 2 (Before in Cloning less), 3 (After in Cloning less), 4 (Before in Quoting), 5 (After in Quoting))');
		expect(() => selectCode(article, 9)).toThrow(/has no code block 9/);
	});

	it('takes a table\'s chart with part: chart', () => {
		const slides = slidesForPart(article, { article: 'talk-source', part: 'chart', select: 'numbers' });
		expect(slides.map((s) => s.id)).toEqual(['chart-1']);
	});
});
