import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectClean, openSite, type SiteSession } from '../support/browser.ts';
import { currentSlideId, waitForDeck } from '../support/deck.ts';

let site: SiteSession;
beforeAll(async () => {
	site = await openSite();
});
afterAll(async () => {
	await site?.close();
});

const ARTICLES = ['/articles/why-rust-is-growing-fast/', '/articles/why-rust-on-the-backend/'];
const COMPOSED = '/decks/rust-on-the-backend/';

/** A hit as pagefind's JS API returns it: the record's URL and the URLs of its sub-results. */
interface Hit {
	url: string;
	subs: string[];
}

/** pagefind's JS API in a page of the site: `search(word)` → every hit in rank order. */
async function search(page: Page, words: readonly string[]): Promise<Map<string, Hit[]>> {
	const found = await page.evaluate(async (ws) => {
		// Written as a string so the test runner leaves the browser's own import() alone.
		const loadPagefind = new Function('return import("/pagefind/pagefind.js")') as () => Promise<unknown>;
		type Result = { data(): Promise<{ url: string; sub_results: { url: string }[] }> };
		const pf = (await loadPagefind()) as { search(q: string): Promise<{ results: Result[] }> };
		const out: [string, { url: string; subs: string[] }[]][] = [];
		for (const w of ws) {
			const { results } = await pf.search(w);
			const data = await Promise.all(results.map((r) => r.data()));
			out.push([w, data.map((d) => ({ url: d.url, subs: d.sub_results.map((s) => s.url) }))]);
		}
		return out;
	}, words);
	return new Map(found);
}

/** The words pagefind indexed for each article page (from its own `content`), lower-cased, 4+ letters. */
async function articleWords(page: Page): Promise<Map<string, Set<string>>> {
	const contents = await page.evaluate(async () => {
		const loadPagefind = new Function('return import("/pagefind/pagefind.js")') as () => Promise<unknown>;
		type Result = { data(): Promise<{ url: string; content: string }> };
		const pf = (await loadPagefind()) as { search(q: null, o: object): Promise<{ results: Result[] }> };
		const { results } = await pf.search(null, { filters: { type: 'Article' } });
		return Promise.all(results.map(async (r) => {
			const d = await r.data();
			return [d.url, d.content] as const;
		}));
	});
	return new Map(contents.map(([url, content]) => [url, new Set(content.toLowerCase().match(/\b[a-z][a-z-]{3,}\b/g) ?? [])]));
}

/** Every `step`-th item, so a test covers a whole article's vocabulary without searching all of it. */
function spread<T>(items: readonly T[], count: number): T[] {
	const step = Math.max(1, Math.floor(items.length / count));
	return items.filter((_, i) => i % step === 0).slice(0, count);
}

describe('search ranking', () => {
	it('puts an article first for words of each article, and the article above its own deck', async () => {
		const guarded = await site.newPage();
		const { page } = guarded;
		await page.goto(`${site.origin}/404.html`);
		const words = await articleWords(page);
		expect([...words.keys()].sort()).toEqual([...ARTICLES].sort());
		for (const [article, own] of words) {
			const others = [...words].filter(([url]) => url !== article).flatMap(([, w]) => [...w]);
			const unique = spread([...own].filter((w) => !others.includes(w)).sort(), 25);
			const shared = spread([...own].filter((w) => others.includes(w)).sort(), 15);
			expect(unique.length, article).toBeGreaterThan(10);
			const hits = await search(page, [...unique, ...shared]);
			for (const [word, results] of hits) {
				const urls = results.map((r) => r.url);
				expect(urls, word).toContain(article);
				// The first hit is an article page, and the article ranks above its own deck.
				expect(urls[0], word).toMatch(/^\/articles\//);
				const ownDeck = urls.indexOf(article.replace('/articles/', '/decks/'));
				if (ownDeck >= 0) expect(urls.indexOf(article), `${word}: ${urls.join(' ')}`).toBeLessThan(ownDeck);
				// A word no other article has (as pagefind stems it): this article comes first.
				if (urls.filter((u) => u.startsWith('/articles/')).length === 1) expect(urls[0], word).toBe(article);
			}
		}
		expectClean(guarded);
	});
});

describe('search results', () => {
	it('lists each page once, and each slide once: a composed talk does not repeat its article decks’ slides', async () => {
		const guarded = await site.newPage();
		const { page } = guarded;
		await page.goto(`${site.origin}/404.html`);
		const hits = await search(page, ['tokio', 'serde', 'latency', 'cargo', 'heroics', 'sccache', 'Discord', 'agenda']);
		for (const [word, results] of hits) {
			const urls = results.map((r) => r.url);
			expect(new Set(urls).size, word).toBe(urls.length);
			const subs = results.flatMap((r) => r.subs);
			expect(new Set(subs).size, word).toBe(subs.length);
		}
		// Borrowed slides (the 2023 article's TL;DR) are found in their article's deck only; the talk's own slides are found in the talk.
		const borrowed = (hits.get('heroics') ?? []).map((r) => r.url);
		expect(borrowed).toContain('/decks/why-rust-is-growing-fast/');
		expect(borrowed).not.toContain(COMPOSED);
		expect((hits.get('agenda') ?? []).map((r) => r.url)).toContain(COMPOSED);
		// One record per page: the three decks are three records, not one per slide.
		const records = await page.evaluate(async () => {
			const res = await fetch('/pagefind/pagefind-entry.json');
			return ((await res.json()) as { languages: Record<string, { page_count: number }> }).languages['en']?.page_count;
		});
		expect(records).toBe(ARTICLES.length + 3);
		expectClean(guarded);
	});

	it('shows the two articles first for "tokio" on /search/, then the decks with their slides under them', async () => {
		const guarded = await site.newPage();
		const { page } = guarded;
		await page.goto(`${site.origin}/search/?q=tokio`);
		const titles = page.locator('.search-main pagefind-results .pf-result-link');
		await titles.first().waitFor({ timeout: 15_000 });
		await page.waitForFunction(() => document.querySelectorAll('.search-main pagefind-results .pf-result-link').length >= 4);
		const hrefs = await titles.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
		expect(hrefs.slice(0, 2).sort()).toEqual([...ARTICLES].sort());
		expect(hrefs.slice(2).every((h) => h.startsWith('/decks/'))).toBe(true);
		expect(new Set(hrefs).size).toBe(hrefs.length);
		// "deck → slide": the deck's result holds its slides as sub-results, linked to the slide's id.
		const deck = page.locator('.search-main pagefind-results .pf-result', { has: page.locator('a.pf-result-link[href="/decks/why-rust-is-growing-fast/"]') });
		const slides = await deck.locator('a.pf-heading-link').evaluateAll((as) => as.map((a) => [a.getAttribute('href') ?? '', a.textContent ?? '']));
		expect(slides.length).toBeGreaterThan(0);
		for (const [href, title] of slides) {
			expect(href).toMatch(/^\/decks\/why-rust-is-growing-fast\/#[a-z][\w-]*$/);
			expect(title?.trim()).not.toBe('');
		}
		await expect(deck.locator('a.pf-result-link').textContent()).resolves.toBe('Why Rust Is Growing Fast in Backend Engineering (slides)');
		expectClean(guarded);
	});

	it('reads excerpts as text: no doubled words, no space before punctuation, no slide chrome', async () => {
		const guarded = await site.newPage();
		const { page } = guarded;
		const excerpts: string[] = [];
		for (const query of ['tokio', 'serde', 'dependencies', 'Cargo.toml', 'sccache', 'latency', 'crate']) {
			await page.goto(`${site.origin}/search/?q=${encodeURIComponent(query)}`);
			await page.locator('.search-main pagefind-results .pf-result-excerpt').first().waitFor({ timeout: 15_000 });
			await page.waitForFunction(() => !document.querySelector('.search-main pagefind-results .pf-skeleton'));
			excerpts.push(...(await page.locator('.search-main pagefind-results :is(.pf-result-excerpt, .pf-heading-excerpt)').allTextContents()));
		}
		expect(excerpts.length).toBeGreaterThan(20);
		for (const excerpt of excerpts) {
			expect(excerpt, excerpt).not.toMatch(/(?<![-=|]) [,.;:!?)](?!\S)|\( /);
			expect(excerpt, excerpt).not.toMatch(/(\[[\w.-]+\]) \1/);
			expect(excerpt, excerpt).not.toMatch(/\b([A-Za-z][\w.-]{3,}) \1\b/);
			expect(excerpt, excerpt).not.toMatch(/↩|localhost|CrateVersion/);
		}
		expectClean(guarded);
	});
});

describe('slide hits', () => {
	it('open the deck on that slide, and reveal writes the slide’s #/id address', async () => {
		const guarded = await site.newPage({ viewport: { width: 1280, height: 720 } });
		const { page } = guarded;
		await page.goto(`${site.origin}/search/?q=${encodeURIComponent('heroics')}`);
		const slide = page.locator('.search-main pagefind-results a.pf-heading-link[href^="/decks/why-rust-is-growing-fast/#"]').first();
		await slide.waitFor({ timeout: 15_000 });
		const id = ((await slide.getAttribute('href')) ?? '').split('#')[1] ?? '';
		expect(id).toMatch(/^takeaways/);
		await slide.click();
		await waitForDeck(page);
		expect(await currentSlideId(page)).toBe(id);
		await page.waitForFunction((want) => location.hash === want, `#/${id}`);
		await expect(page.locator(`section#${id}`).textContent()).resolves.toContain('heroics');
		expectClean(guarded);
	});

	it('are for what slides say: code, Cargo files and table cells are found once, on the article', async () => {
		const guarded = await site.newPage();
		const { page } = guarded;
		await page.goto(`${site.origin}/404.html`);
		// A Cargo feature, a function of a code block and a cell of the comparison table: each on a deck slide too.
		const hits = await search(page, ['runtime-tokio-rustls', 'load_config', 'battle-hardened']);
		for (const [word, results] of hits) {
			const urls = results.map((r) => r.url);
			expect(urls.length, word).toBeGreaterThan(0);
			expect(urls.filter((u) => u.startsWith('/decks/')), word).toEqual([]);
		}
		expectClean(guarded);
	});
});

describe('search filters', () => {
	it('shows each filter group once, with its name, on /search/, and filters by type and tag', async () => {
		const guarded = await site.newPage();
		const { page } = guarded;
		await page.goto(`${site.origin}/search/?q=tokio`);
		await page.locator('.search-main pagefind-results .pf-result-link').first().waitFor({ timeout: 15_000 });
		const groups = page.locator('.search-filters .pf-filter-group-name');
		await groups.first().waitFor();
		expect((await groups.allTextContents()).map((t) => t.trim().toLowerCase()).sort()).toEqual(['tag', 'type']);
		const values = await page.locator('.search-filters input[name="type"]').evaluateAll((is) => is.map((i) => (i as HTMLInputElement).value).sort());
		expect(values).toEqual(['Article', 'Deck']);
		const links = () => page.locator('.search-main pagefind-results .pf-result-link').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
		await page.locator('.search-filters input[name="type"][value="Deck"]').check();
		await page.waitForFunction(() => {
			const hrefs = [...document.querySelectorAll('.search-main pagefind-results .pf-result-link')].map((a) => a.getAttribute('href') ?? '');
			return hrefs.length === 3 && hrefs.every((h) => h.startsWith('/decks/'));
		});
		await page.locator('.search-filters input[name="type"][value="Deck"]').uncheck();
		await page.locator('.search-filters input[name="tag"][value="cargo"]').check();
		await page.waitForFunction(() => document.querySelectorAll('.search-main pagefind-results .pf-result-link').length === 3);
		// Only the 2023 article is tagged cargo: it, its deck, and the composed talk, which carries the tags of both its articles.
		expect((await links()).sort()).toEqual(['/articles/why-rust-is-growing-fast/', COMPOSED, '/decks/why-rust-is-growing-fast/']);
		expectClean(guarded);
	});

	it('on a phone, puts the query box, then the closed filter groups, then the results in the first screen', async () => {
		const guarded = await site.newPage({ viewport: { width: 390, height: 844 } });
		const { page } = guarded;
		await page.goto(`${site.origin}/search/?q=tokio`);
		const first = page.locator('.search-main pagefind-results .pf-result-link').first();
		await first.waitFor({ timeout: 15_000 });
		const top = async (selector: string) => (await page.locator(selector).first().boundingBox())?.y ?? Number.NaN;
		const [input, filters, result] = [await top('.search-main pagefind-input'), await top('.search-filters'), await top('.search-main pagefind-results .pf-result')];
		expect(input).toBeLessThan(filters);
		expect(filters).toBeLessThan(result);
		expect(result + 80).toBeLessThan(844);
		// Closed, and a tap opens a group.
		await expect(page.locator('.search-filters input[name="type"]').first().isVisible()).resolves.toBe(false);
		await page.locator('.search-filters .pf-filter-group-name', { hasText: /type/i }).first().click();
		await page.locator('.search-filters input[name="type"][value="Deck"]').waitFor({ state: 'visible' });
		expectClean(guarded);
	});

	it('filters by type in the header modal', async () => {
		const guarded = await site.newPage();
		const { page } = guarded;
		await page.goto(`${site.origin}/`);
		await page.keyboard.press('/');
		const input = page.locator('pagefind-modal pagefind-input input');
		await input.waitFor();
		await input.fill('tokio');
		const links = () => page.locator('pagefind-modal pagefind-results .pf-result-link').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
		await page.locator('pagefind-modal pagefind-results .pf-result-link').first().waitFor({ timeout: 15_000 });
		expect((await links()).some((h) => h.startsWith('/decks/'))).toBe(true);
		await page.locator('pagefind-modal pagefind-filter-dropdown[filter="type"] button').first().click();
		await page.locator('pagefind-modal [role="option"]', { hasText: 'Article' }).click();
		await page.waitForFunction(() => {
			const hrefs = [...document.querySelectorAll('pagefind-modal pagefind-results .pf-result-link')].map((a) => a.getAttribute('href') ?? '');
			return hrefs.length > 0 && hrefs.every((h) => h.startsWith('/articles/'));
		});
		expect((await links()).sort()).toEqual([...ARTICLES].sort());
		expectClean(guarded);
	});
});
