/**
 * Reader comforts on an article page: a Copy button and a label (file title or language) on every code
 * block, reachable by keyboard and announced; the contents box marks the section being read, sits beside
 * the text on a wide screen and under the title, closed, on a phone.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectClean, openSite, type SiteSession } from '../support/browser.ts';

const ARTICLE = '/articles/why-rust-is-growing-fast/';
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };

let site: SiteSession;
beforeAll(async () => {
	site = await openSite();
});
afterAll(async () => {
	await site?.close();
});

/** Tabs from the top of the page until `selector` has focus; the number of presses, or null if never. */
async function tabTo(page: Page, selector: string, limit = 300): Promise<number | null> {
	for (let presses = 1; presses <= limit; presses++) {
		await page.keyboard.press('Tab');
		if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return presses;
	}
	return null;
}

describe('code blocks', () => {
	it('every code block has a Copy button and shows its file title or its language', async () => {
		const guarded = await site.newPage({ viewport: DESKTOP });
		const { page } = guarded;
		await page.goto(`${site.origin}${ARTICLE}`);
		const blocks = await page.locator('.prose pre').evaluateAll((pres) =>
			pres.map((pre) => {
				const block = pre.closest('.code-block');
				const label = block?.querySelector('.code-title, .code-lang');
				const button = block?.querySelector('button.code-copy');
				const visible = (e: Element | null | undefined) => !!e && e.getBoundingClientRect().height > 0 && getComputedStyle(e).visibility !== 'hidden';
				return { label: label?.textContent?.trim() ?? '', labelShown: visible(label), button: visible(button), name: button?.getAttribute('aria-label') ?? '' };
			}),
		);
		expect(blocks.length).toBeGreaterThanOrEqual(3);
		for (const block of blocks) expect(block).toMatchObject({ labelShown: true, button: true, name: 'Copy code' });
		const labels = blocks.map((b) => b.label);
		expect(labels).toEqual(expect.arrayContaining(['Cargo.toml', '~/.cargo/config.toml', 'rust']));
		expectClean(guarded);
	});

	it('copies the code from the keyboard and announces "Copied"', async () => {
		const guarded = await site.newPage({ viewport: DESKTOP, permissions: ['clipboard-read', 'clipboard-write'] });
		const { page } = guarded;
		await page.goto(`${site.origin}${ARTICLE}`);
		expect(await tabTo(page, 'button.code-copy')).not.toBeNull();
		const expected = await page.evaluate(() => document.activeElement?.closest('.code-block')?.querySelector('pre code')?.textContent ?? '');
		expect(expected.length).toBeGreaterThan(20);
		await page.keyboard.press('Enter');
		const status = page.locator('[role="status"]#site-status');
		await page.waitForFunction(() => document.getElementById('site-status')?.textContent === 'Copied');
		await expect(status.textContent()).resolves.toBe('Copied');
		await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Copied');
		await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(expected);
		expectClean(guarded);
	});
});

describe('the inline script', () => {
	it('stays small: the one script of an article page, minified, under 3.5 KB', async () => {
		const guarded = await site.newPage({ viewport: DESKTOP });
		await guarded.page.goto(`${site.origin}${ARTICLE}`);
		const scripts = await guarded.page.locator('script').evaluateAll((all) => all.map((s) => ({ src: (s as HTMLScriptElement).src, bytes: new TextEncoder().encode(s.textContent ?? '').length })));
		expect(scripts.map((s) => s.src)).toEqual(['']);
		expect(scripts[0]!.bytes).toBeLessThan(3_500);
	});
});

describe('contents box', () => {
	/** The contents link that is marked current, once there is exactly one. */
	async function currentEntry(page: Page): Promise<string> {
		await page.waitForFunction(() => document.querySelectorAll('.toc a[aria-current="true"]').length === 1);
		return page.evaluate(() => document.querySelector('.toc a[aria-current="true"]')?.getAttribute('href') ?? '');
	}

	it('marks the section being read as the reader scrolls or jumps', async () => {
		const guarded = await site.newPage({ viewport: DESKTOP });
		const { page } = guarded;
		await page.goto(`${site.origin}${ARTICLE}`);
		const ids = await page.locator('.toc a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).hash.slice(1)));
		expect(ids.length).toBeGreaterThan(3);
		await expect(currentEntry(page)).resolves.toBe(`#${ids[0]}`);
		// A jump far down (as a link or the End key makes), then one back up.
		for (const id of [ids.at(-2), ids[2], ids[1]]) {
			await page.evaluate((target) => document.getElementById(target!)?.scrollIntoView({ block: 'start' }), id);
			await page.waitForFunction((target) => document.querySelector('.toc a[aria-current="true"]')?.getAttribute('href') === `#${target}`, id);
			await expect(currentEntry(page)).resolves.toBe(`#${id}`);
		}
		expectClean(guarded);
	});

	it('is open beside the text on a wide screen', async () => {
		const guarded = await site.newPage({ viewport: DESKTOP });
		const { page } = guarded;
		await page.goto(`${site.origin}${ARTICLE}`);
		await expect(page.locator('.toc details').getAttribute('open')).resolves.not.toBeNull();
		const toc = (await page.locator('.toc').boundingBox())!;
		const prose = (await page.locator('.prose').boundingBox())!;
		expect(toc.x).toBeGreaterThanOrEqual(prose.x + prose.width);
		await expect(page.locator('.toc a').first().isVisible()).resolves.toBe(true);
	});

	it('sits under the title on a phone, closed, and opens on a tap', async () => {
		const guarded = await site.newPage({ viewport: PHONE, isMobile: true, hasTouch: true });
		const { page } = guarded;
		await page.goto(`${site.origin}${ARTICLE}`);
		await expect(page.locator('.toc details').getAttribute('open')).resolves.toBeNull();
		const title = (await page.locator('.article-header h1').boundingBox())!;
		const toc = (await page.locator('.toc').boundingBox())!;
		const prose = (await page.locator('.prose').boundingBox())!;
		expect(toc.y).toBeGreaterThan(title.y + title.height);
		expect(toc.y + toc.height).toBeLessThanOrEqual(prose.y);
		// Closed, it is one line: the text starts within the first screen.
		expect(prose.y).toBeLessThan(PHONE.height);
		await expect(page.locator('.toc a').first().isVisible()).resolves.toBe(false);
		await page.locator('.toc summary').tap();
		await expect(page.locator('.toc a').first().isVisible()).resolves.toBe(true);
		expectClean(guarded);
	});
});
