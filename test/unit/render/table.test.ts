import { describe, expect, it } from 'vitest';
import type { TableSlide } from '../../../src/lib/deck/model.ts';
import { renderSlide } from '../../../src/lib/render/slide.ts';
import { context, count, inner } from './helpers.ts';

function page(page: number, rows: string[][]): TableSlide {
	return {
		kind: 'table',
		id: `table-1-${page}`,
		title: 'Rust vs Go',
		shape: 'rows',
		align: ['left', 'right', null],
		header: ['Aspect', 'Rust', '<em>Go</em>'],
		rows,
		page,
		pages: 2,
		notes: [],
		source: null,
	};
}

describe('table slide', () => {
	it('repeats the header on every page', async () => {
		const ctx = await context();
		const first = renderSlide(page(1, [['Speed', '1', 'a']]), ctx);
		const second = renderSlide(page(2, [['Memory', '2', 'b']]), ctx);
		for (const html of [first, second]) {
			expect(count(html, '<thead>')).toBe(1);
			expect(inner(html, 'thead')).toContain('<th scope="col" style="text-align:right">Rust</th>');
		}
		expect(inner(second, 'h2')).toBe('Rust vs Go <span class="page-count">(2/2)</span>');
		expect(inner(second, 'tbody')).toContain('Memory');
		expect(inner(second, 'tbody')).not.toContain('Speed');
	});

	it('aligns header and body cells per column (left, the tables’ default, unwritten) and keeps cells as given', async () => {
		const html = renderSlide(page(1, [['<code>x</code>', '10', 'y']]), await context());
		expect(html).toContain('<th scope="col">Aspect</th>');
		expect(html).toContain('<th scope="col"><em>Go</em></th>');
		expect(inner(html, 'tbody')).toBe(
			'<tr><td><code>x</code></td><td style="text-align:right"><span class="num">10</span></td><td>y</td></tr>',
		);
	});

	it('wraps the table so the client can shrink it', async () => {
		const html = renderSlide(page(1, []), await context());
		expect(html).toContain('<div class="fit"><table class="deck-table">');
	});
});
