/**
 * Pictures of single slides for the PowerPoint export, for what has no native PowerPoint form: each
 * slide's page of the deck's print view (`?print-pdf`, one frame-sized page per slide, fragments shown),
 * taken in Chromium at twice the frame's pixels.
 */
import type { Browser } from 'playwright-core';
import { assertNoProblems, openDeck, openGuarded } from './deck-page.ts';
import { ExportError } from './errors.ts';

/** Device pixels per frame pixel: 2560 × 1440 for a 1280 × 720 slide, sharp on a projector. */
const DENSITY = 2;

/** PNGs of the slides `ids` of the deck at `url` (its print view), by id. */
export async function slidePictures(browser: Browser, origin: string, url: string, ids: readonly string[], what: string): Promise<Map<string, Uint8Array>> {
	const pictures = new Map<string, Uint8Array>();
	if (ids.length === 0) return pictures;
	const guarded = await openGuarded(browser, origin, DENSITY);
	try {
		await openDeck(guarded, `${url}?print-pdf`, what);
		for (const id of ids) {
			const page = guarded.page.locator('.reveal .pdf-page').filter({ has: guarded.page.locator(`section[id="${id.replace(/["\\]/g, '\\$&')}"]`) });
			if ((await page.count()) !== 1) throw new ExportError(`${what}: the print view has no page for slide ${id}`);
			pictures.set(id, new Uint8Array(await page.screenshot({ animations: 'disabled' })));
		}
		assertNoProblems(guarded.problems, what);
		return pictures;
	} finally {
		await guarded.context.close();
	}
}
