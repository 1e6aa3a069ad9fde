import { describe, expect, it } from 'vitest';
import type { ChartSlide, CodeSlide, MarkdownSlide, SectionSlide, TableSlide, TakeawaysSlide } from '../../../src/lib/deck/model.ts';
import { buildCatalog } from '../../../src/lib/catalog/catalog.ts';
import { MIN_FONT_PT } from '../../../src/lib/pptx/geometry.ts';
import type { NativePlan, SlidePlan } from '../../../src/lib/pptx/index.ts';
import type { ChartShape, Shape, TableShape, TextShape } from '../../../src/lib/pptx/shapes.ts';
import { PALETTES } from '../../../src/lib/pptx/theme.ts';
import { deckOf, fixtureDeck, fixtureDecks, plan, runsOf, textOf } from './helpers.ts';

const native = (p: SlidePlan | undefined): NativePlan => {
	if (p?.mode !== 'native') throw new Error(`slide ${p?.id} is not native: ${p?.mode === 'picture' ? p.reason : 'missing'}`);
	return p;
};
const shapesOf = (p: SlidePlan | undefined): Shape[] => native(p).slide.shapes;
/** A shape inside the slide body (the padding of base.css: 72 px × 52 px, 54 × 39 pt); the source link lives in the padding under it. */
const inside = (s: Shape, width: number, height: number) =>
	s.name === 'Source' ? s.y + s.h <= height : s.x >= 54 - 0.01 && s.y >= 39 - 0.01 && s.x + s.w <= width - 54 + 0.01 && s.y + s.h <= height - 39 + 0.01;

describe('every fixture deck in PowerPoint', () => {
	const decks = fixtureDecks();

	it('is native, slide for slide, fits its slides at 18 pt or more, and keeps every shape on the slide', async () => {
		expect(decks.length).toBeGreaterThan(15);
		for (const deck of decks) {
			const planned = await plan(deck, { siteOrigin: 'https://talks.example' });
			const size = deck.aspect === '4:3' ? [720, 540] : [960, 540];
			expect(planned.slides.map((s) => s.id), deck.slug).toEqual(deck.slides.map((s) => s.id));
			// Pictures: the two slides of the fixture made for it (below), diagrams, display math and slides whose
			// text holds math (KaTeX's markup has no PowerPoint form); every other slide is native.
			const pictures = planned.slides.filter((s) => s.mode === 'picture').map((s) => s.id);
			const drawn = deck.slides.filter((s) => s.kind === 'diagram' || s.kind === 'math' || JSON.stringify(s).includes('class=\\"katex')).map((s) => s.id);
			expect(pictures, deck.slug).toEqual(deck.slug === 'pptx-pictures' ? ['the-icon', 'more-detail'] : drawn);
			for (const slide of planned.slides.filter((s) => s.mode === 'native')) {
				const what = `${deck.slug} / ${slide.id}`;
				const shapes = shapesOf(slide);
				expect(native(slide).warning, what).toBeUndefined();
				for (const run of runsOf(shapes)) if (run.text.trim() !== '') expect(run.sizePt, `${what}: "${run.text}"`).toBeGreaterThanOrEqual(MIN_FONT_PT);
				for (const shape of shapes) expect(inside(shape, size[0] ?? 0, size[1] ?? 0), `${what}: ${shape.name}`).toBe(true);
				expect(native(slide).slide.notes, what).toEqual(deck.slides.find((s) => s.id === slide.id)?.notes);
			}
		}
	});

	it('lays out the readability-floor fixtures (a 22-row table, 7 columns, a 30-crate manifest) without shrinking a slide', async () => {
		for (const name of ['floor-tables', 'floor-cargo']) {
			const planned = await plan(fixtureDeck(name));
			const scales = planned.slides.map((s) => native(s).scale);
			expect(Math.min(...scales), name).toBeGreaterThan(0.8);
		}
	});
});

describe('the project\'s decks in PowerPoint', () => {
	it('are native from the first slide to the last and fit their slides, none under the floor', async () => {
		const { decks } = buildCatalog({ root: '.' });
		expect(decks.map((d) => d.slug).sort()).toEqual(['rust-on-the-backend', 'why-rust-is-growing-fast', 'why-rust-on-the-backend']);
		for (const deck of decks) {
			const planned = await plan(deck);
			for (const slide of planned.slides) {
				const shapes = shapesOf(slide);
				expect(native(slide).warning, slide.id).toBeUndefined();
				for (const shape of shapes) expect(inside(shape, 960, 540), `${deck.slug} / ${slide.id}: ${shape.name} at ${shape.y}+${shape.h}`).toBe(true);
				for (const run of runsOf(shapes)) if (run.text.trim() !== '') expect(run.sizePt).toBeGreaterThanOrEqual(MIN_FONT_PT);
			}
		}
	});
});

describe('slides of each kind', () => {
	it('makes tables native with exactly the rows of the model\'s page, header first, in the deck theme', async () => {
		const deck = fixtureDeck('floor-tables');
		const planned = await plan(deck);
		for (const slide of deck.slides.filter((s): s is TableSlide => s.kind === 'table')) {
			const table = shapesOf(planned.slides.find((p) => p.id === slide.id)).find((s): s is TableShape => s.type === 'table');
			expect(table?.rows, slide.id).toHaveLength(slide.rows.length + 1);
			expect(table?.columns, slide.id).toHaveLength(slide.header.length);
			expect(table?.rows[0]?.cells[0]?.fill).toBe(PALETTES.light.headBg);
			expect(Math.abs((table?.columns.reduce((a, b) => a + b, 0) ?? 0) - (table?.w ?? 0))).toBeLessThan(0.01);
			expect(table?.h).toBeCloseTo(table?.rows.reduce((sum, r) => sum + r.heightPt, 0) ?? 0, 5);
		}
	});

	it('makes charts native with the model\'s numbers, series, colours and the article\'s value labels', async () => {
		const deck = fixtureDeck('chart-units');
		const planned = await plan(deck);
		const charts = deck.slides.filter((s): s is ChartSlide => s.kind === 'chart');
		expect(charts.length).toBeGreaterThan(1);
		for (const slide of charts) {
			const chart = shapesOf(planned.slides.find((p) => p.id === slide.id)).find((s): s is ChartShape => s.type === 'chart');
			expect(chart?.categories).toEqual(slide.chart.rows.map((r) => r.label));
			expect(chart?.series.map((s) => s.name)).toEqual(slide.chart.series);
			expect(chart?.series.map((s) => s.color)).toEqual(PALETTES.light.chart.slice(0, slide.chart.series.length));
			expect(chart?.series[0]?.points.map((p) => p?.value)).toEqual(slide.chart.rows.map((r) => r.bars[0]?.value));
			expect(chart?.axisMax).toBeGreaterThanOrEqual(slide.chart.max);
			const labels = chart?.series.flatMap((s) => s.points.map((p) => p?.label)) ?? [];
			for (const row of slide.chart.rows) for (const bar of row.bars) if (bar) expect(labels.some((l) => l?.endsWith(bar.label))).toBe(true);
		}
		const range = charts.flatMap((s) => s.chart.rows).find((r) => r.bars.some((b) => b?.low !== null));
		expect(range).toBeDefined();
	});

	it('draws values below zero left of a zero line, on the SVG\'s axis (a Δ % column)', async () => {
		const deck = fixtureDeck('chart-notations');
		const planned = await plan(deck);
		const below = deck.slides.filter((s): s is ChartSlide => s.kind === 'chart' && (s.chart.min ?? 0) < 0);
		expect(below.length).toBeGreaterThan(0);
		for (const slide of below) {
			const chart = shapesOf(planned.slides.find((p) => p.id === slide.id)).find((s): s is ChartShape => s.type === 'chart');
			expect(chart?.axisMin, slide.id).toBeLessThanOrEqual(slide.chart.min ?? 0);
			expect(chart?.axisMin, slide.id).toBeGreaterThan((slide.chart.min ?? 0) - (chart?.axisStep ?? 0));
			expect(chart?.axisMax, slide.id).toBeGreaterThanOrEqual(slide.chart.max);
		}
	});

	it('sets code in mono with each token in its shiki colour, line numbers and ↪ on wrapped lines', async () => {
		const code = 'fn main() {\n    let a_very_long_name_for_a_value = compute_something_expensive(with_an_argument, and_another_one);\n}';
		const slide: CodeSlide = { kind: 'code', id: 'code-1', title: 'src/main.rs', label: null, lang: 'rust', code, firstLine: 7, steps: [], page: 1, pages: 1, pair: null, notes: ['n'], source: null };
		const planned = await plan(deckOf([slide]));
		const box = shapesOf(planned.slides[0]).find((s): s is TextShape => s.name === 'Code');
		const lines = box?.paragraphs.map((p) => p.runs.map((r) => r.text).join('')) ?? [];
		expect(lines[0]).toBe('7  fn main() {');
		expect(lines[2]?.startsWith('↪  ')).toBe(true);
		expect(lines.at(-1)).toBe('9  }');
		const runs = box?.paragraphs.flatMap((p) => p.runs) ?? [];
		expect(runs.every((r) => r.font === 'mono')).toBe(true);
		expect(runs.find((r) => r.text === 'fn')?.color).toBe('D73A49');
		expect(box?.fill).toBe(PALETTES.light.codeBg);
	});

	it('links the title, closing and source links to the site only with a site URL, and draws the QR code then', async () => {
		const deck = fixtureDeck('chart-units');
		const none = await plan(deck);
		const all = none.slides.flatMap((s) => runsOf(shapesOf(s)));
		expect(all.filter((r) => r.href)).toEqual([]);
		expect(none.slides.flatMap(shapesOf).filter((s) => s.type === 'image')).toEqual([]);
		const site = await plan(deck, { siteOrigin: 'https://talks.example', base: '/talks/' });
		const hrefs = site.slides.flatMap((s) => runsOf(shapesOf(s))).flatMap((r) => (r.href ? [r.href] : []));
		expect(hrefs.length).toBeGreaterThan(0);
		for (const href of hrefs) expect(href).toMatch(/^https:\/\/talks\.example\/talks\//);
		const qr = site.slides.flatMap(shapesOf).filter((s) => s.type === 'image');
		expect(qr).toHaveLength(1);
		expect(qr[0]).toMatchObject({ name: 'QR code', w: 225, h: 225 });
	});

	it('sets a slide too full at full size smaller, never under 18 pt, and says so when even that is not enough', async () => {
		const item = (n: number) => `Takeaway ${n}: ${'a sentence long enough to wrap over two lines of the slide at full size, '.repeat(1)}as a long takeaway does.`;
		const slide = (count: number): TakeawaysSlide => ({ kind: 'takeaways', id: 't', title: 'Takeaways', items: Array.from({ length: count }, (_, i) => item(i + 1)), ordered: false, start: 1, page: 1, pages: 1, notes: [], source: null });
		const [fits] = (await plan(deckOf([slide(5)]))).slides;
		const [tight] = (await plan(deckOf([slide(6)]))).slides;
		expect(native(fits).scale).toBe(1);
		expect(native(tight).scale).toBeLessThan(1);
		expect(native(tight).warning).toBeUndefined();
		for (const shape of shapesOf(tight)) expect(inside(shape, 960, 540), shape.name).toBe(true);
		expect(Math.min(...runsOf(shapesOf(tight)).map((r) => r.sizePt))).toBeGreaterThanOrEqual(MIN_FONT_PT);
		const [over] = (await plan(deckOf([slide(12)]))).slides;
		expect(native(over).warning).toMatch(/does not fit at 18 pt: \d+ pt too tall/);
		expect(Math.min(...runsOf(shapesOf(over)).map((r) => r.sizePt))).toBeGreaterThanOrEqual(MIN_FONT_PT);
	});

	it('shows a takeaways or table slide whose text holds what a run cannot (math, an image) as a picture, saying why', async () => {
		const takeaways: TakeawaysSlide = { kind: 'takeaways', id: 't', title: 'T', items: ['Plain', 'Energy is <math><mi>E</mi></math>'], ordered: false, start: 1, page: 1, pages: 1, notes: ['n'], source: null };
		const table: TableSlide = { kind: 'table', id: 'tb', title: 'T', shape: 'rows', align: [null], header: ['A'], rows: [['<img src="/a.png" alt="a">']], page: 1, pages: 1, notes: ['n'], source: null };
		const planned = (await plan(deckOf([takeaways, table]))).slides;
		expect(planned.map((p) => (p.mode === 'picture' ? p.reason : p.mode))).toEqual([
			'it has <math> in its text, which has no native PowerPoint form',
			'it has <img> in its text, which has no native PowerPoint form',
		]);
	});

	it('stops making a slide smaller when nothing on it can be (code alone), and says it does not fit', async () => {
		const code = Array.from({ length: 30 }, (_, i) => `let line_${i} = ${i};`).join('\n');
		const [p] = (await plan(deckOf([{ kind: 'markdown', id: 'm', html: '<pre data-code-index="0"></pre>', code: [{ lang: 'rust', code, meta: null }], notes: [], source: null }]))).slides;
		expect(native(p).warning).toMatch(/does not fit at 18 pt/);
		expect(native(p).scale).toBe(1);
	});

	it('numbers takeaways from where the article\'s list starts', async () => {
		const deck = fixtureDeck('takeaways-numbered-long');
		const planned = await plan(deck);
		const second = deck.slides.filter((s) => s.kind === 'takeaways')[1];
		const list = shapesOf(planned.slides.find((p) => p.id === second?.id)).find((s): s is TextShape => s.name === 'Takeaways');
		expect(second?.kind === 'takeaways' && second.start).toBeGreaterThan(1);
		expect(list?.paragraphs.every((p) => p.bullet?.kind === 'number' && second?.kind === 'takeaways' && p.bullet.start === second.start)).toBe(true);
	});

	it('sets an outline in two numbered columns, the second counting on, each entry a link with a site URL', async () => {
		const outline = ['Why', 'What it costs', 'The stack', 'Builds', 'Pitfalls'].map((text, i) => ({ text, href: `/articles/demo/#s${i}` }));
		const slide: SectionSlide = { kind: 'section', id: 'outline', title: 'Outline', outline, notes: ['n'], source: null };
		const planned = await plan(deckOf([slide]), { siteOrigin: 'https://talks.example' });
		const columns = shapesOf(planned.slides[0]).filter((s): s is TextShape => s.name.startsWith('Outline'));
		expect(columns.map((c) => c.paragraphs.length)).toEqual([3, 2]);
		expect(columns.map((c) => c.paragraphs[0]?.bullet)).toEqual([
			{ kind: 'number', start: 1 },
			{ kind: 'number', start: 4 },
		]);
		expect(columns[1]?.x).toBeGreaterThan((columns[0]?.x ?? 0) + (columns[0]?.w ?? 0));
		expect(columns[0]?.paragraphs[1]?.runs[0]?.href).toBe('https://talks.example/articles/demo/#s1');
	});

	it('takes a 4:3 talk\'s slides at 720 × 540 pt', async () => {
		const deck = fixtureDeck('aspect-4x3');
		const planned = await plan(deck);
		for (const s of planned.slides) for (const shape of shapesOf(s)) expect(shape.x + shape.w).toBeLessThanOrEqual(720 - 54 + 0.01);
	});
});

describe('hand-written slides', () => {
	const slide = (html: string, extra: Partial<MarkdownSlide> = {}): MarkdownSlide => ({ kind: 'markdown', id: 'hand', html, notes: ['Said.'], source: null, ...extra });

	it('are native: headings, paragraphs, nested lists, quotes, code and tables', async () => {
		const html =
			'<h2>Plan</h2><p>Some <strong>bold</strong> text.</p><ol start="3"><li>Three<ul><li>nested</li></ul></li><li><p>Four</p></li></ol>' +
			'<blockquote><p>Quoted.</p></blockquote><pre data-code-index="0"></pre><table><thead><tr><th>A</th><th style="text-align: right">B</th></tr></thead><tbody><tr><td>1</td><td>2</td></tr></tbody></table>';
		const planned = await plan(deckOf([slide(html, { code: [{ lang: 'rust', code: 'fn main() {}', meta: 'title="main.rs"' }] })]));
		const shapes = shapesOf(planned.slides[0]);
		expect(shapes.map((s) => s.name)).toEqual(['Title', 'Text', 'List', 'Quote edge', 'Quote', 'Code title', 'Code', 'Table']);
		expect(textOf(shapes)).toContain('Three');
		const list = shapes.find((s): s is TextShape => s.name === 'List');
		expect(list?.paragraphs.map((p) => [p.bullet?.kind, p.bullet?.kind === 'number' ? p.bullet.start : null])).toEqual([
			['number', 3],
			['bullet', null],
			['number', 3],
		]);
		expect((shapes.find((s) => s.type === 'table') as TableShape).rows[1]?.cells[1]?.align).toBe('right');
	});

	it('fall back to a picture, saying why, for what has no native form', async () => {
		const cases: [MarkdownSlide, RegExp][] = [
			[slide('<h2>Demo</h2><p><img src="/a.png" alt="A"></p>'), /<img> inside <p>/],
			[slide('<h2>More</h2><details><summary>Open</summary><p>Hidden</p></details>'), /<details>/],
			[slide('<!-- .slide: data-background-image="/b.png" --><h2>Photo</h2>'), /background \(data-background-image\)/],
			[slide('<h2>Rule</h2><hr>'), /<hr>/],
		];
		for (const [s, reason] of cases) {
			const [p] = (await plan(deckOf([s]))).slides;
			expect(p?.mode).toBe('picture');
			expect(p?.mode === 'picture' && p.reason).toMatch(reason);
			expect(p?.mode === 'picture' && p.notes).toEqual(['Said.']);
		}
	});

	it('keep a hex background colour natively', async () => {
		const [p] = (await plan(deckOf([slide('<!-- .slide: data-background-color="#123456" data-transition="fade" --><h2>Dark</h2>')]))).slides;
		expect(native(p).slide.background).toBe('123456');
	});
});
