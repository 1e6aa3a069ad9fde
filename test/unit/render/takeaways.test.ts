import { describe, expect, it } from 'vitest';
import type { TakeawaysSlide } from '../../../src/lib/deck/model.ts';
import { renderSlide } from '../../../src/lib/render/slide.ts';
import { context, count, inner } from './helpers.ts';

function takeaways(overrides: Partial<TakeawaysSlide> = {}): TakeawaysSlide {
	return {
		kind: 'takeaways',
		id: 'takeaways',
		title: 'Key Takeaways',
		items: ['Use <code>tokio</code>', 'Measure first', 'Keep it <strong>simple</strong>'],
		ordered: false,
		start: 1,
		page: 1,
		pages: 1,
		notes: ['Why these three.'],
		source: { article: 'demo', href: '/articles/demo/#key-takeaways', label: 'Key Takeaways' },
		...overrides,
	};
}

describe('takeaways slide', () => {
	it('shows each item as a fragment, keeping inline HTML', async () => {
		const html = renderSlide(takeaways(), await context());
		expect(html).toMatch(/^<section id="takeaways" data-kind="takeaways">/);
		expect(count(html, '<li class="fragment">')).toBe(3);
		expect(html).toContain('<li class="fragment">Use <code>tokio</code></li>');
		expect(html).toContain('<ul class="takeaways">');
		expect(inner(html, 'h2')).toBe('Key Takeaways');
		expect(html).toContain('<div class="slide-body">');
		expect(html).toContain('<aside class="notes"><p>Why these three.</p></aside>');
	});

	it('continues a numbered list with start and a page count', async () => {
		const html = renderSlide(takeaways({ ordered: true, start: 6, page: 2, pages: 3 }), await context());
		expect(html).toContain('<ol class="takeaways" start="6">');
		expect(inner(html, 'h2')).toBe('Key Takeaways <span class="page-count">(2/3)</span>');
	});

	it('marks each notes paragraph tied to a step with data-step, keeping the steps when a blank paragraph is dropped', async () => {
		const html = renderSlide(takeaways({ notes: ['About all three.', '', 'On tokio.', 'On measuring.'], noteSteps: [null, null, 1, 2] }), await context());
		expect(html).toContain('<aside class="notes"><p>About all three.</p><p data-step="1">On tokio.</p><p data-step="2">On measuring.</p></aside>');
	});

	it('leaves out notes when there are none', async () => {
		const html = renderSlide(takeaways({ notes: [] }), await context());
		expect(html).not.toContain('class="notes"');
	});
});
