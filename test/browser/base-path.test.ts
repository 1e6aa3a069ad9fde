/**
 * Deploying under a path: the project built with `TALKBOOK_BASE=/talks/` and `TALKBOOK_SITE` set, one
 * deck exported, and `dist/` served under `/talks/` only (everything else on the host is a 404), as on a
 * static host that keeps other things at its root. Every page and every file they load or link is
 * crawled; any URL outside the base, any 404 and any request off localhost fails. Then search works there
 * and opens a deck slide, and the feed and sitemap carry absolute URLs with the base.
 */
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportDecks } from '../../scripts/export/export.ts';
import { collectingReporter } from '../../scripts/export/reporter.ts';
import { guardedPage, launchChromium } from '../../scripts/browser.ts';
import { expectClean, openSite, type SiteSession } from '../support/browser.ts';
import { startTestPresent } from '../support/present.ts';
import { waitForDeck } from '../support/deck.ts';
import { freshBuild, listFiles } from '../support/project-build.ts';

const BASE = '/talks/';
const SITE = 'https://talkbook.example';
const DECK = 'why-rust-on-the-backend';

let dir: string;
let dist: string;
let site: SiteSession;
beforeAll(async () => {
	dir = await freshBuild('base-path', {}, { TALKBOOK_BASE: BASE, TALKBOOK_SITE: SITE });
	dist = path.join(dir, 'dist');
	// The export serves the build under its own base and writes base-aware download links.
	await exportDecks({ root: dir, decks: [DECK], kinds: ['pdf', 'html', 'pptx'], build: false, reporter: collectingReporter() });
	site = await openSite(dist, BASE);
}, 240_000);
afterAll(async () => {
	await site?.close();
	if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Every page on disk as the host serves it: `dist/a/index.html` → `/talks/a/`, other `.html` files as they are. */
function pagesOnDisk(): string[] {
	return listFiles(dist)
		.filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'))
		.map((f) => BASE + (f === 'index.html' ? '' : f.endsWith('/index.html') ? f.slice(0, -'index.html'.length) : f));
}

describe(`the site under ${BASE}`, () => {
	it('has every page, asset, link and download under the base, and no 404', async () => {
		const guarded = await site.newPage();
		const { page } = guarded;
		const problems: string[] = [];
		let current = '';
		page.on('request', (r) => {
			const url = new URL(r.url());
			if (url.origin === site.origin && !url.pathname.startsWith(BASE)) problems.push(`${current}: requests ${url.pathname}, outside ${BASE}`);
		});
		page.on('response', (r) => {
			if (r.status() >= 400) problems.push(`${current}: HTTP ${r.status()} for ${r.url().replace(site.origin, '')}`);
		});

		const queue = [BASE, ...pagesOnDisk()];
		const visited = new Set<string>();
		const files = new Set<string>();
		for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
			if (visited.has(next)) continue;
			visited.add(next);
			current = next;
			await page.goto(`${site.origin}${next}`, { waitUntil: 'load' });
			if (await page.evaluate(() => document.querySelector('.reveal > .slides') !== null)) await waitForDeck(page);
			// Every URL the page names: links, stylesheets, icons, images, scripts, the feed and sitemap links.
			const urls = await page.evaluate(() =>
				[...document.querySelectorAll('[href], [src]')].map((e) => (e as HTMLAnchorElement).href || (e as HTMLImageElement).src).filter(Boolean),
			);
			for (const href of urls) {
				const url = new URL(href, `${site.origin}${next}`);
				if (url.protocol === 'file:' || url.protocol === 'mailto:') continue;
				// Absolute links to the published site (feed, canonical, slides) must keep the base too.
				const local = url.origin === site.origin || url.origin === SITE;
				if (!local) continue;
				if (!url.pathname.startsWith(BASE)) {
					problems.push(`${next}: links ${url.href}, outside ${BASE}`);
					continue;
				}
				if (url.pathname.endsWith('/') || url.pathname.endsWith('.html')) queue.push(url.pathname);
				else files.add(url.pathname);
			}
		}
		for (const file of [...files].sort()) {
			const response = await page.request.get(`${site.origin}${file}`);
			if (response.status() >= 400) problems.push(`linked file ${file}: HTTP ${response.status()}`);
		}
		for (const u of guarded.offsiteRequests) problems.push(`request off localhost: ${u}`);
		for (const e of guarded.consoleErrors) problems.push(`console error: ${e}`);

		// The crawl reached the whole site: pages, decks, the export and its download links.
		expect([...visited]).toEqual(expect.arrayContaining([BASE, `${BASE}search/`, `${BASE}decks/`, `${BASE}tags/`, `${BASE}404.html`, `${BASE}decks/${DECK}/`, `${BASE}exports/${DECK}.html`]));
		expect([...files]).toEqual(expect.arrayContaining([`${BASE}exports/${DECK}.pdf`, `${BASE}exports/${DECK}.pptx`, `${BASE}rss.xml`, `${BASE}sitemap-index.xml`, `${BASE}favicon.svg`]));
		expect([...new Set(problems)]).toEqual([]);
	});

	it('answers nothing outside the base, as a host that keeps other things at its root', async () => {
		const guarded = await site.newPage();
		const response = await guarded.page.request.get(`${site.origin}/articles/${DECK}/`);
		expect(response.status()).toBe(404);
	});

	it('searches from the header and opens a deck slide from the results', async () => {
		const guarded = await site.newPage();
		const { page } = guarded;
		const outside: string[] = [];
		page.on('request', (r) => {
			const url = new URL(r.url());
			if (url.origin === site.origin && !url.pathname.startsWith(BASE)) outside.push(url.pathname);
		});
		await page.goto(`${site.origin}${BASE}`);
		await page.keyboard.press('/');
		const input = page.locator('pagefind-modal pagefind-input input');
		await input.waitFor();
		await input.fill('alternatives');
		const results = page.locator('pagefind-modal pagefind-results a');
		await results.first().waitFor({ timeout: 15_000 });
		const hrefs = await results.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href') ?? ''));
		expect(hrefs.length).toBeGreaterThan(0);
		expect(hrefs.filter((h) => !h.startsWith(BASE))).toEqual([]);
		// A slide sub-result links `#<slide-id>`; reveal opens that slide and writes `#/<slide-id>` back.
		const slide = hrefs.find((h) => h.startsWith(`${BASE}decks/`) && h.includes('#'));
		expect(slide, hrefs.join(', ')).toBeDefined();
		await page.locator(`pagefind-modal pagefind-results a[href="${slide}"]`).first().click();
		await page.waitForURL((url) => url.pathname.startsWith(`${BASE}decks/`));
		await waitForDeck(page);
		const shown = await page.evaluate(() => window.Reveal!.getCurrentSlide()?.id ?? '');
		expect(`#${shown}`).toBe(new URL(slide!, site.origin).hash);
		// The search UI, its index and the deck all loaded from under the base.
		expect(outside).toEqual([]);
		expect(guarded.consoleErrors).toEqual([]);
		expect(guarded.offsiteRequests).toEqual([]);
	});

	it('finds results on the search page too, every one under the base', async () => {
		const guarded = await site.newPage();
		const { page } = guarded;
		await page.goto(`${site.origin}${BASE}search/?q=sccache`);
		const results = page.locator('.search-main pagefind-results a');
		await results.first().waitFor({ timeout: 15_000 });
		const hrefs = await results.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href') ?? ''));
		expect(hrefs).toContain(`${BASE}articles/why-rust-is-growing-fast/`);
		expect(hrefs.filter((h) => !h.startsWith(BASE))).toEqual([]);
	});
});

describe('feed and sitemap with a site URL', () => {
	it('lists every article in rss.xml with its absolute URL, base included, linked from every page head', async () => {
		const rss = readFileSync(path.join(dist, 'rss.xml'), 'utf8');
		const links = [...rss.matchAll(/<item>[\s\S]*?<link>([^<]+)<\/link>/g)].map((m) => m[1]);
		const articles = listFiles(dist, 'articles').filter((f) => f.endsWith('/index.html')).map((f) => `${SITE}${BASE}${f.slice(0, -'index.html'.length)}`);
		expect(articles.length).toBeGreaterThanOrEqual(2);
		expect([...links].sort()).toEqual(articles.sort());
		const guarded = await site.newPage();
		await guarded.page.goto(`${site.origin}${BASE}articles/${DECK}/`);
		await expect(guarded.page.locator('link[rel="alternate"][type="application/rss+xml"]').getAttribute('href')).resolves.toBe(`${BASE}rss.xml`);
		await expect(guarded.page.locator('link[rel="sitemap"]').getAttribute('href')).resolves.toBe(`${BASE}sitemap-index.xml`);
		await expect(guarded.page.locator('link[rel="canonical"]').getAttribute('href')).resolves.toBe(`${SITE}${BASE}articles/${DECK}/`);
	});

	it('lists every page in the sitemap with its absolute URL, base included', () => {
		const index = readFileSync(path.join(dist, 'sitemap-index.xml'), 'utf8');
		const maps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? '');
		expect(maps.length).toBeGreaterThan(0);
		const locs = maps.flatMap((map) => {
			expect(map.startsWith(`${SITE}${BASE}`)).toBe(true);
			const xml = readFileSync(path.join(dist, map.slice(`${SITE}${BASE}`.length)), 'utf8');
			return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? '');
		});
		expect(locs).toEqual(expect.arrayContaining([`${SITE}${BASE}`, `${SITE}${BASE}articles/${DECK}/`, `${SITE}${BASE}decks/${DECK}/`, `${SITE}${BASE}search/`]));
		expect(locs.filter((loc) => !loc.startsWith(`${SITE}${BASE}`))).toEqual([]);
	});
});

describe(`presenting the build under ${BASE}`, () => {
	it('serves it under its base: the follower follows the remote, and nothing is requested outside the base and /_present/', async () => {
		const server = await startTestPresent({ decks: [DECK], dist });
		const browser = await launchChromium();
		try {
			const problems: string[] = [];
			const open = async (link: string) => {
				const guarded = await guardedPage(await browser.newContext({ viewport: { width: 1280, height: 720 } }));
				guarded.page.on('request', (r) => {
					const url = new URL(r.url());
					if (!url.pathname.startsWith(BASE) && !url.pathname.startsWith('/_present/')) problems.push(`requests ${url.pathname}`);
				});
				guarded.page.on('response', (r) => {
					if (r.status() >= 400) problems.push(`HTTP ${r.status()} for ${r.url()}`);
				});
				await guarded.page.goto(link);
				return guarded;
			};
			const follower = await open(server.links.follow);
			expect(new URL(follower.page.url()).pathname).toBe(`${BASE}decks/${DECK}/`);
			await follower.page.waitForFunction(() => document.documentElement.dataset['presentStatus'] === 'open');
			const remote = await open(server.links.remote);
			await remote.page.waitForSelector('.remote[data-state="open"][data-seq]');
			await remote.page.click('.remote-go');
			await expect.poll(() => follower.page.evaluate(() => window.Reveal!.getIndices().h)).toBe(1);
			expect(problems).toEqual([]);
			expectClean(follower);
			expectClean(remote);
		} finally {
			await browser.close();
			await server.close();
		}
	});
});

describe('the default build: no site URL', () => {
	it('writes no feed or sitemap, links none, and names no absolute address of its own', () => {
		const main = path.resolve('dist');
		const files = listFiles(main);
		expect(files.filter((f) => f === 'rss.xml' || f.startsWith('sitemap'))).toEqual([]);
		for (const file of files.filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/') && !f.startsWith('exports/'))) {
			const html = readFileSync(path.join(main, file), 'utf8');
			expect(html, file).not.toMatch(/rel="(canonical|alternate|sitemap)"/);
			expect(html, file).not.toMatch(/localhost|127\.0\.0\.1/);
		}
	});
});
