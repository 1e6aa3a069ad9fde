/**
 * Presenting from the phone, in Chromium against the built site and the real presenting server (on
 * 127.0.0.1): a talk driven from a 390×844 touch remote with the presenter and two followers open, a
 * follower browsing back and returning with one tap, the speaker view's QR codes and stepping notes, the
 * follow code on the first slide, and the reconnect after the server restarts on the same port. Times
 * are not asserted here (the bench measures them); where each page is, is.
 */
import type { Browser, CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guardedPage, launchChromium, type GuardedPage } from '../../scripts/browser.ts';
import type { PresentServer } from '../../scripts/present/server.ts';
import type { DeckOutline, Position } from '../../src/lib/present/messages.ts';
import { Talk } from '../../src/lib/present/talk.ts';
import type { Tokens } from '../../src/lib/present/tokens.ts';
import { expectClean, openSite } from '../support/browser.ts';
import { openDeck } from '../support/deck.ts';
import { startTestPresent } from '../support/present.ts';
import { decodeQr } from '../support/qr.ts';

const DECK = 'rust-on-the-backend';
const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 } as const;
const SCREEN = { viewport: { width: 1280, height: 720 } } as const;

let browser: Browser;
let server: PresentServer & { tokens: Tokens };
let outline: DeckOutline;

beforeAll(async () => {
	browser = await launchChromium();
	server = await startTestPresent({ decks: [DECK] });
	outline = server.decks[0] as DeckOutline;
}, 120_000);

afterAll(async () => {
	await browser?.close();
	await server?.close();
});

/** Where reveal.js shows the deck in `page`. */
function shownAt(page: Page): Promise<Position> {
	return page.evaluate(() => {
		const { h, f } = window.Reveal!.getIndices();
		return { h, f: typeof f === 'number' ? f : -1 };
	});
}

/** Waits until `page` shows `p` (a deck page) and its presenting client is connected. */
async function arrivesAt(page: Page, p: Position): Promise<void> {
	await expect.poll(() => shownAt(page), { timeout: 15_000 }).toEqual(p);
}

/** Opens a role's entry link in a fresh context and waits for its page to be connected. */
async function open(link: string, options: object = SCREEN): Promise<GuardedPage> {
	const guarded = await guardedPage(await browser.newContext(options));
	await guarded.page.goto(link);
	if (new URL(guarded.page.url()).pathname.startsWith('/_present/remote/')) await guarded.page.waitForSelector('.remote[data-state="open"][data-seq]');
	else await guarded.page.waitForFunction(() => document.documentElement.dataset['presentStatus'] === 'open', null, { timeout: 30_000 });
	return guarded;
}

/** Where the server has the talk now. */
function talkAt(): Position {
	const { h, f } = server.hub.talks.get(DECK)!.state();
	return { h, f };
}

/** Where the talk should be after these moves from where `start` is. */
function expected(start: Position, moves: readonly ('next' | 'prev')[]): Position {
	const talk = new Talk(outline);
	talk.show(start);
	for (const move of moves) talk.go(move);
	const { h, f } = talk.state();
	return { h, f };
}

/** A horizontal swipe with a real touch (Chromium turns it into pointer events, as on a phone). */
async function swipe(cdp: CDPSession, from: { x: number; y: number }, to: { x: number; y: number }): Promise<void> {
	await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [from] });
	for (let i = 1; i <= 6; i++) {
		await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: from.x + ((to.x - from.x) * i) / 6, y: from.y + ((to.y - from.y) * i) / 6 }] });
	}
	await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

describe('presenting from the phone', () => {
	it('drives the talk from a 390×844 touch remote: the presenter and two followers land on the same slide and fragment', async () => {
		const presenter = await open(server.links.presenter);
		const a = await open(server.links.follow);
		const b = await open(server.links.follow, PHONE);
		const remote = await open(server.links.remote, PHONE);
		const pages = [presenter.page, a.page, b.page];
		let at = await shownAt(presenter.page);
		for (const page of pages) await arrivesAt(page, at);

		// Taps on the large Next target: through the title, the agenda and the takeaways' fragments.
		for (let i = 0; i < 5; i++) {
			await remote.page.tap('.remote-go');
			at = expected(at, ['next']);
			for (const page of pages) await arrivesAt(page, at);
			await expect.poll(() => remote.page.locator('.remote').getAttribute('data-slide')).toBe(String(at.h));
			await expect.poll(() => remote.page.locator('.remote').getAttribute('data-step')).toBe(String(at.f + 1));
		}
		// On a slide with stepped notes, the current step's paragraph is the marked one, and the next slide is named.
		const slide = outline.slides[at.h]!;
		const tied = slide.notes.find((note) => note.step === at.f + 1);
		expect(tied, `slide ${slide.id} has a notes paragraph for step ${at.f + 1}`).toBeDefined();
		await expect.poll(() => remote.page.locator('.remote-notes p.note-current').allTextContents()).toEqual([tied!.text]);
		await expect(remote.page.locator('.remote-title').textContent()).resolves.toBe(slide.title);
		await expect(remote.page.locator('.remote-elapsed').textContent()).resolves.toMatch(/^\d+:\d\d$/);
		await expect(remote.page.locator('.remote-remaining').textContent()).resolves.toMatch(/^\d+:\d\d$/);
		// The notes are readable on the phone: 18 px or more.
		expect(Number.parseFloat(await remote.page.locator('.remote-notes p').first().evaluate((p) => getComputedStyle(p).fontSize))).toBeGreaterThanOrEqual(18);

		// Swipes: to the left is next, to the right is back.
		const cdp = await remote.page.context().newCDPSession(remote.page);
		await swipe(cdp, { x: 320, y: 420 }, { x: 80, y: 430 });
		at = expected(at, ['next']);
		for (const page of pages) await arrivesAt(page, at);
		await swipe(cdp, { x: 80, y: 420 }, { x: 320, y: 425 });
		at = expected(at, ['prev']);
		for (const page of pages) await arrivesAt(page, at);

		// Back target; then the presenter's own keys move everyone too.
		await remote.page.tap('.remote-prev');
		at = expected(at, ['prev']);
		for (const page of pages) await arrivesAt(page, at);
		await presenter.page.keyboard.press('ArrowRight');
		await presenter.page.keyboard.press('ArrowRight');
		at = expected(at, ['next', 'next']);
		for (const page of [a.page, b.page]) await arrivesAt(page, at);
		await expect.poll(() => remote.page.locator('.remote').getAttribute('data-slide')).toBe(String(at.h));

		// The remote link is the speaker's: followers' pages never hold it.
		const followerSettings = await a.page.evaluate(() => document.getElementById('talkbook-present')?.textContent ?? '');
		expect(followerSettings).not.toContain(server.tokens.remote);
		expect(followerSettings).toContain(server.tokens.follow);
		for (const page of [presenter, a, b, remote]) {
			expectClean(page);
			await page.page.context().close();
		}
	}, 180_000);

	it('lets a follower browse back on its own and return to the live slide with one tap', async () => {
		const remote = await open(server.links.remote, PHONE);
		const follower = await open(server.links.follow, PHONE);
		let live = talkAt();
		await arrivesAt(follower.page, live);
		// Held upright, the slide is a third of the screen: the follower is told to turn the phone, under
		// the slide; turned, the hint goes.
		const turn = follower.page.locator('.present-turn');
		await expect.poll(() => turn.isVisible()).toBe(true);
		const slideBottom = await follower.page.evaluate(() => document.querySelector('.reveal .slides > section.present')!.getBoundingClientRect().bottom);
		expect((await turn.boundingBox())!.y).toBeGreaterThanOrEqual(slideBottom);
		await follower.page.setViewportSize({ width: 844, height: 390 });
		await expect.poll(() => turn.isVisible()).toBe(false);
		await follower.page.setViewportSize(PHONE.viewport);
		// A follower who joins with the phone sideways and turns it upright still sees the live slide, never
		// reveal.js's scroll view (which a deck page takes on a phone-narrow screen).
		const turned = await open(server.links.follow, { ...PHONE, viewport: { width: 844, height: 390 } });
		await arrivesAt(turned.page, live);
		await turned.page.setViewportSize(PHONE.viewport);
		await expect.poll(() => turned.page.locator('.present-turn').isVisible()).toBe(true);
		await turned.page.waitForTimeout(500);
		expect(await turned.page.locator('.reveal-scroll').count()).toBe(0);
		await turned.page.context().close();
		await remote.page.tap('.remote-go');
		live = expected(live, ['next']);
		await arrivesAt(follower.page, live);
		const html = follower.page.locator('html');

		await follower.page.keyboard.press('ArrowLeft');
		await follower.page.keyboard.press('ArrowLeft');
		const browsed = await shownAt(follower.page);
		expect(browsed).not.toEqual(live);
		await expect.poll(() => html.getAttribute('data-present-browsing')).toBe('true');
		const back = follower.page.locator('.present-back');
		await expect.poll(() => back.isVisible()).toBe(true);

		// The talk moves on; the browsing follower stays where it is, and its button says where the talk is.
		await remote.page.tap('.remote-go');
		live = expected(live, ['next']);
		await expect.poll(() => back.textContent()).toContain(`slide ${live.h + 1}`);
		expect(await shownAt(follower.page)).toEqual(browsed);

		await back.tap();
		await arrivesAt(follower.page, live);
		await expect.poll(() => html.getAttribute('data-present-browsing')).toBe('false');
		await expect.poll(() => back.isVisible()).toBe(false);
		// And follows again.
		await remote.page.tap('.remote-go');
		await arrivesAt(follower.page, expected(live, ['next']));
		for (const page of [remote, follower]) {
			expectClean(page);
			await page.page.context().close();
		}
	}, 120_000);

	it('shows the follow link as a QR code on the first slide and both links in the speaker view, whose notes step with the fragments', async () => {
		// At 2 device pixels per CSS pixel, as a laptop's screen: the speaker view's codes are 168 CSS px.
		const presenter = await open(server.links.presenter, { ...SCREEN, deviceScaleFactor: 2 });
		const { page } = presenter;
		await page.evaluate(() => window.Reveal!.slide(0, 0));
		const titleCode = page.locator('.reveal .slides > section:first-child figure.present-follow svg');
		await page.waitForTimeout(700);
		expect(await decodeQr(page, titleCode)).toBe(server.links.follow);
		// Read from the back of the room: 240 frame pixels or more.
		const side = await titleCode.evaluate((svg) => svg.getBoundingClientRect().width / window.Reveal!.getScale());
		expect(side).toBeGreaterThanOrEqual(240);

		const [speaker] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
		const links = speaker.locator('#talkbook-present-links');
		await links.locator('svg').nth(1).waitFor();
		// Until the speaker view has shaken hands with the deck, its "Loading…" cover hides everything.
		await speaker.locator('#connection-status').waitFor({ state: 'hidden' });
		expect(await decodeQr(speaker, links.locator('svg').nth(0))).toBe(server.links.remote);
		expect(await decodeQr(speaker, links.locator('svg').nth(1))).toBe(server.links.follow);

		// A takeaways slide at its first fragment: the speaker view marks that step's paragraph.
		const h = outline.slides.findIndex((s) => s.notes.some((n) => n.step === 1) && s.fragments >= 2);
		const first = outline.slides[h]!.notes.find((n) => n.step === 1)!;
		const second = outline.slides[h]!.notes.find((n) => n.step === 2)!;
		await page.bringToFront();
		await page.evaluate((index) => window.Reveal!.slide(index, 0, 0), h);
		const marked = speaker.locator('.speaker-controls-notes .value p.note-current');
		await expect.poll(() => marked.allTextContents()).toEqual([first.text]);
		await page.keyboard.press('ArrowRight');
		await expect.poll(() => marked.allTextContents()).toEqual([second.text]);
		await speaker.close();
		expectClean(presenter);
		await page.context().close();
	}, 120_000);

	it('says the connection is lost when the server stops, and recovers when it restarts on the same port', async () => {
		const remote = await open(server.links.remote, PHONE);
		const follower = await open(server.links.follow);
		const presenter = await open(server.links.presenter);
		const port = server.port;
		const tokens = server.tokens;
		const talk = server.hub.talks.get(DECK)!.state();

		await server.close();
		await expect.poll(() => remote.page.locator('.remote').getAttribute('data-state')).toBe('lost');
		await expect(remote.page.locator('.remote-status-text').textContent()).resolves.toBe('Connection lost, reconnecting…');
		expect(await remote.page.locator('.remote-go').isDisabled()).toBe(true);
		await expect.poll(() => follower.page.locator('html').getAttribute('data-present-status')).toBe('lost');
		await expect(follower.page.locator('.present-status').textContent()).resolves.toBe('Connection lost, reconnecting…');
		await expect.poll(() => presenter.page.locator('html').getAttribute('data-present-status')).toBe('lost');

		// The same session again (what `npm run present -- --resume` does): same port, same links, same place.
		server = await startTestPresent({ decks: [DECK], port, tokens, restore: { [DECK]: { h: talk.h, f: talk.f, elapsed: talk.elapsed } } });
		await expect.poll(() => remote.page.locator('.remote').getAttribute('data-state'), { timeout: 20_000 }).toBe('open');
		await expect.poll(() => follower.page.locator('html').getAttribute('data-present-status'), { timeout: 20_000 }).toBe('open');
		await expect.poll(() => presenter.page.locator('html').getAttribute('data-present-status'), { timeout: 20_000 }).toBe('open');
		await remote.page.tap('.remote-go');
		const at = expected({ h: talk.h, f: talk.f }, ['next']);
		await arrivesAt(follower.page, at);
		await arrivesAt(presenter.page, at);
		for (const page of [remote, follower, presenter]) {
			// The failed reconnection attempts are the browser's own console errors; nothing else may be.
			expect(page.offsiteRequests).toEqual([]);
			expect(page.consoleErrors.filter((e) => !/WebSocket connection to .* failed|ERR_CONNECTION_REFUSED|Failed to load resource/.test(e))).toEqual([]);
			await page.page.context().close();
		}
	}, 120_000);
});

describe('several decks', () => {
	it('open a chooser for each role; once a talk is live, the follow link goes straight to it', async () => {
		const decks = ['why-rust-on-the-backend', DECK];
		const several = await startTestPresent({ decks });
		try {
			for (const role of ['presenter', 'remote', 'follow'] as const) expect(several.links[role]).toMatch(/\/_present\/[A-Za-z0-9_-]{24}$/);
			const context = await browser.newContext(PHONE);
			const { page } = await guardedPage(context);
			await page.goto(several.links.follow);
			expect(new URL(page.url()).pathname).toBe('/_present/choose/follow');
			await expect(page.locator('.chooser a').allTextContents()).resolves.toEqual(several.decks.map((d) => d.title));
			// The remote moves the second deck: it is live now.
			const remote = await guardedPage(await browser.newContext(PHONE));
			await remote.page.goto(several.links.remote);
			await remote.page.click(`.chooser a[href$="/${DECK}"]`);
			await remote.page.waitForSelector('.remote[data-state="open"][data-seq]');
			await remote.page.tap('.remote-go');
			await expect.poll(() => several.hub.live).toBe(DECK);
			await page.goto(several.links.follow);
			expect(new URL(page.url()).pathname).toBe(`/decks/${DECK}/`);
			await page.waitForFunction(() => document.documentElement.dataset['presentStatus'] === 'open');
			await arrivesAt(page, { h: 1, f: -1 });
			await context.close();
			await remote.page.context().close();
		} finally {
			await several.close();
		}
	}, 120_000);
});

describe('notes tied to steps, on paper', () => {
	it('label each tied paragraph of the handout with its step', async () => {
		const site = await openSite();
		try {
			const { page } = await site.newPage({ viewport: { width: 1280, height: 720 } });
			await openDeck(page, `${site.origin}/decks/why-rust-on-the-backend/?print-pdf&handout`);
			const labels = await page.$$eval('.handout-notes-body p[data-step]', (ps) => ps.map((p) => [p.getAttribute('data-step'), getComputedStyle(p, '::before').content]));
			expect(labels.length).toBeGreaterThan(3);
			for (const [step, content] of labels) {
				expect(step).toMatch(/^[1-9]\d*$/);
				expect(content).toContain('Step');
			}
			// Paragraphs about the whole slide carry no label.
			const untied = await page.$$eval('.handout-notes-body p:not([data-step])', (ps) => ps.map((p) => getComputedStyle(p, '::before').content));
			expect(untied.length).toBeGreaterThan(0);
			expect(untied.every((content) => content === 'none' || content === 'normal')).toBe(true);
			await page.context().close();
		} finally {
			await site.close();
		}
	});
});
