import { describe, expect, it } from 'vitest';
import { extractTables } from '../../src/lib/extract/tables.ts';
import { safeHref } from '../../src/lib/extract/inline-html.ts';
import { escapeHtml } from '../../src/lib/html/escape.ts';
import { contextFor } from './support/article.ts';

describe('extractTables', () => {
	it('keeps alignment per column, null where unspecified', () => {
		const [table] = extractTables(contextFor('| a | b | c | d |\n| :-- | :-: | --: | --- |\n| 1 | 2 | 3 | 4 |'));
		expect(table?.align).toEqual(['left', 'center', 'right', null]);
	});

	it('renders inline formatting as HTML and escapes < and & in code and text', () => {
		const [table] = extractTables(
			contextFor('| x | y |\n| - | - |\n| `a < b && c` | **s** _e_ ~~d~~ [l](https://x.test/?a=1&b=2) 1 < 2 & 3 |'),
		);
		expect(table?.rows).toEqual([
			[
				'<code>a &lt; b &amp;&amp; c</code>',
				'<strong>s</strong> <em>e</em> <del>d</del> <a href="https://x.test/?a=1&amp;b=2">l</a> 1 &lt; 2 &amp; 3',
			],
		]);
	});

	it('drops raw HTML and unsafe links but keeps their text', () => {
		const [table] = extractTables(contextFor('| x |\n| - |\n| <b>bold</b> [click](javascript:alert(1)) |'));
		expect(table?.rows).toEqual([['bold click']]);
	});

	it('pads short rows to the header width', () => {
		const [table] = extractTables(contextFor('| a | b | c |\n| - | - | - |\n| 1 |'));
		expect(table?.rows).toEqual([['1', '', '']]);
	});

	it('numbers tables in document order and records their section', () => {
		const tables = extractTables(contextFor('| a |\n| - |\n| 1 |\n\n## Second part\n\n> | b |\n> | - |\n> | 2 |'));
		expect(tables.map((t) => [t.index, t.header, t.source.sectionId, t.source.position.line])).toEqual([
			[1, ['a'], null, 7],
			[2, ['b'], 'second-part', 13],
		]);
	});
});

describe('inline HTML helpers', () => {
	it('escapes the five HTML specials', () => {
		expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
	});

	it('allows http(s), mailto and relative URLs only', () => {
		expect(safeHref('https://a.test')).toBe('https://a.test');
		expect(safeHref('/articles/x/#y')).toBe('/articles/x/#y');
		expect(safeHref('mailto:a@b.test')).toBe('mailto:a@b.test');
		expect(safeHref('JavaScript:alert(1)')).toBeNull();
		expect(safeHref('data:text/html,x')).toBeNull();
	});
});
