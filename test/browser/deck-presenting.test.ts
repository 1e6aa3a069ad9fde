/**
 * Presenting as it is: the real address or none (no localhost on any slide without a site URL; with one,
 * the article URL on the title and closing slides and a QR code decoded back to it from a screenshot),
 * pacing handed to reveal.js, chrome that stays off the presented slide, the speaker view's upcoming
 * preview with its fragments shown and its slide number uncovered, and table numbers without spaced hyphens.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, type SiteSession } from '../support/browser.ts';
import { deckUrls, openDeck } from '../support/deck.ts';
import { FIXTURE_SITE, fixtureSiteDist } from '../support/deck-fixtures.ts';
import { decodeQr } from '../support/qr.ts';

const FRAME = { width: 1280, height: 720 };

let project: SiteSession;
let withSite: SiteSession;

beforeAll(async () => {
	project = await openSite();
	withSite = await openSite(await fixtureSiteDist());
}, 300_000);

afterAll(async () => {
	await project?.close();
	await withSite?.close();
});

describe('the address', () => {
	it('is never localhost or 127.0.0.1 on a slide, and absent from title and closing slides, when no site URL is set', async () => {
		const { page } = await project.newPage({ viewport: FRAME });
		for (const url of await deckUrls(page, project.origin)) {
			await openDeck(page, url);
			const facts = await page.evaluate(() => ({
				html: document.querySelector('.reveal .slides')?.innerHTML ?? '',
				titleLinks: document.querySelectorAll('.title-link').length,
				qr: document.querySelectorAll('.qr-code').length,
				absolute: [...document.querySelectorAll('.reveal .slides a[href]')].map((a) => a.getAttribute('href') ?? '').filter((h) => /^https?:/.test(h) && !/^https?:\/\/(?!localhost|127\.)/.test(h)),
			}));
			expect(facts.html.match(/localhost|127\.0\.0\.1/), url).toBeNull();
			expect(facts.titleLinks, url).toBe(0);
			expect(facts.qr, url).toBe(0);
			expect(facts.absolute, url).toEqual([]);
		}
		await page.context().close();
	});

	it('is the article URL on the title and closing slides, with a QR code that decodes back to it', async () => {
		const { page } = await withSite.newPage({ viewport: FRAME });
		await openDeck(page, `${withSite.origin}/decks/floor-tables/#/closing`);
		const articleUrl = `${FIXTURE_SITE}/articles/floor-tables/`;
		await expect(page.locator('section#title .title-link').getAttribute('href')).resolves.toBe(articleUrl);
		await expect(page.locator('section#title .title-link').textContent()).resolves.toBe('talkbook.example/articles/floor-tables/');
		await expect(page.locator('section#closing figcaption').textContent()).resolves.toBe('talkbook.example/articles/floor-tables/');
		const qr = page.locator('section#closing svg.qr-code');
		// Big enough for the back of the room: 300 frame px, modules of 6 px or more.
		const box = await page.evaluate(() => {
			const svg = document.querySelector<SVGSVGElement>('section#closing svg.qr-code')!;
			const scale = window.Reveal!.getScale();
			const modules = svg.viewBox.baseVal.width;
			return { side: svg.getBoundingClientRect().width / scale, module: svg.getBoundingClientRect().width / scale / modules };
		});
		expect(box.side).toBeGreaterThanOrEqual(300);
		expect(box.module).toBeGreaterThanOrEqual(6);
		await page.waitForTimeout(600);
		const decoded = await decodeQr(page, qr);
		expect(decoded).toBe(articleUrl);
		await page.context().close();
	});
});

describe('pacing', () => {
	it("hands the talk's minutes to reveal.js and gives each slide a share weighted by its notes", async () => {
		const { page } = await project.newPage({ viewport: FRAME });
		await openDeck(page, `${project.origin}/decks/rust-on-the-backend/`);
		const pacing = await page.evaluate(() => ({
			totalTime: (window.Reveal!.getConfig() as { totalTime?: number }).totalTime,
			slides: window.Reveal!.getSlides().map((s) => ({ timing: Number(s.dataset['timing']), words: (s.querySelector('aside.notes')?.textContent ?? '').split(/\s+/).filter(Boolean).length })),
		}));
		expect(pacing.totalTime).toBe(20 * 60);
		expect(pacing.slides.every((s) => s.timing > 0)).toBe(true);
		expect(pacing.slides.reduce((sum, s) => sum + s.timing, 0)).toBe(20 * 60);
		const most = pacing.slides.reduce((a, b) => (b.words > a.words ? b : a));
		const least = pacing.slides.reduce((a, b) => (b.words < a.words ? b : a));
		expect(most.timing).toBeGreaterThan(least.timing);
		await page.context().close();
	});
});

describe('the presenting surface', () => {
	it('keeps the chrome off a presented slide: shown on pointer movement and in the overview only', async () => {
		const { page } = await project.newPage({ viewport: FRAME });
		await openDeck(page, `${project.origin}/decks/why-rust-on-the-backend/`);
		const opacity = () => page.evaluate(() => getComputedStyle(document.querySelector('.deck-chrome')!).opacity);
		await page.keyboard.press('ArrowRight');
		await expect.poll(opacity).toBe('0');
		await page.mouse.move(300, 300);
		await page.mouse.move(320, 310);
		await expect.poll(opacity).toBe('1');
		await page.keyboard.press('ArrowRight');
		await expect.poll(opacity).toBe('0');
		await page.keyboard.press('Escape');
		await expect.poll(opacity).toBe('1');
		await page.context().close();
	});

	it("shows the upcoming slide whole in the speaker view's preview, its slide number clear of the layout menu", async () => {
		const { page } = await project.newPage({ viewport: { width: 640, height: 512 } });
		// As reveal's notes plugin loads the upcoming preview, then moves it on from the current slide.
		await openDeck(page, `${project.origin}/decks/why-rust-on-the-backend/?receiver&progress=false&history=false&transition=none&autoSlide=0&backgroundTransition=none&scrollActivationWidth=false&controls=false#/0/0`);
		await page.evaluate(() => window.Reveal!.next());
		const preview = await page.evaluate(() => {
			const slide = window.Reveal!.getCurrentSlide()!;
			const number = document.querySelector('.reveal .slide-number')!.getBoundingClientRect();
			return {
				id: slide.id,
				fragments: slide.querySelectorAll('.fragment').length,
				hidden: [...slide.querySelectorAll('.fragment')].filter((f) => getComputedStyle(f).opacity !== '1').length,
				numberTop: number.top,
				controls: getComputedStyle(document.querySelector('.reveal .controls')!).display,
			};
		});
		expect(preview.id).toBe('takeaways');
		expect(preview.fragments).toBeGreaterThan(0);
		expect(preview.hidden).toBe(0);
		// The speaker view's layout menu sits at the top right of this frame, reveal's arrows at the bottom right.
		expect(preview.numberTop).toBeGreaterThan(512 / 2);
		expect(preview.controls).toBe('none');
		await page.context().close();
	});

	it('aligns numbers in tables without spacing hyphens out', async () => {
		const { page } = await project.newPage({ viewport: FRAME });
		await openDeck(page, `${project.origin}/decks/why-rust-is-growing-fast/#/table-2`);
		const facts = await page.evaluate(() => {
			const cell = [...document.querySelectorAll('section#table-2 td')].find((td) => td.textContent?.includes('3-8 seconds'))!;
			const width = (text: string, numeric: string): number => {
				const probe = document.createElement('span');
				probe.textContent = text;
				probe.style.fontVariantNumeric = numeric;
				cell.append(probe);
				const w = probe.getBoundingClientRect().width;
				probe.remove();
				return w;
			};
			// The hyphen of "3-8" as the cell sets it, against the same hyphen without tabular figures: fonts such
			// as Inter (and SF on a Mac) give it a digit's width under tabular-nums, which spaced "3 - 8" out.
			const hyphen = [...cell.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent === '-');
			const range = document.createRange();
			if (hyphen) range.selectNodeContents(hyphen);
			return {
				cell: getComputedStyle(cell).fontVariantNumeric,
				digits: getComputedStyle(cell.querySelector('.num')!).fontVariantNumeric,
				hyphenAsSet: hyphen ? range.getBoundingClientRect().width : -1,
				hyphenProportional: width('-', 'normal'),
			};
		});
		expect(facts.hyphenAsSet).toBeCloseTo(facts.hyphenProportional, 1);
		expect(facts.cell).toBe('normal');
		expect(facts.digits).toBe('tabular-nums');
		await page.context().close();
	});
});
