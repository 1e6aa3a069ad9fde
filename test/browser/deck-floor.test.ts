/**
 * The readability floor over every slide of every deck: the project's decks (as `npm test` built them,
 * with no site URL) and the fixture decks made to break it (a 7-column table, a 22-row table, a wide
 * short table, a 30-dependency manifest, 150-character TOML lines, a 4:3 talk), built in a copy of the
 * project with a site URL. Every `<section>` is walked with all its fragments shown, whatever its kind,
 * so slide kinds added later are covered too. Failures name deck, slide, element and size.
 *
 * All of it twice, in Chromium with two different sets of installed fonts (test/support/font-envs.ts):
 * DejaVu alone, and Liberation with Noto Mono. The decks bring their own fonts, so every element of every
 * slide must land in the same box under both, within a pixel: the layout does not depend on the machine.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, type SiteSession } from '../support/browser.ts';
import { boxDifferences, slideBoxes, type ElementBox } from '../support/boxes.ts';
import { deckUrls, openDeck } from '../support/deck.ts';
import { belowFloor, FLOOR, measureTextSizes, type TextSize } from '../support/floor.ts';
import { fixtureSiteDist } from '../support/deck-fixtures.ts';
import { fontEnvironments, type FontEnvironment } from '../support/font-envs.ts';
import { readPdf } from '../support/export.ts';

interface Measured {
	deck: string;
	aspect: string;
	frame: { width: number; height: number };
	sizes: TextSize[];
	boxes: ElementBox[];
	slides: number;
	overflowing: string[];
	chromeMisuse: string[];
}

const FRAME = { width: 1280, height: 720 };

async function measureAll(site: SiteSession): Promise<Measured[]> {
	const { page } = await site.newPage({ viewport: FRAME });
	const urls = await deckUrls(page, site.origin);
	await page.context().close();
	const out: Measured[] = [];
	for (const url of urls) {
		const { page: deckPage } = await site.newPage({ viewport: FRAME });
		await openDeck(deckPage, url);
		const facts = await deckPage.evaluate(() => {
			const reveal = window.Reveal!;
			const config = reveal.getConfig();
			const overflowing = [...document.querySelectorAll('.reveal .slides section[data-overflow]')].map((s) => s.id);
			// `data-chrome` is for short navigation only: never a heading, table, list, code or prose.
			const chromeMisuse = [...document.querySelectorAll('.reveal .slides [data-chrome]')]
				.filter((el) => el.matches('h1,h2,h3,h4,table,ul,ol,pre,p,li') || el.querySelector('h1,h2,h3,h4,table,ul,ol,pre,p,li') || (el.textContent ?? '').trim().length > 80)
				.map((el) => `${el.closest('section')?.id}: <${el.tagName.toLowerCase()}>`);
			return { slides: reveal.getSlides().length, aspect: document.documentElement.dataset['deckAspect'] ?? '', frame: { width: Number(config.width), height: Number(config.height) }, overflowing, chromeMisuse };
		});
		out.push({ deck: new URL(url).pathname, ...facts, sizes: await measureTextSizes(deckPage), boxes: await slideBoxes(deckPage) });
		await deckPage.context().close();
	}
	return out;
}

/** What one font environment measured. */
interface Run {
	env: FontEnvironment;
	project: Measured[];
	fixtures: Measured[];
}

const envs = fontEnvironments();
const runs = new Map<FontEnvironment['name'], Run>();
const run = (env: FontEnvironment): Run => runs.get(env.name) as Run;
// The first environment's sites stay open for the tests below that open decks themselves.
let projectSite: SiteSession;
let fixtureSite: SiteSession;

beforeAll(async () => {
	const fixtureDist = await fixtureSiteDist();
	for (const env of envs) {
		const project = await openSite('dist', '/', { fontconfigFile: env.fontconfigFile });
		const fixture = await openSite(fixtureDist, '/', { fontconfigFile: env.fontconfigFile });
		runs.set(env.name, { env, project: await measureAll(project), fixtures: await measureAll(fixture) });
		if (env === envs[0]) {
			projectSite = project;
			fixtureSite = fixture;
		} else {
			await project.close();
			await fixture.close();
		}
	}
}, 600_000);

afterAll(async () => {
	await projectSite?.close();
	await fixtureSite?.close();
});

describe.each(envs)('readability floor, with the $name fonts installed', (env) => {
	it(`renders every piece of content of the project's decks at ${FLOOR.content}px or more, chrome at ${FLOOR.chrome}px`, () => {
		const { project } = run(env);
		expect(project.length).toBeGreaterThanOrEqual(3);
		for (const deck of project) expect(deck.sizes.length, deck.deck).toBeGreaterThan(50);
		expect(project.flatMap((d) => belowFloor(d.deck, d.sizes))).toEqual([]);
	});

	it('holds on the fixture decks made to break it, with every slide inside its frame', () => {
		const { project, fixtures } = run(env);
		const names = fixtures.map((d) => d.deck);
		for (const slug of ['floor-tables', 'floor-cargo', 'wide', 'aspect-4x3']) expect(names).toContain(`/decks/${slug}/`);
		expect(fixtures.flatMap((d) => belowFloor(d.deck, d.sizes))).toEqual([]);
		expect(fixtures.flatMap((d) => d.overflowing.map((id) => `${d.deck}#/${id} overflows its frame`))).toEqual([]);
		expect(project.flatMap((d) => d.overflowing.map((id) => `${d.deck}#/${id} overflows its frame`))).toEqual([]);
	});

	it('keeps data-chrome for short navigation', () => {
		const { project, fixtures } = run(env);
		expect([...project, ...fixtures].flatMap((d) => d.chromeMisuse)).toEqual([]);
		// The links back to the article are chrome, and are measured against the 16 px floor.
		expect(project.flatMap((d) => d.sizes).some((s) => s.chrome)).toBe(true);
	});

	it('lays a 4:3 talk out in a 960x720 frame and every other deck in 1280x720', () => {
		const { project, fixtures } = run(env);
		const talk = fixtures.find((d) => d.deck === '/decks/aspect-4x3/');
		expect(talk?.aspect).toBe('4:3');
		expect(talk?.frame).toEqual({ width: 960, height: 720 });
		for (const deck of [...project, ...fixtures].filter((d) => d !== talk)) expect(deck.frame, deck.deck).toEqual({ width: 1280, height: 720 });
	});
});

describe('the same layout whatever fonts the machine has', () => {
	it('puts every element of every slide in the same box, within 1 px, with DejaVu alone and with Liberation and Noto Mono', () => {
		const [a, b] = envs.map(run) as [Run, Run];
		const decks = (r: Run) => [...r.project, ...r.fixtures];
		expect(decks(b).map((d) => d.deck)).toEqual(decks(a).map((d) => d.deck));
		const differences = decks(a).flatMap((deck, i) => boxDifferences(deck.deck, deck.boxes, decks(b)[i]?.boxes ?? []));
		// Every deck was measured, element by element: thousands of boxes, not a handful.
		expect(decks(a).reduce((n, d) => n + d.boxes.length, 0)).toBeGreaterThan(2000);
		expect(differences.slice(0, 40), `${differences.length} elements differ`).toEqual([]);
	});
});

describe('a 4:3 talk\'s charts', () => {
	it('are drawn to the width of the 960x720 frame: inside the slide, never scaled, their text at the floor', async () => {
		const { page } = await fixtureSite.newPage({ viewport: FRAME });
		await openDeck(page, `${fixtureSite.origin}/decks/aspect-4x3/`);
		const ids = await page.evaluate(() => [...document.querySelectorAll('.reveal .slides section[data-kind="chart"]')].map((s) => s.id));
		const charts = [];
		for (const id of ids) {
			charts.push(
				await page.evaluate((slideId) => {
					const reveal = window.Reveal!;
					const section = document.getElementById(slideId) as HTMLElement;
					const at = reveal.getIndices(section);
					reveal.slide(at.h, at.v);
					const svg = section.querySelector<SVGSVGElement>('svg.chart');
					const slides = document.querySelector<HTMLElement>('.reveal .slides');
					// Frame pixels: the rendered size over reveal.js's own scale of the whole frame.
					const frame = slides?.getBoundingClientRect();
					const scale = (frame?.width ?? 1) / (slides?.offsetWidth || 1);
					const box = svg?.getBoundingClientRect();
					return {
						id: slideId,
						width: Number(svg?.getAttribute('width')),
						drawn: (box?.width ?? 0) / scale,
						left: ((box?.left ?? 0) - (frame?.left ?? 0)) / scale,
						right: ((box?.right ?? 0) - (frame?.left ?? 0)) / scale,
					};
				}, id),
			);
		}
		// Latency, and (another unit, another chart) memory: each drawn to the 4:3 frame.
		expect(charts.map((c) => c.id)).toEqual(['chart-1', 'chart-1-2', 'chart-1-mb', 'chart-1-mb-2']);
		for (const chart of charts) {
			expect(chart.width, chart.id).toBe(960 - 144);
			// Shown at 1:1, so its 24 px text is 24 px in the frame.
			expect(Math.abs(chart.drawn - chart.width), chart.id).toBeLessThan(1);
			expect(chart.left, chart.id).toBeGreaterThanOrEqual(0);
			expect(chart.right, chart.id).toBeLessThanOrEqual(960);
		}
		await page.context().close();
	});
});

describe('a 4:3 talk on paper', () => {
	it('prints one 960x720 page per slide (720x540 pt)', async () => {
		const { page } = await fixtureSite.newPage({ viewport: FRAME });
		await openDeck(page, `${fixtureSite.origin}/decks/aspect-4x3/?print-pdf`);
		const pdf = await page.pdf({ printBackground: true, preferCSSPageSize: true });
		const dir = mkdtempSync(path.join(os.tmpdir(), 'talkbook-4x3-'));
		try {
			writeFileSync(path.join(dir, 'talk.pdf'), pdf);
			const content = await readPdf(path.join(dir, 'talk.pdf'));
			expect(content.size).toEqual([720, 540]);
			expect(content.pages).toBe(run(envs[0] as FontEnvironment).fixtures.find((d) => d.deck === '/decks/aspect-4x3/')?.slides);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
		await page.context().close();
	});
});

describe('splitting instead of shrinking', () => {
	it('splits the wide, tall and long fixtures into several slides and wraps long lines with a mark', async () => {
		const { page } = await fixtureSite.newPage({ viewport: FRAME });
		await openDeck(page, `${fixtureSite.origin}/decks/floor-tables/`);
		const tables = await page.evaluate(() =>
			[...document.querySelectorAll<HTMLElement>('section[data-kind="table"]')].map((s) => ({
				id: s.id,
				shape: s.dataset['shape'],
				columns: s.querySelectorAll('thead th').length,
				rows: s.querySelectorAll('tbody tr').length,
				first: s.querySelector('tbody tr > :first-child')?.textContent ?? '',
			})),
		);
		// 7 columns × 8 rows: column groups, the language column repeated in each.
		const wide = tables.filter((t) => t.id === 'table-1' || t.id.startsWith('table-1-'));
		expect(wide.every((t) => t.shape === 'columns' && t.columns <= 4 && t.first !== '')).toBe(true);
		expect(wide.length).toBeGreaterThanOrEqual(2);
		// 22 rows: pages of at most 7 with the header repeated.
		const tall = tables.filter((t) => t.id === 'table-2' || t.id.startsWith('table-2-'));
		expect(tall.map((t) => t.rows).reduce((a, b) => a + b, 0)).toBe(22);
		expect(tall.every((t) => t.rows <= 7 && t.columns === 3)).toBe(true);
		// 7 columns × 3 rows: a slide per row.
		const short = tables.filter((t) => t.id === 'table-3' || t.id.startsWith('table-3-'));
		expect(short.map((t) => t.shape)).toEqual(['record', 'record', 'record']);

		await openDeck(page, `${fixtureSite.origin}/decks/floor-cargo/`);
		const code = await page.evaluate(() =>
			[...document.querySelectorAll<HTMLElement>('section[data-kind="cargo"]')].map((s) => ({
				id: s.id,
				lines: s.querySelectorAll('.line').length,
				wrapped: s.querySelectorAll('.line.line-cont').length,
				// The ↪ mark is drawn (a masked shape in the accent colour), so no font has to have the arrow.
				mark: getComputedStyle(s.querySelector('.line.line-cont') ?? s, '::before').maskImage,
			})),
		);
		expect(code.filter((c) => c.id.startsWith('cargo-1')).length).toBeGreaterThanOrEqual(3);
		expect(code.every((c) => c.lines <= 12)).toBe(true);
		expect(code.some((c) => c.wrapped > 0 && c.mark.includes('svg'))).toBe(true);
		await page.context().close();
	});
});
