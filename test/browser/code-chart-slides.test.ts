import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, type SiteSession } from '../support/browser.ts';
import { currentSlideId, openDeck } from '../support/deck.ts';

let site: SiteSession;
beforeAll(async () => {
	site = await openSite();
});
afterAll(async () => {
	await site?.close();
});

const FRAME = { width: 1280, height: 720 };
const GROWING = '/decks/why-rust-is-growing-fast/';
const BACKEND = '/decks/why-rust-on-the-backend/';

/**
 * Smallest text on the slides of one kind, in frame pixels: each text element's computed font size
 * times every CSS scale between it and reveal's `.slides` (whose own scale fits the frame to the window,
 * so it is not counted), and for SVG text times the SVG's rendered size over its viewBox.
 */
function smallestText(page: Page, kind: string, selector: string): Promise<{ id: string; text: string; px: number }[]> {
	return page.evaluate(
		({ kind, selector }) => {
			const reveal = window.Reveal!;
			const scaleOf = (el: Element): number => {
				let scale = 1;
				for (let node: Element | null = el; node && !node.classList.contains('slides'); node = node.parentElement) {
					const transform = getComputedStyle(node).transform;
					if (transform && transform !== 'none') scale *= new DOMMatrix(transform).a;
				}
				const svg = el.closest('svg');
				if (svg && svg.viewBox.baseVal.width > 0) scale *= svg.getBoundingClientRect().width / reveal.getScale() / svg.viewBox.baseVal.width;
				return scale;
			};
			const found: { id: string; text: string; px: number }[] = [];
			for (const slide of document.querySelectorAll<HTMLElement>(`.reveal .slides section[data-kind="${kind}"]`)) {
				const { h, v } = reveal.getIndices(slide);
				reveal.slide(h, v ?? 0);
				for (const el of slide.querySelectorAll(selector)) {
					if ((el.textContent ?? '').trim() === '') continue;
					found.push({ id: slide.id, text: (el.textContent ?? '').trim().slice(0, 40), px: Number.parseFloat(getComputedStyle(el).fontSize) * scaleOf(el) });
				}
			}
			return found;
		},
		{ kind, selector },
	);
}

describe('code slides', () => {
	it('show every code block of both articles at 24 px or more, never shrunk to fit', async () => {
		for (const [deck, ids] of [
			[GROWING, ['code-1', 'code-1-2']],
			[BACKEND, ['code-1', 'code-1-2', 'code-2']],
		] as const) {
			const guarded = await site.newPage({ viewport: FRAME });
			await openDeck(guarded.page, `${site.origin}${deck}`);
			const kinds = await guarded.page.evaluate(() => [...document.querySelectorAll('section[data-kind="code"]')].map((s) => s.id));
			expect(kinds, deck).toEqual(ids);
			const texts = await smallestText(guarded.page, 'code', '.line, .slide-title, .code-label');
			expect(texts.length).toBeGreaterThan(10);
			for (const t of texts) expect(t.px, `${deck}#/${t.id} "${t.text}"`).toBeGreaterThanOrEqual(24);
			const shrunk = await guarded.page.evaluate(() => [...document.querySelectorAll('section[data-kind="code"] [data-fit-scale]')].map((e) => e.closest('section')?.id));
			expect(shrunk, deck).toEqual([]);
			expect(guarded.consoleErrors).toEqual([]);
			await guarded.page.context().close();
		}
	});

	it('steps over the top-level items of a block that has several', async () => {
		const { page } = await site.newPage({ viewport: FRAME });
		await openDeck(page, `${site.origin}${BACKEND}#/code-2`);
		const lit = () => page.evaluate(() => [...window.Reveal!.getCurrentSlide()!.querySelectorAll('.line.is-lit')].map((l) => l.textContent?.trim()));
		await page.keyboard.press('ArrowRight');
		expect(await lit()).toEqual(['use serde::{Deserialize, Serialize};']);
		await page.keyboard.press('ArrowRight');
		const second = await lit();
		expect(second[0]).toBe('#[derive(Debug, Deserialize, Serialize)]');
		expect(second[1]).toBe('struct Event {');
		await page.keyboard.press('ArrowRight');
		expect((await lit())[0]).toMatch(/^fn parse_event/);
		await page.context().close();
	});

	it('joins the anti-pattern and the better version with reveal.js auto-animate, shared lines matched by data-id', async () => {
		const guarded = await site.newPage({ viewport: FRAME });
		const { page } = guarded;
		await openDeck(page, `${site.origin}${GROWING}#/code-1`);
		const pair = await page.evaluate(() => {
			const from = document.getElementById('code-1')!;
			const to = document.getElementById('code-1-2')!;
			const ids = (s: Element) => [...s.querySelectorAll('.line[data-id]')].map((l) => l.getAttribute('data-id'));
			return {
				adjacent: from.nextElementSibling === to,
				attrs: [from, to].map((s) => [s.hasAttribute('data-auto-animate'), s.getAttribute('data-auto-animate-id')]),
				labels: [from, to].map((s) => s.querySelector('.code-label')?.textContent),
				shared: ids(from).filter((id) => ids(to).includes(id)).length,
				preIds: [from, to].map((s) => s.querySelector('pre')?.getAttribute('data-id')),
				notes: [from, to].map((s) => s.querySelector('aside.notes')?.textContent ?? ''),
			};
		});
		expect(pair.adjacent).toBe(true);
		expect(pair.attrs).toEqual([[true, 'code-1'], [true, 'code-1']]);
		expect(pair.labels).toEqual(['Anti-pattern: blocking in async context', 'Better']);
		expect(pair.preIds[0]).toBe(pair.preIds[1]);
		expect(pair.shared).toBeGreaterThan(0);
		expect(pair.notes[0]).toContain('std::fs::read_to_string');
		expect(pair.notes[1]).toContain('Use tokio::fs or spawn_blocking.');
		expect(pair.notes[0]).not.toContain('Use tokio::fs');
		// Moving to the better version, reveal pairs the code block and shared lines and fades in the rest.
		await page.keyboard.press('ArrowRight');
		expect(await currentSlideId(page)).toBe('code-1-2');
		const targets = await page.evaluate(() => {
			const to = document.getElementById('code-1-2')!;
			return {
				running: to.getAttribute('data-auto-animate'),
				pre: to.querySelector('pre')?.getAttribute('data-auto-animate-target'),
				unmatched: to.querySelectorAll('[data-auto-animate-target="unmatched"]').length,
			};
		});
		expect(targets.running).not.toBeNull();
		expect(targets.pre).toMatch(/^\d+$/);
		expect(targets.unmatched).toBeGreaterThan(0);
		expect(guarded.consoleErrors).toEqual([]);
		await page.context().close();
	});

	it('is linked from the article page: "Present this code as a slide" opens its slide', async () => {
		const { page } = await site.newPage({ viewport: FRAME });
		await page.goto(`${site.origin}/articles/why-rust-on-the-backend/`);
		const links = page.locator('a.slide-link', { hasText: 'Present this code as a slide' });
		await expect(links.count()).resolves.toBe(2);
		await links.nth(1).click();
		await page.waitForURL(/\/decks\/why-rust-on-the-backend\/#\/code-2$/);
		await openDeck(page, page.url());
		expect(await currentSlideId(page)).toBe('code-2');
		await page.context().close();
	});
});

describe('chart slides', () => {
	it('follow their table, name what they show and draw every text at 24 px or more in both themes', async () => {
		for (const theme of ['light', 'dark']) {
			const guarded = await site.newPage({ viewport: FRAME });
			const { page } = guarded;
			await openDeck(page, `${site.origin}${GROWING}`);
			await page.evaluate((t) => {
				document.documentElement.dataset['deckTheme'] = t;
			}, theme);
			const charts = await page.evaluate(() =>
				[...document.querySelectorAll('section[data-kind="chart"]')].map((s) => {
					const svg = s.querySelector('svg')!;
					const names = (svg.getAttribute('aria-labelledby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent ?? '');
					const bars = svg.querySelectorAll('rect.bar');
					const fills = [...bars].map((b) => getComputedStyle(b).fill);
					const text = getComputedStyle(svg.querySelector('text.chart-value')!).fill;
					return { id: s.id, after: s.previousElementSibling?.getAttribute('data-kind'), role: svg.getAttribute('role'), names, bars: bars.length, values: svg.querySelectorAll('text.chart-value').length, fills, text };
				}),
			);
			expect(charts.map((c) => [c.id, c.after, c.role])).toEqual([
				['chart-1', 'table', 'img'],
				['chart-2', 'table', 'img'],
			]);
			expect(charts[0]?.names).toEqual(['Bar chart of Reconciliation worker: Go and Rust, in GB', 'Resident set: Go 1.2 GB, Rust 110 MB.']);
			for (const chart of charts) {
				expect(chart.values, chart.id).toBe(chart.bars);
				expect(chart.fills.every((f) => f !== 'rgb(0, 0, 0)' && f !== 'none'), chart.id).toBe(true);
			}
			// Text follows the theme: dark ink on light, light ink on dark.
			expect(charts[0]?.text).toBe(theme === 'light' ? 'rgb(31, 35, 40)' : 'rgb(230, 237, 243)');
			const texts = await smallestText(page, 'chart', 'text, .slide-title, .chart-caption');
			expect(texts.length).toBeGreaterThan(10);
			for (const t of texts) expect(t.px, `#/${t.id} "${t.text}"`).toBeGreaterThanOrEqual(24);
			expect(guarded.consoleErrors).toEqual([]);
			await page.context().close();
		}
	});
});
