import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openSite, type GuardedPage, type SiteSession } from '../support/browser.ts';
import { openDeck } from '../support/deck.ts';
import { ESCAPE_ARTICLE, ESCAPE_DESCRIPTION, ESCAPE_SERIES, ESCAPE_SLUG, ESCAPE_TITLE, ESCAPE_UPCOMING, INJECTED, SEARCH_WORD } from '../support/escape-article.ts';
import { sharedBuild } from '../support/project-build.ts';

/**
 * Article text full of markup (title, description, table cells, takeaways, notes) must reach every page,
 * deck, `<title>`, meta tag and search result as literal text, never as elements or script.
 *
 * Built in a temp copy of the project with one extra article, shared with the reproducible-build test
 * (whichever runs first builds it). The raw `<img>`/`<b>` in the article body are Markdown's
 * raw HTML: the article page sanitises them the GitHub way (test/browser/hostile.test.ts); everything
 * Talkbook renders itself (slides, notes, cards, search records) must drop or escape them.
 */

const ARTICLE = `/articles/${ESCAPE_SLUG}/`;
const DECK = `/decks/${ESCAPE_SLUG}/`;
/** What the title and description would run or create if they were not escaped. */
const TITLE_ALERT = 'x';
const DESCRIPTION_ALERT = '2';
const UPCOMING_ALERT = '3';

let site: SiteSession;
beforeAll(async () => {
	const dir = await sharedBuild('escape', { [`articles/${ESCAPE_SLUG}.md`]: ESCAPE_ARTICLE });
	site = await openSite(path.join(dir, 'dist'));
}, 180_000);
afterAll(async () => {
	await site?.close();
});

/** A guarded page that also records (and dismisses) every dialog an injected `alert()` would open. */
async function openPage(): Promise<GuardedPage & { dialogs: string[] }> {
	const guarded = await site.newPage({ viewport: { width: 1280, height: 720 } });
	const dialogs: string[] = [];
	guarded.page.on('dialog', (dialog) => {
		dialogs.push(dialog.message());
		void dialog.dismiss();
	});
	return { ...guarded, dialogs };
}

/** Elements the title or description would create if they were not escaped, inside `scope` (default: the whole document). */
function injected(page: Page, scope = 'html'): Promise<string[]> {
	return page.evaluate((selector) => {
		const root = document.querySelector(selector);
		if (!root) return [`no ${selector}`];
		const found = [...root.querySelectorAll('script, img[onerror], b, i')].filter((el) => {
			// The site's own scripts: the inlined shell (no src) and bundles; none of them may mention alert().
			if (el.tagName === 'SCRIPT') return (el.textContent ?? '').includes('alert(');
			return true;
		});
		return found.map((el) => el.outerHTML.slice(0, 120));
	}, scope);
}

function meta(page: Page, selector: string): Promise<string | null> {
	return page.locator(selector).getAttribute('content');
}

describe('article text with markup', () => {
	it('is literal text in the article page, its <title>, description and og: meta tags', async () => {
		const { page, dialogs } = await openPage();
		await page.goto(`${site.origin}${ARTICLE}`);
		await expect(page.title()).resolves.toBe(`${ESCAPE_TITLE} · Talkbook`);
		await expect(meta(page, 'meta[name="description"]')).resolves.toBe(ESCAPE_DESCRIPTION);
		await expect(meta(page, 'meta[property="og:title"]')).resolves.toBe(ESCAPE_TITLE);
		await expect(meta(page, 'meta[property="og:description"]')).resolves.toBe(ESCAPE_DESCRIPTION);
		await expect(page.locator('.article-header h1').textContent()).resolves.toBe(ESCAPE_TITLE);
		await expect(page.locator('.article-description').textContent()).resolves.toBe(ESCAPE_DESCRIPTION);
		await expect(page.locator('.series').getAttribute('aria-label')).resolves.toBe(`Series: ${ESCAPE_SERIES}`);
		await expect(page.locator('.series-title strong').textContent()).resolves.toBe(ESCAPE_SERIES);
		await expect(page.locator('.series-upcoming').textContent()).resolves.toContain(ESCAPE_UPCOMING);
		expect(await injected(page, '.series')).toEqual([]);
		// In backticks the markup is code, in the takeaways list and in the table cell.
		const codes = await page.locator('.prose code').allTextContents();
		expect(codes.filter((c) => c === INJECTED).length).toBeGreaterThanOrEqual(3);
		await expect(page.locator('.prose td', { hasText: 'not bold' }).textContent()).resolves.toBe('<b>not bold</b>');
		expect(await injected(page, 'head')).toEqual([]);
		expect(await injected(page, '.article-header')).toEqual([]);
		expect(await injected(page, '.article-aside')).toEqual([]);
		// The body's raw HTML is sanitised (hostile.test.ts checks it); the title and description never run either.
		expect(dialogs.filter((d) => [TITLE_ALERT, DESCRIPTION_ALERT, UPCOMING_ALERT].includes(d))).toEqual([]);
		await page.context().close();
	});

	it('is literal text on the home page card, the tag page and the neighbouring article’s link', async () => {
		const { page, dialogs } = await openPage();
		for (const path of ['/', '/tags/escape-test/']) {
			await page.goto(`${site.origin}${path}`);
			const card = page.locator('.card', { has: page.locator(`a[href="${ARTICLE}"]`) });
			await expect(card.locator('.card-title').textContent(), path).resolves.toBe(ESCAPE_TITLE);
			await expect(card.locator('.card-description').textContent(), path).resolves.toBe(ESCAPE_DESCRIPTION);
			await expect(card.locator('.card-meta').textContent(), path).resolves.toContain(`${ESCAPE_SERIES}, part 1`);
			expect(await injected(page), path).toEqual([]);
		}
		await page.goto(`${site.origin}/articles/why-rust-is-growing-fast/`);
		await expect(page.locator(`.prev-next a[href="${ARTICLE}"]`).textContent()).resolves.toContain(ESCAPE_TITLE);
		expect(await injected(page)).toEqual([]);
		await page.goto(`${site.origin}/decks/`);
		const deckCard = page.locator('.deck-card', { has: page.locator(`a[href="${DECK}"]`) });
		await expect(deckCard.locator('.card-title').textContent()).resolves.toBe(ESCAPE_TITLE);
		await expect(deckCard.locator('.card-description').textContent()).resolves.toBe(ESCAPE_DESCRIPTION);
		await expect(deckCard.locator('.deck-sources a').textContent()).resolves.toBe(ESCAPE_TITLE);
		expect(await injected(page)).toEqual([]);
		expect(dialogs).toEqual([]);
		await page.context().close();
	});

	it('is literal text on the deck: <title>, title slide, takeaways, table and speaker notes', async () => {
		const guarded = await openPage();
		const { page, dialogs } = guarded;
		await openDeck(page, `${site.origin}${DECK}`);
		await expect(page.title()).resolves.toBe(ESCAPE_TITLE);
		await expect(meta(page, 'meta[name="description"]')).resolves.toBe(ESCAPE_DESCRIPTION);
		const text = (selector: string) => page.locator(selector).first().evaluate((el) => el.textContent ?? '');
		await expect(text('section#title h1')).resolves.toBe(ESCAPE_TITLE);
		await expect(text('section#title .title-description')).resolves.toBe(ESCAPE_DESCRIPTION);
		await expect(text('section#title aside.notes')).resolves.toContain(ESCAPE_DESCRIPTION);
		await expect(text('section#title .slide-source')).resolves.toContain(ESCAPE_TITLE);

		const takeaways = await page.locator('section#takeaways li').evaluateAll((lis) => lis.map((li) => li.textContent ?? ''));
		expect(takeaways[0]).toContain(INJECTED);
		// Raw HTML has no safe slide rendering: dropped, its text kept.
		expect(takeaways[1]).toContain('bold & more');
		expect(takeaways[1]).not.toContain('<');
		// The notes are the article's sentences that support the takeaways; their markup stays text too.
		await expect(text('section#takeaways aside.notes')).resolves.toContain(INJECTED);
		await expect(page.locator('section#takeaways aside.notes img').count()).resolves.toBe(0);

		const cells = await page.locator('section#table-1 td').allTextContents();
		expect(cells).toEqual(expect.arrayContaining([INJECTED, '<b>not bold</b>']));
		await expect(text('section#table-1 aside.notes')).resolves.toContain('<script>alert("notes")</script>');
		await expect(text('section#closing')).resolves.toContain(ESCAPE_TITLE);
		await expect(text('section#closing')).resolves.toContain(ESCAPE_UPCOMING);

		expect(await injected(page, '.reveal .slides')).toEqual([]);
		expect(await injected(page, 'head')).toEqual([]);
		// The speaker view shows the notes as HTML too: reveal reads them from the (escaped) aside.
		const notesHtml = await page.evaluate(() => window.Reveal!.getSlideNotes(document.querySelector('section#table-1') as HTMLElement) ?? '');
		expect(notesHtml).not.toMatch(/<script|<img/);
		expect(dialogs).toEqual([]);
		expect(guarded.consoleErrors).toEqual([]);
		await page.context().close();
	});

	it('is literal text in search results for the article and its slides', async () => {
		const { page, dialogs } = await openPage();
		await page.goto(`${site.origin}/search/`);
		for (const query of ['alert', SEARCH_WORD]) {
			await page.locator('.search-main pagefind-input input').fill(query);
			const results = page.locator('.search-main pagefind-results');
			await results.locator(`a[href="${ARTICLE}"]`).first().waitFor({ timeout: 15_000 });
			await expect(results.locator(`a[href="${ARTICLE}"]`).first().textContent(), query).resolves.toBe(ESCAPE_TITLE);
			// The deck is one result, titled by the deck, with its slides under it.
			await expect(results.locator(`a.pf-result-link[href="${DECK}"]`).textContent(), query).resolves.toBe(`${ESCAPE_TITLE} (slides)`);
			expect(await results.locator(`a.pf-heading-link[href^="${DECK}#"]`).count(), query).toBeGreaterThan(0);
			expect(await injected(page, '.search-main pagefind-results'), query).toEqual([]);
		}
		expect(dialogs).toEqual([]);
		await page.context().close();
	});
});
