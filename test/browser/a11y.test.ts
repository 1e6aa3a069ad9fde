import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { AxeResults } from 'axe-core';
import { openSite, type GuardedPage, type SiteSession } from '../support/browser.ts';
import { deckUrls, openDeck } from '../support/deck.ts';

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core');
const ARTICLE = '/articles/why-rust-on-the-backend/';
/** The deck with every slide kind: title, takeaways, tables and their charts, code and a before/after pair, Cargo configs and the stack slide. */
const DECK = '/decks/why-rust-is-growing-fast/';
/** The composed talk is the dark theme. */
const TALK = '/decks/rust-on-the-backend/';

let site: SiteSession;
beforeAll(async () => {
	site = await openSite();
});
afterAll(async () => {
	await site?.close();
});

/** Waits (up to 3 s) for running CSS transitions that change how text looks, such as a slide or fragment fading in, to end. */
async function transitionsDone(page: Page): Promise<void> {
	await page.evaluate(async () => {
		const visual = new Set(['opacity', 'visibility', 'color', 'background-color', 'filter', 'all']);
		const running = document.getAnimations().filter((a) => a instanceof CSSTransition && visual.has(a.transitionProperty));
		await Promise.race([Promise.allSettled(running.map((a) => a.finished)), new Promise((resolve) => setTimeout(resolve, 3000))]);
	});
}

/** Runs axe-core on the whole document, or only inside the elements `include` selects. */
async function axeRun(page: Page, include?: string): Promise<AxeResults> {
	if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE_PATH });
	return page.evaluate((selector) => {
		const { axe } = window as unknown as { axe: { run: (ctx: unknown, opts: object) => Promise<AxeResults> } };
		return axe.run(selector ? { include: [[selector]] } : document, { resultTypes: ['violations'] });
	}, include);
}

/**
 * Runs axe-core on the page once transitions are over; returns the serious and critical violations, one
 * line each. A half-faded element has a contrast it never keeps, so a page with violations is checked a
 * second time a moment later and only what is still wrong is reported.
 */
async function seriousViolations(page: Page, include?: string): Promise<string[]> {
	const serious = (results: AxeResults) => results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
	await transitionsDone(page);
	let violations = serious(await axeRun(page, include));
	if (violations.length > 0) {
		await page.waitForTimeout(1000);
		await transitionsDone(page);
		violations = serious(await axeRun(page, include));
	}
	return violations.map((v) => {
		const targets = v.nodes.map((n) => n.target.join(' '));
		const more = targets.length > 8 ? ` (+${targets.length - 8} more)` : '';
		const detail = v.id === 'color-contrast' ? ` [${v.nodes.slice(0, 3).map((n) => JSON.stringify(n.any[0]?.data)).join('; ')}]` : '';
		return `${v.impact} ${v.id}: ${v.help} — ${targets.slice(0, 8).join(', ')}${more}${detail}`;
	});
}

async function withPage<T>(options: Parameters<SiteSession['newPage']>[0], run: (guarded: GuardedPage) => Promise<T>): Promise<T> {
	const guarded = await site.newPage(options);
	try {
		return await run(guarded);
	} finally {
		await guarded.page.context().close();
	}
}

describe('axe-core: no serious or critical violations', () => {
	for (const colorScheme of ['light', 'dark'] as const) {
		it(`on the home page, an article and the decks index (${colorScheme})`, async () => {
			await withPage({ colorScheme }, async ({ page }) => {
				const problems: string[] = [];
				for (const path of ['/', ARTICLE, '/decks/']) {
					await page.goto(`${site.origin}${path}`);
					problems.push(...(await seriousViolations(page)).map((v) => `${path}: ${v}`));
				}
				expect(problems).toEqual([]);
			});
		});
	}

	it('on the search page showing results', async () => {
		await withPage({}, async ({ page }) => {
			await page.goto(`${site.origin}/search/`);
			await page.locator('.search-main pagefind-input input').fill('tokio');
			await page.locator('.search-main pagefind-results a').first().waitFor({ timeout: 15_000 });
			expect(await seriousViolations(page)).toEqual([]);
		});
	});

	it('on the title, takeaways, table, chart, code, cargo and stack slides of a light deck and the dark talk', async () => {
		// Each slide is checked as it ends up; reduced motion spares waiting for reveal's fade on every slide change.
		await withPage({ viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce' }, async ({ page }) => {
			const problems: string[] = [];
			const slides: Record<string, string[]> = {
				[DECK]: ['title', 'takeaways', 'table-1', 'chart-1', 'chart-2', 'code-1', 'code-1-2', 'cargo-1', 'stack-1'],
				[TALK]: ['rust-on-the-backend', 'why-rust-on-the-backend-table-2', 'why-rust-is-growing-fast-cargo-1'],
			};
			for (const [deck, ids] of Object.entries(slides)) {
				await openDeck(page, `${site.origin}${deck}`);
				// The whole deck page once (document rules, chrome, controls); then each slide on its own.
				problems.push(...(await seriousViolations(page)).map((v) => `${deck}: ${v}`));
				for (const id of ids) {
					// Go to the slide with every fragment shown, so the whole slide is checked.
					const shown = await page.evaluate((slideId) => {
						const reveal = window.Reveal!;
						const section = document.getElementById(slideId);
						if (!section) return '';
						const { h, v } = reveal.getIndices(section);
						reveal.slide(h, v ?? 0, Number.MAX_SAFE_INTEGER);
						return reveal.getCurrentSlide()?.id ?? '';
					}, id);
					expect(shown, `${deck}#/${id}`).toBe(id);
					problems.push(...(await seriousViolations(page, `section#${id}`)).map((v) => `${deck}#/${id}: ${v}`));
				}
			}
			expect(problems).toEqual([]);
		});
	});
});

describe('decks keep screen readers in browse mode', () => {
	it('has no role="application" anywhere in any deck once reveal.js has started', async () => {
		await withPage({}, async ({ page }) => {
			const decks = await deckUrls(page, site.origin);
			expect(decks.length).toBeGreaterThanOrEqual(3);
			const traps: string[] = [];
			for (const url of decks) {
				await openDeck(page, url);
				const found = await page.evaluate(() => [...document.querySelectorAll('[role="application"]')].map((e) => `<${e.tagName.toLowerCase()} class="${e.className}">`));
				traps.push(...found.map((f) => `${url}: ${f}`));
			}
			expect(traps).toEqual([]);
		});
	});
});

/** The focused element and how it shows focus. */
interface FocusState {
	selector: string;
	text: string;
	outlineStyle: string;
	outlineWidth: number;
	boxShadow: string;
	rect: { x: number; y: number; width: number; height: number };
	inViewport: boolean;
}

function focusState(page: Page): Promise<FocusState | null> {
	return page.evaluate(() => {
		const el = document.activeElement as HTMLElement | null;
		if (!el || el === document.body) return null;
		const style = getComputedStyle(el);
		const r = el.getBoundingClientRect();
		const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
		return {
			selector: `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${cls}`,
			text: (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 60),
			outlineStyle: style.outlineStyle,
			outlineWidth: Number.parseFloat(style.outlineWidth),
			boxShadow: style.boxShadow,
			rect: { x: r.x, y: r.y, width: r.width, height: r.height },
			inViewport: r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth,
		};
	});
}

/** A focus ring someone can see: an outline of some width, or a box-shadow. */
const showsFocus = (s: FocusState) => (s.outlineStyle !== 'none' && s.outlineWidth > 0) || s.boxShadow !== 'none';

describe('keyboard', () => {
	it('reaches a visible skip link with the first Tab, and the skip link moves focus to main', async () => {
		await withPage({}, async ({ page }) => {
			for (const path of ['/', ARTICLE]) {
				await page.goto(`${site.origin}${path}`);
				await page.keyboard.press('Tab');
				const first = await focusState(page);
				expect(first?.selector, path).toBe('a.skip-link');
				expect(first?.inViewport, `${path}: skip link visible when focused ${JSON.stringify(first?.rect)}`).toBe(true);
				expect(showsFocus(first!), `${path}: skip link focus ring`).toBe(true);
				await page.keyboard.press('Enter');
				await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main');
				// The next Tab continues from main's content, not from the header.
				await page.keyboard.press('Tab');
				await expect(page.evaluate(() => document.activeElement?.closest('main') !== null)).resolves.toBe(true);
			}
		});
	});

	it('shows a focus indicator on the header links, the search button, the theme toggle and links in an article', async () => {
		await withPage({}, async ({ page }) => {
			await page.goto(`${site.origin}${ARTICLE}`);
			const seen: FocusState[] = [];
			// Tab through the page until a link inside the article body has had focus.
			for (let i = 0; i < 80; i++) {
				await page.keyboard.press('Tab');
				const state = await focusState(page);
				if (!state) continue;
				seen.push(state);
				if (await page.evaluate(() => document.activeElement?.closest('.prose a:not(.heading-anchor)') != null)) break;
			}
			const selectors = seen.map((s) => s.selector);
			expect(selectors).toEqual(
				expect.arrayContaining([
					'a.skip-link',
					'a.brand',
					expect.stringMatching(/^a$/),
					'a.search-button',
					'button.icon-button.theme-toggle',
				]),
			);
			const last = seen.at(-1);
			expect(await page.evaluate(() => document.activeElement?.closest('.prose') != null), `reached the article body: ${selectors.join(' → ')}`).toBe(true);
			const invisible = seen.filter((s) => !showsFocus(s) || !s.inViewport).map((s) => `${s.selector} "${s.text}" outline=${s.outlineStyle} ${s.outlineWidth}px box-shadow=${s.boxShadow} rect=${JSON.stringify(s.rect)}`);
			expect(invisible, `focus order: ${selectors.join(' → ')}; last ${last?.selector}`).toEqual([]);
		});
	});
});
