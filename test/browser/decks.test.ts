import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, type SiteSession } from '../support/browser.ts';
import { currentSlideId, deckUrls, openDeck } from '../support/deck.ts';

let site: SiteSession;
let decks: string[];
beforeAll(async () => {
	site = await openSite();
	const { page } = await site.newPage();
	decks = await deckUrls(page, site.origin);
	await page.context().close();
});
afterAll(async () => {
	await site?.close();
});

const FRAME = { width: 1280, height: 720 };

describe('decks index', () => {
	it('lists every article deck and the composed talk, with slide count and length', async () => {
		expect(decks.map((u) => new URL(u).pathname).sort()).toEqual([
			'/decks/rust-on-the-backend/',
			'/decks/why-rust-is-growing-fast/',
			'/decks/why-rust-on-the-backend/',
		]);
		const { page } = await site.newPage();
		await page.goto(`${site.origin}/decks/`);
		const meta = await page.locator('.deck-card .card-meta').allTextContents();
		for (const line of meta) expect(line).toMatch(/\d+ slides.*about \d+ min/);
		await expect(page.locator('.site-header nav a[href="/decks/"]').count()).resolves.toBe(1);
	});
});

describe('every deck', () => {
	it('starts with no console error and no request off localhost, and every slide has speaker notes', async () => {
		for (const url of decks) {
			const guarded = await site.newPage({ viewport: FRAME });
			await openDeck(guarded.page, url);
			const slides = await guarded.page.evaluate(() =>
				window.Reveal!.getSlides().map((s) => ({ id: s.id, notes: s.querySelector('aside.notes')?.textContent?.trim() ?? '' })),
			);
			expect(slides.length, url).toBeGreaterThan(3);
			for (const slide of slides) expect(slide.notes, `${url}#/${slide.id} has no notes`).not.toBe('');
			expect(guarded.consoleErrors, url).toEqual([]);
			expect(guarded.offsiteRequests, url).toEqual([]);
			await guarded.page.context().close();
		}
	});

	it('keeps every slide inside the 1280x720 frame with all fragments shown', async () => {
		for (const url of decks) {
			const guarded = await site.newPage({ viewport: FRAME });
			const { page } = guarded;
			await openDeck(page, url);
			const overflows = await page.evaluate(() => {
				const reveal = window.Reveal!;
				const problems: string[] = [];
				for (const slide of reveal.getSlides()) {
					const { h, v } = reveal.getIndices(slide);
					reveal.slide(h, v ?? 0, Number.MAX_SAFE_INTEGER);
					const frame = slide.getBoundingClientRect();
					const scale = reveal.getScale();
					for (const el of slide.querySelectorAll<HTMLElement>('.slide-body *')) {
						// Screen-reader-only content (KaTeX's MathML) is clipped to nothing: not drawn anywhere on the slide.
						if (el.closest('aside.notes, .katex-mathml')) continue;
						const r = el.getBoundingClientRect();
						if (r.width === 0 && r.height === 0) continue;
						const out = r.left < frame.left - 1 || r.top < frame.top - 1 || r.right > frame.right + 1 || r.bottom > frame.bottom + 1;
						if (out) problems.push(`${slide.id}: <${el.tagName.toLowerCase()} class="${el.className}"> at ${Math.round((r.bottom - frame.top) / scale)}px`);
					}
					const body = slide.querySelector<HTMLElement>('.slide-body');
					if (body && body.scrollHeight > body.clientHeight + 1) problems.push(`${slide.id}: .slide-body scrolls`);
				}
				return problems;
			});
			expect(overflows, url).toEqual([]);
			await page.context().close();
		}
	});
});

describe('presenting', () => {
	it('advances with the arrow keys and steps the takeaways one fragment at a time', async () => {
		const guarded = await site.newPage({ viewport: FRAME });
		const { page } = guarded;
		await openDeck(page, `${site.origin}/decks/why-rust-on-the-backend/`);
		expect(await currentSlideId(page)).toBe('title');
		await page.keyboard.press('ArrowRight');
		expect(await currentSlideId(page)).toBe('takeaways');
		const visible = () => page.evaluate(() => window.Reveal!.getCurrentSlide()!.querySelectorAll('.fragment.visible').length);
		expect(await visible()).toBe(0);
		await page.keyboard.press('ArrowRight');
		expect(await visible()).toBe(1);
		await page.keyboard.press('ArrowRight');
		expect(await visible()).toBe(2);
		await page.keyboard.press('ArrowLeft');
		expect(await visible()).toBe(1);
		expect(guarded.consoleErrors).toEqual([]);
	});

	it('opens the overview with Esc and leaves it with Esc', async () => {
		const { page } = await site.newPage({ viewport: FRAME });
		await openDeck(page, `${site.origin}/decks/rust-on-the-backend/`);
		await page.keyboard.press('Escape');
		await expect(page.evaluate(() => window.Reveal!.isOverview())).resolves.toBe(true);
		await page.keyboard.press('Escape');
		await expect(page.evaluate(() => window.Reveal!.isOverview())).resolves.toBe(false);
	});

	it('steps the highlighted dependency lines of a Cargo.toml', async () => {
		const guarded = await site.newPage({ viewport: FRAME });
		const { page } = guarded;
		await openDeck(page, `${site.origin}/decks/why-rust-is-growing-fast/#/cargo-1-2`);
		expect(await currentSlideId(page)).toBe('cargo-1-2');
		const lit = () => page.evaluate(() => [...window.Reveal!.getCurrentSlide()!.querySelectorAll('.line.is-lit')].map((l) => l.getAttribute('data-line')));
		const stepCount = await page.evaluate(() => window.Reveal!.getCurrentSlide()!.querySelectorAll('.code-step').length);
		expect(stepCount).toBeGreaterThan(1);
		await page.keyboard.press('ArrowRight');
		const first = await lit();
		await page.keyboard.press('ArrowRight');
		const second = await lit();
		expect(first.length).toBeGreaterThan(0);
		expect(second.length).toBeGreaterThan(0);
		expect(second).not.toEqual(first);
	});

	it('opens a named slide from its hash URL, and the article page links to it', async () => {
		const guarded = await site.newPage({ viewport: FRAME });
		const { page } = guarded;
		await page.goto(`${site.origin}/articles/why-rust-on-the-backend/`);
		await page.locator('a.slide-link', { hasText: 'this table' }).nth(1).click();
		await page.waitForURL(/\/decks\/why-rust-on-the-backend\/#\/table-2$/);
		await openDeck(page, page.url());
		expect(await currentSlideId(page)).toBe('table-2');
		await expect(page.locator('section#table-2 th').allTextContents()).resolves.toContain('Safety guarantees');
		await expect(page.locator('section#table-2 a.slide-source').getAttribute('href')).resolves.toMatch(/\/articles\/why-rust-on-the-backend\/#rust-vs-the-alternatives$/);
		expect(guarded.offsiteRequests).toEqual([]);
	});

	it('has a Present link on the article page to its deck', async () => {
		const { page } = await site.newPage();
		await page.goto(`${site.origin}/articles/why-rust-is-growing-fast/`);
		await expect(page.locator('.article-actions a.button').getAttribute('href')).resolves.toBe('/decks/why-rust-is-growing-fast/');
	});
});

describe('slide search', () => {
	it('finds a phrase from a slide and opens the deck on that slide', async () => {
		const guarded = await site.newPage({ viewport: FRAME });
		const { page } = guarded;
		await page.goto(`${site.origin}/search/`);
		await page.locator('.search-main pagefind-input input').fill('heroics');
		// A sub-result of the deck's result, linked by the slide's id (reveal reads `#<id>` as it reads `#/<id>`).
		const slideHit = page.locator('.search-main pagefind-results a.pf-heading-link[href^="/decks/why-rust-is-growing-fast/#"]').first();
		await slideHit.waitFor({ timeout: 15_000 });
		const href = (await slideHit.getAttribute('href')) ?? '';
		const slideId = href.split('#')[1] ?? '';
		expect(slideId).toMatch(/^takeaways/);
		await slideHit.click();
		await openDeck(page, page.url());
		expect(await currentSlideId(page)).toBe(slideId);
		await expect(page.locator(`section#${slideId}`).textContent()).resolves.toContain('heroics');
		expect(guarded.offsiteRequests).toEqual([]);
	});
});
