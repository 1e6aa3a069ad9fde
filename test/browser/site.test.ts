import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectClean, openSite, type GuardedPage, type SiteSession } from '../support/browser.ts';

let site: SiteSession;
beforeAll(async () => {
	site = await openSite();
});
afterAll(async () => {
	await site?.close();
});

const ARTICLE_000 = '/articles/why-rust-on-the-backend/';
const ARTICLE_003 = '/articles/why-rust-is-growing-fast/';

async function searchFor(guarded: GuardedPage, query: string): Promise<string[]> {
	const { page } = guarded;
	await page.goto(`${site.origin}/search/`);
	const input = page.locator('.search-main pagefind-input input');
	await input.fill(query);
	const results = page.locator('.search-main pagefind-results a');
	await results.first().waitFor({ timeout: 15_000 });
	return results.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

describe('home', () => {
	it('lists both articles with description, date and tags', async () => {
		const guarded = await site.newPage();
		await guarded.page.goto(`${site.origin}/`);
		const cards = guarded.page.locator('.card');
		await expect(cards.count()).resolves.toBe(2);
		const titles = await guarded.page.locator('.card-title').allTextContents();
		expect(titles).toEqual(['Why Rust Is Growing Fast in Backend Engineering', 'Why Rust on the Backend']);
		await expect(guarded.page.locator('.card time').first().getAttribute('datetime')).resolves.toBe('2023-07-20');
		await expect(guarded.page.locator('.card .tag').count()).resolves.toBeGreaterThan(4);
		await expect(guarded.page.locator('.card-description').first().textContent()).resolves.toContain('propose Rust to your team');
		expectClean(guarded);
	});
});

describe('article page', () => {
	it('shows the Cargo.toml highlighted under its title, and the comparison tables', async () => {
		const guarded = await site.newPage();
		const { page } = guarded;
		await page.goto(`${site.origin}${ARTICLE_003}`);
		const figure = page.locator('figure.code-figure', { has: page.locator('figcaption', { hasText: /^Cargo\.toml$/ }) });
		await expect(figure.count()).resolves.toBe(1);
		const tokenColours = await figure.locator('pre.astro-code .line > span').evaluateAll((spans) =>
			new Set(spans.map((s) => getComputedStyle(s).color)).size,
		);
		expect(tokenColours).toBeGreaterThan(2);
		await expect(figure.locator('code').textContent()).resolves.toContain('tokio = { version = "1.29", features = ["full"] }');
		await expect(page.locator('figcaption', { hasText: '~/.cargo/config.toml' }).count()).resolves.toBe(1);
		const tables = page.locator('.prose .table-scroll table');
		await expect(tables.count()).resolves.toBeGreaterThanOrEqual(2);
		await expect(tables.first().locator('td').allTextContents()).resolves.toEqual(expect.arrayContaining(['1.2 GB', '110 MB']));
		expectClean(guarded);
	});

	it('has heading anchors, a table of contents, tags and series navigation with the upcoming part unlinked', async () => {
		const guarded = await site.newPage();
		const { page } = guarded;
		await page.goto(`${site.origin}${ARTICLE_000}`);
		await expect(page.locator('h2#key-takeaways a.heading-anchor').getAttribute('href')).resolves.toBe('#key-takeaways');
		await expect(page.locator('.toc a[href="#rust-vs-the-alternatives"]').count()).resolves.toBe(1);
		await expect(page.locator('.article-header .tag').allTextContents()).resolves.toContain('rust');
		const upcoming = page.locator('.series-upcoming');
		await expect(upcoming.textContent()).resolves.toContain('Ownership Without the Meme');
		await expect(upcoming.locator('a').count()).resolves.toBe(0);
		await expect(page.locator('.article-meta').textContent()).resolves.toMatch(/\d+ min read/);
		expectClean(guarded);
	});

	it('keeps wide tables inside a scroll region on a phone', async () => {
		const guarded = await site.newPage({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
		const { page } = guarded;
		await page.goto(`${site.origin}${ARTICLE_000}`);
		const pageOverflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
		expect(pageOverflow).toBeLessThanOrEqual(0);
		const region = await page.locator('.table-scroll').first().evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
		expect(region.scroll).toBeGreaterThan(region.client);
		expectClean(guarded);
	});

	it('ships no JavaScript until search is asked for', async () => {
		const guarded = await site.newPage();
		const scripts: string[] = [];
		guarded.page.on('request', (r) => {
			if (r.resourceType() === 'script') scripts.push(r.url());
		});
		await guarded.page.goto(`${site.origin}${ARTICLE_000}`, { waitUntil: 'networkidle' });
		expect(scripts).toEqual([]);
		await guarded.page.keyboard.press('/');
		await guarded.page.locator('pagefind-modal dialog[open]').waitFor();
		expect(scripts.some((s) => s.endsWith('/pagefind/pagefind-component-ui.js'))).toBe(true);
		expectClean(guarded);
	});
});

describe('search', () => {
	it('finds the 2023 article for "sccache"', async () => {
		const guarded = await site.newPage();
		expect(await searchFor(guarded, 'sccache')).toContain(ARTICLE_003);
		expectClean(guarded);
	});

	it('finds the Rust-on-the-backend article for "Discord", with a highlighted excerpt', async () => {
		const guarded = await site.newPage();
		const paths = await searchFor(guarded, 'Discord');
		expect(paths[0]).toBe(ARTICLE_000);
		await expect(guarded.page.locator('.search-main pagefind-results mark').first().textContent()).resolves.toMatch(/discord/i);
		expectClean(guarded);
	});

	it('keeps the query in the address, so a search can be linked and reloaded', async () => {
		const guarded = await site.newPage();
		const { page } = guarded;
		await page.goto(`${site.origin}/search/?q=sccache`);
		await page.locator('.search-main pagefind-results a[href="/articles/why-rust-is-growing-fast/"]').first().waitFor({ timeout: 15_000 });
		await page.locator('.search-main pagefind-input input').fill('Discord');
		await page.waitForURL(/\/search\/\?q=Discord$/);
		expectClean(guarded);
	});

	it('opens from the header with Ctrl+K and shows sub-results per heading', async () => {
		const guarded = await site.newPage();
		const { page } = guarded;
		await page.goto(`${site.origin}/`);
		await page.keyboard.press('Control+k');
		const input = page.locator('pagefind-modal pagefind-input input');
		await input.waitFor();
		await input.fill('tokio');
		await page.locator('pagefind-modal pagefind-results a').first().waitFor({ timeout: 15_000 });
		const hrefs = await page.locator('pagefind-modal pagefind-results a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href') ?? ''));
		expect(hrefs.some((h) => h.includes('#'))).toBe(true);
		expectClean(guarded);
	});
});

/** `#F97583` → `rgb(249, 117, 131)`, as getComputedStyle reports colours. */
function hexToRgb(hex: string): string {
	const n = Number.parseInt(hex.replace('#', '').slice(0, 6), 16);
	return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}

describe('theme', () => {
	it('toggles dark mode and remembers it across pages', async () => {
		const guarded = await site.newPage({ colorScheme: 'light' });
		const { page } = guarded;
		await page.goto(`${site.origin}/`);
		const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
		const light = await background();
		await page.locator('[data-theme-toggle]').click();
		await expect(page.evaluate(() => document.documentElement.dataset['theme'])).resolves.toBe('dark');
		await expect(page.locator('[data-theme-toggle]').getAttribute('aria-pressed')).resolves.toBe('true');
		const dark = await background();
		expect(dark).not.toBe(light);
		await page.goto(`${site.origin}${ARTICLE_000}`);
		await expect(background()).resolves.toBe(dark);
		// Comments (github-dark's #6A737D) are lifted to a readable grey by code.css; any other token keeps its theme colour.
		const keyword = page.locator('pre.astro-code .line > span:not(.tk5):not([style*="--shiki-dark:#6A737D" i])').first();
		const darkCode = await keyword.evaluate((el) => getComputedStyle(el).color);
		expect(darkCode).toBe(await keyword.evaluate((el) => getComputedStyle(el).getPropertyValue('--shiki-dark').trim()).then(hexToRgb));
		expectClean(guarded);
	});

	it('follows prefers-color-scheme when the reader has not picked', async () => {
		const guarded = await site.newPage({ colorScheme: 'dark' });
		await guarded.page.goto(`${site.origin}/`);
		await expect(guarded.page.locator('[data-theme-toggle]').getAttribute('aria-pressed')).resolves.toBe('true');
		expectClean(guarded);
	});
});

describe('404', () => {
	it('serves a helpful not-found page', async () => {
		const guarded = await site.newPage();
		const response = await guarded.page.goto(`${site.origin}/no-such-page/`);
		expect(response?.status()).toBe(404);
		await expect(guarded.page.locator('h1').textContent()).resolves.toBe('Page not found');
		expect(guarded.offsiteRequests).toEqual([]);
	});
});
