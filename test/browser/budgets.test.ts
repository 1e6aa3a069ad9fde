import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { measureArticle, measureDeck } from '../../scripts/bench/browser.ts';
import { openSite, type SiteSession } from '../support/browser.ts';

/**
 * Byte budgets: what an article page and a deck page load, counted in Chromium (every response body).
 * Bytes are deterministic for a given build, so they can be asserted; times are only benchmarked.
 * Set from `npm run bench` (see bench/results.json) with headroom for content growth, not for bloat:
 * measured 2026-11-21 — article page 46.9 KiB raw / 12.0 KiB gzip, deck page 372 KiB raw / 161 KiB gzip.
 */
const BUDGET = {
	article: { rawBytes: 64 * 1024, gzipBytes: 18 * 1024, requests: 6 },
	deck: { rawBytes: 440 * 1024, gzipBytes: 200 * 1024, requests: 8 },
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

	it('a deck page, fonts and reveal.js included, stays within its budget', async () => {
		const load = await measureDeck(site.browser, `${site.origin}/decks/rust-on-the-backend/`);
		expect(load.deckReady).toBe(true);
		expect(load.rawBytes, breakdown(load)).toBeLessThanOrEqual(BUDGET.deck.rawBytes);
		expect(load.gzipBytes, breakdown(load)).toBeLessThanOrEqual(BUDGET.deck.gzipBytes);
		expect(load.requests, breakdown(load)).toBeLessThanOrEqual(BUDGET.deck.requests);
	});
});
