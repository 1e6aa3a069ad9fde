import { describe, expect, it } from 'vitest';
import type { CargoSlide } from '../../../src/lib/deck/model.ts';
import { renderDeckSlides } from '../../../src/lib/render/deck.ts';
import { getDeckHighlighter } from '../../../src/lib/render/highlighter.ts';
import { renderSlide } from '../../../src/lib/render/slide.ts';
import { attrValues, context, count, deckOf, ORIGIN } from './helpers.ts';

const CODE = ['[dependencies]', 'tokio = { version = "1", features = ["full"] }', 'serde = "1"', 'axum = "0.8"', ''].join('\n');

function cargo(overrides: Partial<CargoSlide> = {}): CargoSlide {
	return {
		kind: 'cargo',
		id: 'cargo-1',
		title: 'Cargo.toml',
		sections: ['[dependencies]'],
		lang: 'toml',
		code: CODE,
		firstLine: 12,
		steps: [[2], [3, 4]],
		notes: [],
		source: { article: 'demo', href: '/articles/demo/#deps', label: 'Dependencies' },
		...overrides,
	};
}

describe('cargo slide', () => {
	it('numbers lines from firstLine and drops the trailing newline', async () => {
		const html = renderSlide(cargo(), await context());
		expect(attrValues(html, 'data-line')).toEqual(['12', '13', '14', '15']);
		expect(count(html, '<span class="line"')).toBe(4);
		expect(html).toContain('has-line-numbers');
		expect(html).toContain('--gutter-width:2ch');
	});

	it('adds one code-step fragment per step, in original line numbers, after the pre', async () => {
		const html = renderSlide(cargo(), await context());
		expect(count(html, 'class="fragment code-step"')).toBe(2);
		expect(attrValues(html, 'data-lines')).toEqual(['13', '14,15']);
		expect(html.indexOf('</pre>')).toBeLessThan(html.indexOf('code-step'));
		expect(html).toContain('has-steps');
	});

	it('highlights with both themes, the dark one as CSS variables', async () => {
		const html = renderSlide(cargo({ steps: [] }), await context());
		expect(html).toContain('shiki-themes github-light github-dark');
		expect(html).toMatch(/--shiki-dark:#[0-9A-Fa-f]{6}/);
		expect(html).not.toContain('code-step');
		expect(html).not.toContain('has-steps');
	});

	it('shows the file name and sections, escaped', async () => {
		const html = renderSlide(cargo({ title: '~/.cargo/<config>.toml', sections: ['[target.x86_64]', '[build]'] }), await context());
		expect(html).toContain('<h2 class="slide-title code-title"><code>~/.cargo/&lt;config&gt;.toml</code></h2>');
		expect(html).toContain('<p class="cargo-sections"><code>[target.x86_64]</code> <code>[build]</code></p>');
	});

	it('fails with the deck file and slide id when a step is past the end', async () => {
		const highlighter = await getDeckHighlighter();
		expect(() => renderDeckSlides(deckOf([cargo({ steps: [[9]] })]), highlighter, { siteOrigin: ORIGIN })).toThrow(
			'articles/demo.md: slide "cargo-1": step 1 highlights line 9, but the code has 4 lines',
		);
	});

	it('falls back to plain text for languages it has not loaded', async () => {
		const html = renderSlide(cargo({ lang: 'cobol', code: 'a < b', steps: [] }), await context());
		expect(html).toContain('data-lang="cobol"');
		expect(html).toContain('&#x3C; b');
	});
});
