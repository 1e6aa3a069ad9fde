/** The benchmark's measurements in headless Chromium: bytes a page loads, deck readiness, search latency. */
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page, Response } from 'playwright-core';
import { BenchError, formatBytes, median, totals } from './report.ts';
import { guardedPage } from '../browser.ts';
import { embeddedFaces } from '../../src/lib/fonts/css.ts';
import type { DeckLoad, LoadedResource, PageLoad, SearchQueryResult, SearchResult } from './report.ts';


/** A fresh context (empty cache) whose page records every response body, with everything off localhost blocked. */
async function recordingPage(browser: Browser): Promise<{
	context: BrowserContext;
	page: Page;
	offsite: string[];
	errors: string[];
	resources: () => Promise<LoadedResource[]>;
	quiet: (idleMs?: number, maxMs?: number) => Promise<void>;
}> {
	const context = await browser.newContext();
	const { page, offsiteRequests: offsite, consoleErrors: errors } = await guardedPage(context);
	const pending: Promise<LoadedResource | null>[] = [];
	let inFlight = 0;
	let lastActivity = performance.now();
	page.on('request', () => {
		inFlight++;
		lastActivity = performance.now();
	});
	const settle = (): void => {
		inFlight = Math.max(0, inFlight - 1);
		lastActivity = performance.now();
	};
	page.on('requestfinished', settle);
	page.on('requestfailed', settle);
	page.on('response', (response: Response) => {
		pending.push(
			(async () => {
				const url = response.url();
				if (!url.startsWith('http')) return null;
				const status = response.status();
				if (status >= 300 && status < 400) return null;
				const body = await response.body().catch(() => null);
				if (!body) return null;
				const { pathname, search } = new URL(url);
				return {
					url: `${pathname}${search}`,
					status,
					contentType: (await response.allHeaders())['content-type'] ?? '',
					rawBytes: body.length,
					gzipBytes: gzipSync(body, { level: 9 }).length,
				};
			})(),
		);
	});
	return {
		context,
		page,
		offsite,
		errors,
		resources: async () => (await Promise.all(pending)).filter((r): r is LoadedResource => r !== null),
		// Network quiet for `idleMs` (or `maxMs` passed).
		quiet: async (idleMs = 500, maxMs = 10_000) => {
			const start = performance.now();
			while (performance.now() - start < maxMs) {
				if (inFlight === 0 && performance.now() - lastActivity >= idleMs) return;
				await new Promise((r) => setTimeout(r, 50));
			}
		},
	};
}

/** The kinds a page's bytes are always reported by, even when a page loads none of one (a deck with system fonts). */
export const PAGE_KINDS = ['html', 'css', 'js', 'font'] as const;

async function toPageLoad(url: string, rec: Awaited<ReturnType<typeof recordingPage>>): Promise<PageLoad> {
	const resources = await rec.resources();
	const loadMs = await rec.page.evaluate(() => {
		const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
		return nav && nav.loadEventEnd > 0 ? nav.loadEventEnd : null;
	});
	const t = totals(resources);
	for (const kind of PAGE_KINDS) t.byKind[kind] ??= { requests: 0, rawBytes: 0, gzipBytes: 0 };
	return { url: new URL(url).pathname, ...t, resources, offsite: [...rec.offsite], consoleErrors: [...rec.errors], loadMs };
}

/** One line of gzip bytes by kind, for logs and test messages: `html 4.4 KiB · css 13.8 KiB · js 33.2 KiB · font 0 B`. */
export function gzipByKind(load: Pick<PageLoad, 'byKind'>): string {
	const kinds = [...PAGE_KINDS, ...Object.keys(load.byKind).filter((k) => !(PAGE_KINDS as readonly string[]).includes(k))];
	return kinds.map((kind) => `${kind} ${formatBytes(load.byKind[kind]?.gzipBytes ?? 0)}`).join(' · ');
}

async function gotoOk(page: Page, url: string): Promise<void> {
	const response = await page.goto(url, { waitUntil: 'networkidle', timeout: 60_000 });
	if (!response) throw new BenchError(`${url}: no response`);
	if (!response.ok()) throw new BenchError(`${url}: HTTP ${response.status()}`);
}

export async function measureArticle(browser: Browser, url: string): Promise<PageLoad> {
	const rec = await recordingPage(browser);
	try {
		await gotoOk(rec.page, url);
		await rec.quiet();
		return await toPageLoad(url, rec);
	} finally {
		await rec.context.close();
	}
}

/**
 * What a deck page loads when it is opened: everything until the deck is ready and the network has been
 * quiet for half a second. Plugins loaded later, on first use (speaker view, search, zoom), do not count.
 */
export async function measureDeck(browser: Browser, url: string): Promise<DeckLoad> {
	const rec = await recordingPage(browser);
	try {
		await gotoOk(rec.page, url);
		const deckReady = await rec.page
			.waitForFunction(() => document.documentElement.dataset['deckReady'] === 'true', null, { timeout: 10_000 })
			.then(() => true)
			.catch(() => false);
		await rec.quiet();
		const css = await rec.page.evaluate(() => [...document.querySelectorAll('head style')].map((style) => style.textContent ?? '').join('\n'));
		const faces = embeddedFaces(css);
		return { ...(await toPageLoad(url, rec)), deckReady, fonts: { bytes: faces.reduce((n, f) => n + f.bytes, 0), faces } };
	} finally {
		await rec.context.close();
	}
}

/**
 * Types each query into the search page and times input → first result link, in the page itself.
 * The first query is cold (pagefind's wasm and index chunks load); between queries the input is cleared
 * and the results must disappear, so each figure is for a fresh result list.
 */
export async function measureSearch(browser: Browser, url: string, queries: readonly string[], log: (line: string) => void = () => {}): Promise<SearchResult> {
	const rec = await recordingPage(browser);
	const { page } = rec;
	try {
		await gotoOk(page, url);
		const input = page.locator('.search-main pagefind-input input');
		await input.waitFor({ state: 'visible', timeout: 15_000 }).catch(() => {
			throw new BenchError(`${url}: no search input (.search-main pagefind-input input) within 15 s`);
		});
		await rec.quiet();
		const debounceMs = await page.evaluate(() => {
			const el = document.querySelector('.search-main pagefind-input') as (Element & { debounce?: unknown }) | null;
			return typeof el?.debounce === 'number' ? el.debounce : null;
		});
		const results: SearchQueryResult[] = [];
		for (const query of queries) {
			if ((await page.locator('.search-main pagefind-results a').count()) > 0) {
				await input.fill('');
				await page
					.waitForFunction(() => !document.querySelector('.search-main pagefind-results a'), null, { timeout: 10_000 })
					.catch(() => {
						throw new BenchError('search results did not clear when the input was emptied');
					});
				await rec.quiet(300);
			}
			const ms = await page
				.evaluate(
					(q) =>
						new Promise<number>((resolve, reject) => {
							const box = document.querySelector<HTMLInputElement>('.search-main pagefind-input input');
							const list = document.querySelector('.search-main pagefind-results');
							if (!box || !list) {
								reject(new Error('search input or results element not found'));
								return;
							}
							const timer = setTimeout(() => {
								observer.disconnect();
								reject(new Error(`no result link for "${q}" within 15 s`));
							}, 15_000);
							const observer = new MutationObserver(() => {
								if (list.querySelector('a')) {
									observer.disconnect();
									clearTimeout(timer);
									resolve(performance.now() - start);
								}
							});
							observer.observe(list, { childList: true, subtree: true });
							const start = performance.now();
							box.value = q;
							box.dispatchEvent(new Event('input', { bubbles: true }));
						}),
					query,
				)
				.catch((err: unknown) => {
					throw new BenchError(`search for "${query}": ${err instanceof Error ? err.message : String(err)}`);
				});
			await rec.quiet(300);
			const summary = ((await page.locator('.search-main pagefind-summary').textContent()) ?? '').replace(/\s+/g, ' ').trim();
			results.push({ query, ms, summary });
			log(`  search "${query}": ${Math.round(ms)} ms (${summary || 'no summary'})`);
		}
		const warm = results.slice(1).map((r) => r.ms);
		return {
			queries: results,
			coldMs: results[0]?.ms ?? NaN,
			warmMedianMs: median(warm),
			warmMaxMs: warm.length > 0 ? Math.max(...warm) : null,
			debounceMs,
			load: await toPageLoad(url, rec),
		};
	} finally {
		await rec.context.close();
	}
}
