import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHART_FONT_PX, CHART_WIDTH, chartHeight, textWidth } from '../../../src/lib/chart/svg.ts';
import { tableChart } from '../../../src/lib/chart/table-chart.ts';
import { frameSize } from '../../../src/lib/deck/aspect.ts';
import { CHART_MAX_HEIGHT, chartPages, chartWidthFor } from '../../../src/lib/deck/chart-slides.ts';
import { buildComposedDeck, extractArticle } from '../../../src/lib/deck/index.ts';
import type { ChartSlide, CodeSlide } from '../../../src/lib/deck/model.ts';
import { renderSlide } from '../../../src/lib/render/slide.ts';
import { lineKey } from '../../../src/lib/render/transformer-animate-ids.ts';
import { attrValues, context, count } from './helpers.ts';

function code(overrides: Partial<CodeSlide> = {}): CodeSlide {
	return {
		kind: 'code',
		id: 'code-1',
		title: 'Common Pitfalls',
		label: null,
		lang: 'rust',
		code: 'async fn load() -> Config {\n    std::fs::read("x").unwrap()\n}',
		firstLine: 1,
		steps: [],
		page: 1,
		pages: 1,
		pair: null,
		notes: ['A single std::fs::read_to_string can stall every request.'],
		source: { article: 'demo', href: '/articles/demo/#common-pitfalls', label: 'Common Pitfalls' },
		...overrides,
	};
}

describe('code slide', () => {
	it('wraps long lines instead of leaving the block to the client to shrink', async () => {
		const html = renderSlide(code(), await context());
		expect(html).toContain('class="code-block code-wrap"');
		expect(html).not.toContain('class="fit code-block"');
		expect(html).not.toContain('data-auto-animate');
		expect(attrValues(html, 'data-line')).toEqual(['1', '2', '3']);
	});

	it('breaks a line wider than the slide with a continuation line (↪ in the gutter), in the deck\u2019s aspect', async () => {
		const long = `    let bytes = std::fs::read("config.toml").unwrap(); // BLOCKS the runtime, every request waits`;
		const wide = renderSlide(code({ code: `fn f() {\n${long}\n}` }), await context());
		expect(count(wide, 'class="line line-cont"')).toBe(1);
		expect(attrValues(wide, 'data-line')).toEqual(['1', '2', '2', '3']);
		const narrow = renderSlide(code({ code: `fn f() {\n${long}\n}` }), { ...(await context()), aspect: '4:3' });
		expect(count(narrow, 'class="line line-cont"')).toBe(2);
	});

	it('marks both halves of a pair for auto-animate, with line ids from the line text', async () => {
		const ctx = await context();
		const before = renderSlide(code({ label: 'Anti-pattern: blocking', pair: { id: 'code-1', role: 'before' } }), ctx);
		const after = renderSlide(
			code({ id: 'code-1-2', label: 'Better', code: 'async fn load() -> Result<Config> {\n    tokio::fs::read("x").await?\n}', pair: { id: 'code-1', role: 'after' } }),
			ctx,
		);
		for (const html of [before, after]) {
			expect(html).toMatch(/^<section id="[^"]+" data-kind="code" data-auto-animate="" data-auto-animate-id="code-1" data-pair="(before|after)">/);
			expect(html).toContain('data-id="code-1-code"');
		}
		const lineIds = (html: string) => attrValues(html, 'data-id').filter((id) => id !== 'code-1-code');
		expect(lineIds(before)).toHaveLength(3);
		expect(lineIds(before).filter((id) => lineIds(after).includes(id))).toEqual([`code-1-${lineKey('}')}`]);
		expect(before).toContain('<p class="code-label" data-role="before">Anti-pattern: blocking</p>');
		expect(after).toContain('<p class="code-label" data-role="after">Better</p>');
	});

	it('shows the page count of a split block and its item steps', async () => {
		const html = renderSlide(code({ page: 2, pages: 3, steps: [[1], [2, 3]], firstLine: 9 }), await context());
		expect(html).toContain('<span class="page-count">(2/3)</span>');
		expect(attrValues(html, 'data-lines')).toEqual(['9', '10,11']);
	});
});

describe('chart slide', () => {
	const slide: ChartSlide = {
		kind: 'chart',
		id: 'chart-1',
		title: 'The actual backend wins',
		caption: 'Bar chart of Reconciliation worker: Go and Rust, in GB',
		chart: {
			labelHeader: 'Reconciliation worker',
			series: ['Go', 'Rust'],
			unit: 'GB',
			rows: [{ label: 'Resident set', bars: [{ value: 1.2, low: null, label: '1.2 GB' }, { value: 0.11, low: null, label: '110 MB' }] }],
			max: 1.2,
		},
		page: 1,
		pages: 1,
		notes: ['Resident set: Go 1.2 GB, Rust 110 MB.'],
		source: { article: 'demo', href: '/articles/demo/#wins', label: 'The actual backend wins' },
	};

	it('draws the chart inline at build time under a caption saying what is compared', async () => {
		const html = renderSlide(slide, await context());
		expect(html).toContain('<figcaption class="chart-caption">Reconciliation worker: Go vs Rust</figcaption>');
		expect(count(html, '<svg ')).toBe(1);
		expect(html).toContain('aria-labelledby="chart-1-svg-title chart-1-svg-desc"');
		expect(html).not.toContain('<script');
		expect(html).toContain('<aside class="notes"><p>Resident set: Go 1.2 GB, Rust 110 MB.</p></aside>');
	});
});

describe('chart slide of a 4:3 talk', () => {
	const fixture = join(import.meta.dirname, '../../fixtures/aspect-4x3');
	const article = extractArticle(readFileSync(join(fixture, 'articles/wide.md'), 'utf8'), 'articles/wide.md');
	const deck = buildComposedDeck(readFileSync(join(fixture, 'deck.md'), 'utf8'), 'decks/aspect-4x3.md', [article]);
	const charts = deck.slides.filter((slide): slide is ChartSlide => slide.kind === 'chart');
	/** Left and right edge of every `<text>` of an SVG, estimated as the chart lays it out. */
	const edges = (svg: string): { text: string; left: number; right: number }[] =>
		[...svg.matchAll(/<text x="([\d.]+)" y="[\d.]+" ([^>]*)>([^<]*)<\/text>/g)].map((m) => {
			const x = Number(m[1]);
			const w = textWidth(m[3] ?? '');
			const anchor = /text-anchor="(end|middle)"/.exec(m[2] ?? '')?.[1];
			return { text: m[3] ?? '', left: anchor === 'end' ? x - w : anchor === 'middle' ? x - w / 2 : x, right: anchor === 'end' ? x : anchor === 'middle' ? x + w / 2 : x + w };
		});

	it('is drawn to the 816 px content width of the 960x720 frame, every text inside it at 24 px', async () => {
		expect(deck.aspect).toBe('4:3');
		expect(charts.length).toBeGreaterThan(0);
		const content = frameSize('4:3').width - 144;
		expect(content).toBe(816);
		for (const slide of charts) {
			const html = renderSlide(slide, { ...(await context()), aspect: '4:3' });
			const [, viewWidth, width, height] = /viewBox="0 0 (\d+) \d+" width="(\d+)" height="(\d+)"/.exec(html) ?? [];
			expect(Number(viewWidth), slide.id).toBe(content);
			expect(Number(width), slide.id).toBe(content);
			expect(Number(height), slide.id).toBeLessThanOrEqual(CHART_MAX_HEIGHT);
			expect(html).toContain(`font-size="${CHART_FONT_PX}"`);
			for (const t of edges(html)) {
				expect(t.right, `${slide.id}: ${t.text}`).toBeLessThanOrEqual(content);
				expect(t.left, `${slide.id}: ${t.text}`).toBeGreaterThanOrEqual(0);
			}
		}
	});

	it('is paged for the narrower frame at the height the 16:9 frame allows', () => {
		const table = article.tables[0];
		const data = table ? tableChart(table) : null;
		expect(data).not.toBeNull();
		if (!data) return;
		for (const rows of chartPages(data, CHART_MAX_HEIGHT, chartWidthFor('4:3'))) expect(chartHeight(data, rows, chartWidthFor('4:3'))).toBeLessThanOrEqual(CHART_MAX_HEIGHT);
		expect(chartWidthFor('16:9')).toBe(CHART_WIDTH);
	});
});
