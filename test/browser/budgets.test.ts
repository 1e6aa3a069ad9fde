import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gzipByKind, measureArticle, measureDeck } from '../../scripts/bench/browser.ts';
import { openSite, type SiteSession } from '../support/browser.ts';
import { deckUrls } from '../support/deck.ts';

/**
 * Byte budgets: what an article page and a deck page load, counted in Chromium (every response body).
 * Bytes are deterministic for a given build, so they can be asserted; times are only benchmarked.
 * Article page: set from `npm run bench` with headroom for content growth, not for bloat (measured
 * 2026-11-21: 46.9 KiB raw / 12.0 KiB gzip). Deck page: issue 11's target, 60 KB gzip for everything a
 * deck loads when opened, until the network is idle (plugins loaded later on first use do not count);
 * measured 2026-12-01: 50.1–52.2 KiB gzip (html 3.0–5.0, css 13.8, js 33.2, no font), down from 161 KiB;
 * with a diagram in one project article and math in the other (issue 21): 54.2–58.0 KiB (html 5.7–9.4,
 * the math deck's page carrying KaTeX's rules and two faces cut to its formula, css 14.8, js 33.7).
 */
const BUDGET = {
	article: { rawBytes: 64 * 1024, gzipBytes: 18 * 1024, requests: 6 },
	deck: { rawBytes: 260 * 1024, gzipBytes: 60_000, requests: 5 },
};

let site: SiteSession;
beforeAll(async () => {
	site = await openSite();
});
afterAll(async () => {
	await site?.close();
});

const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
const breakdown = (load: { resources: { url: string; rawBytes: number }[] }) =>
	load.resources.map((r) => `${r.url} ${kib(r.rawBytes)}`).join(', ');

describe('byte budgets', () => {
	it('an article page stays within its budget, with no script and no web font', async () => {
		const load = await measureArticle(site.browser, `${site.origin}/articles/why-rust-is-growing-fast/`);
		expect(load.rawBytes, breakdown(load)).toBeLessThanOrEqual(BUDGET.article.rawBytes);
		expect(load.gzipBytes, breakdown(load)).toBeLessThanOrEqual(BUDGET.article.gzipBytes);
		expect(load.requests, breakdown(load)).toBeLessThanOrEqual(BUDGET.article.requests);
		expect(load.resources.filter((r) => /\.(m?js|woff2?)(\?|$)/.test(r.url))).toEqual([]);
	});

	it('every deck page, reveal.js included, loads at most 60 KB gzip until the network is idle', async () => {
		const { page } = await site.newPage();
		const urls = await deckUrls(page, site.origin);
		await page.context().close();
		expect(urls.length).toBeGreaterThan(1);
		for (const url of urls) {
			const load = await measureDeck(site.browser, url);
			const what = `${new URL(url).pathname}: ${gzipByKind(load)} gzip; ${breakdown(load)}`;
			expect(load.deckReady, what).toBe(true);
			expect(load.gzipBytes, what).toBeLessThanOrEqual(BUDGET.deck.gzipBytes);
			expect(load.rawBytes, what).toBeLessThanOrEqual(BUDGET.deck.rawBytes);
			expect(load.requests, what).toBeLessThanOrEqual(BUDGET.deck.requests);
			// Reported by kind even when a kind is absent, so the bench's table keeps its columns.
			expect(Object.keys(load.byKind)).toEqual(expect.arrayContaining(['html', 'css', 'js', 'font']));
		}
	});
});
