/**
 * `npm run export` and presenting offline: the slide PDF, the handout, the single-file deck opened from
 * file:// with the network blocked (keys, fragments, speaker view), the download links on the deck
 * pages, and the speaker view and help overlay of the served decks.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportDecks, type DeckExport } from '../../scripts/export/export.ts';
import { collectingReporter } from '../../scripts/export/reporter.ts';
import { isLocalUrl, openSite, type SiteSession } from '../support/browser.ts';
import { currentSlideId, deckUrls, openDeck, waitForDeck } from '../support/deck.ts';
import { deckFacts, pdfFontNames, readPdf, squash, type DeckFacts } from '../support/export.ts';

const FRAME = { width: 1280, height: 720 };
const EXPORTS = path.resolve('dist', 'exports');

let site: SiteSession;
let slugs: string[];
let exported: DeckExport[];
let progress: string[];
const facts = new Map<string, DeckFacts>();
let scratch: string;

beforeAll(async () => {
	scratch = mkdtempSync(path.join(os.tmpdir(), 'talkbook-export-test-'));
	const reporter = collectingReporter();
	exported = await exportDecks({ reporter, build: false });
	progress = reporter.lines;
	site = await openSite();
	const { page } = await site.newPage({ viewport: FRAME });
	slugs = (await deckUrls(page, site.origin)).map((url) => new URL(url).pathname.split('/')[2] ?? '').sort();
	for (const slug of slugs) {
		await openDeck(page, `${site.origin}/decks/${slug}/`);
		facts.set(slug, await deckFacts(page));
	}
	await page.context().close();
}, 120_000);

afterAll(async () => {
	await site?.close();
	if (scratch) rmSync(scratch, { recursive: true, force: true });
});

function factsOf(slug: string): DeckFacts {
	const found = facts.get(slug);
	if (!found) throw new Error(`no facts for ${slug}`);
	return found;
}

describe('npm run export', () => {
	it('writes the four files of every deck and reports each deck on one progress line', () => {
		expect(exported.map((r) => r.slug)).toEqual(slugs);
		for (const slug of slugs) {
			for (const name of [`${slug}.pdf`, `${slug}-handout.pdf`, `${slug}.html`, `${slug}.pptx`]) expect(existsSync(path.join(EXPORTS, name)), name).toBe(true);
		}
		// Nothing half-written is left behind.
		expect(readdirSync(EXPORTS).filter((f) => f.startsWith('.'))).toEqual([]);
		expect(progress).toHaveLength(slugs.length);
		progress.forEach((line, i) => {
			expect(line).toMatch(
				new RegExp(`^\\[${i + 1}/${slugs.length}\\] ${slugs[i]}: pdf \\(\\d+ pages, \\d+ KB\\) · handout \\(\\d+ pages, \\d+ KB\\) · html \\(\\d+ KB\\) · pptx \\(\\d+ slides, \\d+ KB\\) — \\d+\\.\\d s$`),
			);
		});
	});

	it('shows no localhost or 127.0.0.1 in any PDF, handout or single file, and links nowhere local (no site URL set)', async () => {
		const local = /localhost|127\.0\.0\.1/;
		for (const slug of slugs) {
			for (const name of [`${slug}.pdf`, `${slug}-handout.pdf`]) {
				const pdf = await readPdf(path.join(EXPORTS, name));
				expect(pdf.text.join('\n').match(local), name).toBeNull();
				expect(pdf.links.filter((l) => local.test(l)), name).toEqual([]);
			}
			const html = readFileSync(path.join(EXPORTS, `${slug}.html`), 'utf8');
			// Markup only: the bundled reveal.js code mentions hosts in strings of its own.
			const markup = html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '');
			expect(markup.match(local), `${slug}.html`).toBeNull();
			// Site paths cannot work from file://: with no site URL they are not links.
			expect(markup.match(/<a\b[^>]*\shref="\/(?!\/)[^"]*"/g), `${slug}.html`).toBeNull();
		}
	});

	it('shows each slide\'s minutes on the handout', async () => {
		const pdf = await readPdf(path.join(EXPORTS, 'rust-on-the-backend-handout.pdf'));
		const minutes = pdf.text.map((page) => Number(/Slide \d+ of \d+ · (\d+\.\d) min/.exec(page)?.[1] ?? Number.NaN));
		expect(minutes.every((m) => m > 0)).toBe(true);
		// The talk is 20 minutes; the shares add up to it (each rounded to a tenth).
		expect(Math.abs(minutes.reduce((a, b) => a + b, 0) - 20)).toBeLessThan(0.05 * minutes.length);
	});

	it('makes a 16:9 PDF with exactly one page per slide that holds the first takeaway', async () => {
		for (const slug of slugs) {
			const deck = factsOf(slug);
			const pdf = await readPdf(path.join(EXPORTS, `${slug}.pdf`));
			expect(pdf.pages, slug).toBe(deck.slides);
			// 1280×720 CSS px = 960×540 pt.
			expect(pdf.size, slug).toEqual([960, 540]);
			expect(deck.firstTakeaway, slug).not.toBe('');
			expect(squash(pdf.text.join('')), slug).toContain(squash(deck.firstTakeaway));
			expect(exported.find((r) => r.slug === slug)?.files.pdf?.pages).toBe(deck.slides);
		}
	});

	it('makes an A4 handout with a page per slide, each holding that slide’s speaker notes', async () => {
		for (const slug of slugs) {
			const deck = factsOf(slug);
			const handout = await readPdf(path.join(EXPORTS, `${slug}-handout.pdf`));
			expect(handout.pages, slug).toBe(deck.slides);
			expect(handout.size, slug).toEqual([595, 842]);
			deck.notes.forEach((notes, i) => {
				expect(notes.trim(), `${slug} slide ${i + 1} has notes`).not.toBe('');
				// A paragraph tied to a fragment step is labelled with it (`STEP 2`), between the paragraphs.
				expect(squash(handout.text[i] ?? '').replace(/STEP\d+/g, ''), `${slug} handout page ${i + 1}`).toContain(squash(notes));
			});
		}
	});

	it('sets the PDFs and handouts in the deck fonts, embedded, and in no font of the machine that exported them', async () => {
		for (const slug of slugs) {
			for (const file of [`${slug}.pdf`, `${slug}-handout.pdf`]) {
				const names = await pdfFontNames(path.join(EXPORTS, file));
				expect(names, file).toEqual(expect.arrayContaining([expect.stringMatching(/NotoSans-Regular$/), expect.stringMatching(/NotoSans-Bold$/), expect.stringMatching(/NotoSansMono-Regular$/)]));
				// Subset-embedded Noto faces only (a six-letter subset tag before the PostScript name).
				for (const name of names) expect(name, file).toMatch(/^[A-Z]{6}\+Noto[A-Za-z0-9]*-[A-Za-z]+$/);
			}
		}
	});

	it('gives the same page counts when run again', async () => {
		const again = await exportDecks({ kinds: ['pdf'], outDir: path.join(scratch, 'again'), reporter: collectingReporter(), build: false });
		const pages = (runs: DeckExport[]) => Object.fromEntries(runs.map((r) => [r.slug, r.files.pdf?.pages]));
		expect(pages(again)).toEqual(pages(exported));
		for (const slug of slugs) expect((await readPdf(path.join(scratch, 'again', `${slug}.pdf`))).pages).toBe(factsOf(slug).slides);
	});

	it('with --fragments, gives a page per fragment step', async () => {
		const slug = 'why-rust-on-the-backend';
		const [result] = await exportDecks({ decks: [slug], fragments: true, kinds: ['pdf'], outDir: path.join(scratch, 'steps'), reporter: collectingReporter(), build: false });
		const pdf = await readPdf(path.join(scratch, 'steps', `${slug}.pdf`));
		expect(factsOf(slug).steps).toBeGreaterThan(factsOf(slug).slides);
		expect(pdf.pages).toBe(factsOf(slug).steps);
		expect(result?.files.pdf?.pages).toBe(pdf.pages);
		expect(result?.slides).toBe(factsOf(slug).slides);
	});

	it('stops with the available decks listed when asked for a deck that does not exist', async () => {
		await expect(exportDecks({ decks: ['rust-on-the-frontend'], reporter: collectingReporter(), build: false })).rejects.toThrow(
			`no deck named "rust-on-the-frontend". Available decks: ${slugs.join(', ')}`,
		);
	});

	it('fails naming the deck when a deck cannot start, and writes nothing for it', async () => {
		const root = path.join(scratch, 'broken');
		mkdirSync(path.join(root, 'dist', 'decks', 'broken'), { recursive: true });
		writeFileSync(
			path.join(root, 'dist', 'decks', 'broken', 'index.html'),
			'<!DOCTYPE html><html><body><script>document.documentElement.dataset.deckError = "reveal.js did not start";</script></body></html>',
		);
		await expect(exportDecks({ root, kinds: ['pdf'], reporter: collectingReporter(), build: false })).rejects.toThrow(/broken: pdf: the deck failed to start: reveal\.js did not start/);
		expect(readdirSync(path.join(root, 'dist', 'exports'))).toEqual([]);
	});
});

describe('the single-file deck', () => {
	/** A context where only file:, data:, blob: and about: URLs may load; everything else is blocked and recorded. */
	async function offlineContext(): Promise<{ context: BrowserContext; offsite: string[]; errors: string[] }> {
		const context = await site.browser.newContext({ viewport: FRAME });
		const offsite: string[] = [];
		const errors: string[] = [];
		await context.route('**/*', (route) => {
			const url = route.request().url();
			if (/^(file|data|blob|about):/.test(url)) return route.continue();
			offsite.push(url);
			return route.abort('blockedbyclient');
		});
		context.on('page', (page) => {
			page.on('console', (msg) => {
				if (msg.type() === 'error') errors.push(`${page.url()}: ${msg.text()}`);
			});
			page.on('pageerror', (err) => errors.push(`${page.url()}: ${String(err)}`));
		});
		return { context, offsite, errors };
	}

	const visibleFragments = (page: Page): Promise<number> => page.evaluate(() => window.Reveal!.getCurrentSlide()!.querySelectorAll('.fragment.visible').length);

	it('has nothing left to fetch: no <link>, no <script src>, no font file, the speaker view inside', () => {
		for (const slug of slugs) {
			const html = readFileSync(path.join(EXPORTS, `${slug}.html`), 'utf8');
			expect(html, slug).not.toMatch(/<link\b/i);
			expect(html, slug).not.toMatch(/<script\b[^>]*\bsrc=/i);
			// The deck's own fonts come inlined, and so do the whole faces its print views load.
			const faces = html.match(/@font-face\s*\{[^}]*\}/g) ?? [];
			expect(faces.length, slug).toBeGreaterThanOrEqual(3);
			for (const face of faces) expect(face, slug).toMatch(/url\("?data:font\//);
			// The plugins the site loads on first use are bundled in, for the speaker view offline.
			expect(html, slug).toContain('reveal.js - Speaker View');
		}
	});

	it('presents from file:// with the network blocked: arrows, a fragment step, and the speaker view with notes', async () => {
		const slug = 'why-rust-on-the-backend';
		const { context, offsite, errors } = await offlineContext();
		const page = await context.newPage();
		await page.goto(pathToFileURL(path.join(EXPORTS, `${slug}.html`)).href);
		await waitForDeck(page);

		expect(await currentSlideId(page)).toBe('title');
		await page.keyboard.press('ArrowRight');
		expect(await currentSlideId(page)).toBe('takeaways');
		expect(await visibleFragments(page)).toBe(0);
		await page.keyboard.press('ArrowRight');
		expect(await visibleFragments(page)).toBe(1);
		await page.keyboard.press('ArrowLeft');
		expect(await visibleFragments(page)).toBe(0);
		await page.keyboard.press('ArrowLeft');
		expect(await currentSlideId(page)).toBe('title');
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('ArrowRight');

		const notes = factsOf(slug).notes[1] ?? '';
		const [speaker] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
		await speaker.waitForFunction((text) => document.querySelector('.speaker-controls-notes .value')?.textContent?.includes(text), notes.trim().slice(0, 40));
		// Current and upcoming slide previews, both the deck itself started from file://.
		const previews = speaker.frames().filter((f) => f !== speaker.mainFrame());
		expect(previews).toHaveLength(2);
		for (const frame of previews) {
			expect(frame.url()).toMatch(/^file:.*\?receiver/);
			await frame.waitForFunction(() => document.documentElement.dataset['deckReady'] === 'true');
		}
		await speaker.waitForFunction(() => /\d\d:\d\d:\d\d/.test(document.querySelector('.speaker-controls-time .timer')?.textContent ?? ''));
		// Opening the speaker view keeps the fragment already shown.
		expect(await visibleFragments(page)).toBe(1);

		// Moving on in the deck moves the speaker view's notes along.
		while ((await currentSlideId(page)) === 'takeaways') await page.keyboard.press('ArrowRight');
		const next = factsOf(slug).notes[2] ?? '';
		await speaker.waitForFunction((text) => document.querySelector('.speaker-controls-notes .value')?.textContent?.includes(text), next.trim().slice(0, 40));

		expect(offsite).toEqual([]);
		expect(errors).toEqual([]);
		await context.close();
	});
});

describe('presenting from the served site', () => {
	it('links each deck page to its exports, with no failed request and no console error', async () => {
		for (const slug of slugs) {
			const html = readFileSync(path.join('dist', 'decks', slug, 'index.html'), 'utf8');
			const nav = /<nav class="deck-downloads"[^>]*>(.*?)<\/nav>/.exec(html);
			expect(nav?.[0], slug).not.toMatch(/\shidden/);
			expect([...(nav?.[1] ?? '').matchAll(/href="([^"]+)"/g)].map((m) => m[1]), slug).toEqual([`/exports/${slug}.pdf`, `/exports/${slug}-handout.pdf`, `/exports/${slug}.html`, `/exports/${slug}.pptx`]);
		}
		const slug = slugs[0] ?? '';
		const guarded = await site.newPage({ viewport: FRAME });
		const { page } = guarded;
		const failed: string[] = [];
		page.on('requestfailed', (r) => failed.push(r.url()));
		page.on('response', (r) => {
			if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
		});
		await openDeck(page, `${site.origin}/decks/${slug}/`);
		const links = page.locator('nav.deck-downloads a');
		await expect(page.locator('nav.deck-downloads').isVisible()).resolves.toBe(true);
		const hrefs = await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
		expect(hrefs).toHaveLength(4);
		for (const href of hrefs) expect((await fetch(href, { method: 'HEAD' })).status, href).toBe(200);
		expect(failed).toEqual([]);
		expect(guarded.consoleErrors).toEqual([]);
		expect(guarded.offsiteRequests).toEqual([]);
		await page.context().close();
	});

	it('opens the speaker view with current and next slide, notes and timer, all from localhost', async () => {
		const slug = 'rust-on-the-backend';
		const guarded = await site.newPage({ viewport: FRAME });
		const { page } = guarded;
		const context = page.context();
		const speakerErrors: string[] = [];
		const requests: string[] = [];
		context.on('request', (r) => requests.push(r.url()));
		await openDeck(page, `${site.origin}/decks/${slug}/`);
		const [speaker] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
		speaker.on('pageerror', (err) => speakerErrors.push(String(err)));
		speaker.on('console', (msg) => {
			if (msg.type() === 'error') speakerErrors.push(msg.text());
		});
		const notes = factsOf(slug).notes[0] ?? '';
		await speaker.waitForFunction((text) => document.querySelector('.speaker-controls-notes .value')?.textContent?.includes(text), notes.trim().slice(0, 40));
		const previews = speaker.frames().filter((f) => f !== speaker.mainFrame());
		expect(previews.map((f) => new URL(f.url()).pathname)).toEqual([`/decks/${slug}/`, `/decks/${slug}/`]);
		for (const frame of previews) await frame.waitForFunction(() => document.documentElement.dataset['deckReady'] === 'true');
		// The upcoming preview is one step ahead of the current one.
		const [current, upcoming] = await Promise.all(previews.map((f) => f.evaluate(() => window.Reveal!.getIndices().h)));
		expect(upcoming).toBe((current ?? 0) + 1);
		await speaker.waitForFunction(() => /\d\d:\d\d:\d\d/.test(document.querySelector('.speaker-controls-time .timer')?.textContent ?? ''));
		expect(requests.filter((url) => !isLocalUrl(url))).toEqual([]);
		expect(guarded.consoleErrors).toEqual([]);
		expect(speakerErrors).toEqual([]);
		await context.close();
	});

	it('shows the keys on ? (help overlay)', async () => {
		const guarded = await site.newPage({ viewport: FRAME });
		const { page } = guarded;
		await openDeck(page, `${site.origin}/decks/why-rust-is-growing-fast/`);
		await page.keyboard.press('Shift+Slash');
		const help = page.locator('.r-overlay-help');
		await help.waitFor();
		const text = (await help.textContent()) ?? '';
		for (const action of ['Next slide', 'Previous slide', 'Fullscreen', 'Slide overview', 'Speaker notes view']) expect(text).toContain(action);
		await page.keyboard.press('Escape');
		await help.waitFor({ state: 'detached' });
		expect(guarded.consoleErrors).toEqual([]);
		await page.context().close();
	});
});
