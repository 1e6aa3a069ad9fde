/**
 * The reveal.js plugins the audience does not need at the start load on first use (src/client/deck/plugins.ts):
 * a deck opens with one script, and S, Ctrl+Shift+F and Ctrl+click still do what they did, from the first press.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, type SiteSession } from '../support/browser.ts';
import { currentSlideId, openDeck, waitForDeck } from '../support/deck.ts';

const FRAME = { width: 1280, height: 720 };

let site: SiteSession;
beforeAll(async () => {
	site = await openSite();
});
afterAll(async () => {
	await site?.close();
});

/** Opens a deck in a fresh context and records the script files it requests from then on. */
async function openRecording(slug: string) {
	const guarded = await site.newPage({ viewport: FRAME });
	const scripts: string[] = [];
	const bodies: Promise<string>[] = [];
	guarded.page.context().on('request', (request) => {
		const { pathname } = new URL(request.url());
		if (pathname.endsWith('.js')) scripts.push(pathname);
	});
	guarded.page.context().on('response', (response) => {
		if (new URL(response.url()).pathname.endsWith('.js')) bodies.push(response.text().catch(() => ''));
	});
	await openDeck(guarded.page, `${site.origin}/decks/${slug}/`);
	await guarded.page.waitForLoadState('networkidle');
	return { ...guarded, scripts, scriptText: async () => (await Promise.all(bodies)).join('\n') };
}

/** A word of at least 8 letters that occurs on exactly one slide after the first, with that slide's id. */
function uniqueWordOnALaterSlide(page: Page): Promise<{ word: string; id: string } | null> {
	return page.evaluate(() => {
		const slides = window.Reveal!.getSlides();
		// Word by text node: the plugin matches inside one text node, and textContent would glue `<li>`s together.
		const wordsOf = (root: Node) => {
			const found = new Set<string>();
			const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
			for (let node = walker.nextNode(); node; node = walker.nextNode()) {
				for (const word of (node.nodeValue ?? '').toLowerCase().match(/[a-z]{8,}/g) ?? []) found.add(word);
			}
			return found;
		};
		const words = slides.map(wordsOf);
		const outside = (document.querySelector('.deck-chrome')?.textContent ?? '').toLowerCase();
		for (let i = 1; i < slides.length; i++) {
			for (const word of words[i] ?? []) {
				if (!outside.includes(word) && words.every((other, j) => j === i || !other.has(word))) return { word, id: slides[i]?.id ?? '' };
			}
		}
		return null;
	});
}

describe('reveal.js plugins on demand', () => {
	it('opens with the deck client alone: no speaker view, search or zoom code until they are used', async () => {
		const { page, scripts, scriptText, consoleErrors } = await openRecording('why-rust-is-growing-fast');
		expect(scripts).toHaveLength(1);
		// Strings only each plugin has: the speaker window's title, the search box's class, zoom's option.
		const loaded = await scriptText();
		for (const marker of ['reveal.js - Speaker View', 'searchinput', 'zoomLevel']) expect(loaded, marker).not.toContain(marker);
		// reveal's help lists the keys of plugins that have not loaded yet.
		await page.keyboard.press('Shift+Slash');
		const help = (await page.locator('.r-overlay-help').textContent()) ?? '';
		expect(help).toContain('Speaker notes view');
		expect(help).toContain('Search');
		expect(scripts).toHaveLength(1);
		expect(consoleErrors).toEqual([]);
		await page.context().close();
	});

	it('searches on the first Ctrl+Shift+F and goes to the slide that matches', async () => {
		const { page, scripts, consoleErrors } = await openRecording('why-rust-is-growing-fast');
		const target = await uniqueWordOnALaterSlide(page);
		expect(target).not.toBeNull();
		await page.keyboard.press('Control+Shift+F');
		const input = page.locator('.searchbox input.searchinput');
		await input.waitFor({ state: 'visible' });
		expect(scripts.some((s) => /\/search\.[^/]*\.js$/.test(s))).toBe(true);
		await expect(input.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
		// Typed key by key: the plugin searches again only after a keyup other than Enter.
		await input.pressSequentially(target?.word ?? '');
		await input.press('Enter');
		await page.waitForFunction((id) => window.Reveal!.getCurrentSlide()?.id === id, target?.id);
		expect(await currentSlideId(page)).toBe(target?.id);
		// The plugin now owns the key: a second press closes the box instead of loading anything again.
		await page.locator('.reveal').click({ position: { x: 5, y: 5 } });
		await page.keyboard.press('Control+Shift+F');
		await input.waitFor({ state: 'hidden' });
		expect(scripts.filter((s) => /\/search\.[^/]*\.js$/.test(s))).toHaveLength(1);
		expect(consoleErrors).toEqual([]);
		await page.context().close();
	});

	it('zooms on the first Ctrl+click', async () => {
		const { page, scripts, consoleErrors } = await openRecording('why-rust-is-growing-fast');
		await page.keyboard.down('Control');
		await page.mouse.click(640, 360);
		await page.keyboard.up('Control');
		await page.waitForFunction(() => document.body.style.transform.includes('scale(2)'));
		expect(scripts.some((s) => /\/zoom\.[^/]*\.js$/.test(s))).toBe(true);
		expect(consoleErrors).toEqual([]);
		await page.context().close();
	});

	it('opens the speaker view on the first S, and reconnects to it after the deck page reloads', async () => {
		const slug = 'why-rust-on-the-backend';
		const { page, scripts, consoleErrors } = await openRecording(slug);
		const context = page.context();
		const notesOf = (i: number) =>
			page.evaluate((n) => window.Reveal!.getSlides()[n]?.querySelector('aside.notes')?.textContent?.trim().slice(0, 40) ?? '', i);
		const first = await notesOf(0);
		const [speaker] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
		const showing = (text: string) =>
			speaker.waitForFunction((t) => document.querySelector('.speaker-controls-notes .value')?.textContent?.includes(t), text, { timeout: 15_000 });
		await showing(first);
		// The notes plugin with the notes that step with the fragments (src/client/deck/speaker-notes.ts).
		expect(scripts.filter((s) => /\/speaker-notes\.[^/]*\.js$/.test(s))).toHaveLength(1);

		await page.reload();
		await waitForDeck(page);
		// The speaker window's heartbeat (once a second) makes the reloaded page load the plugin and answer.
		await page.keyboard.press('ArrowRight');
		await showing(await notesOf(1));
		expect(consoleErrors).toEqual([]);
		await context.close();
	});
});
