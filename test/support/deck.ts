import type { Page } from 'playwright-core';

/** Opens a deck page and waits for the deck's own readiness signal (reveal started, fonts loaded, slides fitted). */
export async function openDeck(page: Page, url: string): Promise<void> {
	await page.goto(url);
	await waitForDeck(page);
}

/** Waits for the deck open in `page` to signal it is ready; throws with the deck's own error if it failed to start. */
export async function waitForDeck(page: Page): Promise<void> {
	await page.waitForFunction(() => document.documentElement.dataset['deckReady'] === 'true' || document.documentElement.dataset['deckError'], null, { timeout: 30_000 });
	const error = await page.evaluate(() => document.documentElement.dataset['deckError']);
	if (error) throw new Error(`deck failed to start: ${error}`);
}

/** Id of the slide reveal.js shows now. */
export function currentSlideId(page: Page): Promise<string> {
	return page.evaluate(() => window.Reveal!.getCurrentSlide()?.id ?? '');
}

/** Slugs of every deck, read from the decks index. */
export async function deckUrls(page: Page, origin: string): Promise<string[]> {
	await page.goto(`${origin}/decks/`);
	const hrefs = await page.locator('.deck-card .card-title a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
	return hrefs;
}
