/**
 * The decks' own fonts, as Chromium uses them (src/lib/fonts/): every glyph of every slide comes from a
 * face the page brings, on a machine that has other fonts installed (Liberation, and a Noto Sans Mono of
 * its own that the deck's must hide); they come with the page (no font file to fetch) and are in place
 * before the first paint, so nothing moves once the deck shows; the speaker view's previews use them too.
 */
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLED_FAMILIES } from '../../src/lib/fonts/families.ts';
import { katexStylesheet } from '../../src/lib/math/fonts.ts';
import { openSite, type SiteSession } from '../support/browser.ts';
import { deckUrls, openDeck } from '../support/deck.ts';
import { fixtureSiteDist } from '../support/deck-fixtures.ts';
import { fontEnvironments } from '../support/font-envs.ts';

const FRAME = { width: 1280, height: 720 };
/** The deck fonts, and KaTeX's faces, which a deck with math brings cut to its formulas (src/lib/math/style.ts). */
const BUNDLED = new Set([...BUNDLED_FAMILIES.map((f) => f.family), ...katexStylesheet().faces.map((f) => f.family)]);

interface DomNode {
	nodeId: number;
	nodeType: number;
	nodeName: string;
	attributes?: string[];
	children?: DomNode[];
	pseudoElements?: DomNode[];
	contentDocument?: DomNode;
}

/** The element nodes (and their ::before/::after) below `node`, speaker notes and screen-reader-only text left out. */
function elementsBelow(node: DomNode, out: DomNode[] = []): DomNode[] {
	for (const child of node.children ?? []) {
		if (child.nodeType !== 1) continue;
		const cls = child.attributes?.[child.attributes.indexOf('class') + 1] ?? '';
		if ((child.nodeName === 'ASIDE' && /\bnotes\b/.test(cls)) || child.attributes?.includes('data-font-probe-unseen')) continue;
		out.push(child, ...(child.pseudoElements ?? []));
		elementsBelow(child, out);
	}
	return out;
}

function find(node: DomNode, test: (n: DomNode) => boolean): DomNode | undefined {
	if (test(node)) return node;
	for (const child of [...(node.children ?? []), ...(node.contentDocument ? [node.contentDocument] : [])]) {
		const hit = find(child, test);
		if (hit) return hit;
	}
	return undefined;
}

/**
 * Shows each slide of the deck open in `page` with all its fragments and asks Chromium (DevTools
 * protocol, CSS.getPlatformFontsForNode) which fonts drew the text of each of its elements; lists every
 * glyph run drawn by a font the page did not bring, or by a family that is not bundled.
 */
async function foreignFonts(page: Page, cdp: CDPSession, deck: string): Promise<{ runs: number; foreign: string[] }> {
	const count = await page.evaluate(() => window.Reveal!.getSlides().length);
	let runs = 0;
	const foreign: string[] = [];
	for (let i = 0; i < count; i++) {
		const id = await page.evaluate((index) => {
			const reveal = window.Reveal!;
			const slide = reveal.getSlides()[index] as HTMLElement;
			const { h, v } = reveal.getIndices(slide);
			reveal.slide(h, v ?? 0, Number.MAX_SAFE_INTEGER);
			document.querySelector('[data-font-probe]')?.removeAttribute('data-font-probe');
			slide.setAttribute('data-font-probe', '');
			// Text clipped to nothing for screen readers (KaTeX's MathML beside its HTML) is drawn for no one.
			for (const el of slide.querySelectorAll('*')) if (getComputedStyle(el).clipPath === 'inset(50%)') el.setAttribute('data-font-probe-unseen', '');
			return slide.id || `${h}/${v ?? 0}`;
		}, i);
		const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
		const slide = find(root, (n) => n.attributes?.includes('data-font-probe') === true);
		if (!slide) throw new Error(`${deck}#/${id}: slide not found in the DOM`);
		for (const node of elementsBelow(slide)) {
			const { fonts } = (await cdp.send('CSS.getPlatformFontsForNode', { nodeId: node.nodeId })) as { fonts: { familyName: string; isCustomFont: boolean; glyphCount: number }[] };
			for (const font of fonts) {
				runs++;
				if (!font.isCustomFont || !BUNDLED.has(font.familyName)) foreign.push(`${deck}#/${id} <${node.nodeName.toLowerCase()}>: ${font.glyphCount} glyphs in ${font.familyName}${font.isCustomFont ? '' : ' (installed on the machine)'}`);
			}
		}
	}
	return { runs, foreign };
}

let sites: SiteSession[] = [];
beforeAll(async () => {
	// The machine with the other fonts: Liberation, and Noto Mono installed as a system font.
	const liberation = fontEnvironments().find((env) => env.name === 'liberation');
	const launch = { fontconfigFile: liberation?.fontconfigFile ?? '' };
	sites = [await openSite('dist', '/', launch), await openSite(await fixtureSiteDist(), '/', launch)];
}, 300_000);

afterAll(async () => {
	for (const site of sites) await site.close();
});

describe('the deck fonts', () => {
	it('draw every glyph of every slide of the project and fixture decks, whatever the machine has installed', async () => {
		let runs = 0;
		const foreign: string[] = [];
		for (const site of sites) {
			const { page } = await site.newPage({ viewport: FRAME });
			const urls = await deckUrls(page, site.origin);
			await page.context().close();
			for (const url of urls) {
				const { page: deckPage } = await site.newPage({ viewport: FRAME });
				await openDeck(deckPage, url);
				const cdp = await deckPage.context().newCDPSession(deckPage);
				await cdp.send('DOM.enable');
				await cdp.send('CSS.enable');
				const found = await foreignFonts(deckPage, cdp, new URL(url).pathname);
				runs += found.runs;
				foreign.push(...found.foreign);
				await deckPage.context().close();
			}
		}
		expect(runs).toBeGreaterThan(1000);
		expect(foreign.slice(0, 30), `${foreign.length} runs of text in other fonts`).toEqual([]);
	}, 300_000);

	it('come with the page and are in place before the first paint: no font file fetched, nothing moves after', async () => {
		const [site] = sites as [SiteSession];
		const { page } = await site.newPage({ viewport: FRAME });
		const urls = await deckUrls(page, site.origin);
		await page.context().close();
		for (const url of urls) {
			const guarded = await site.newPage({ viewport: FRAME });
			const fetched: string[] = [];
			guarded.page.on('request', (request) => {
				if (request.resourceType() === 'font') fetched.push(request.url().slice(0, 60));
			});
			await guarded.page.addInitScript(() => {
				const shifts: number[] = [];
				(window as unknown as { shifts: number[] }).shifts = shifts;
				new PerformanceObserver((list) => {
					for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) shifts.push(entry.value);
				}).observe({ type: 'layout-shift', buffered: true });
			});
			await openDeck(guarded.page, url);
			await guarded.page.waitForTimeout(500);
			const facts = await guarded.page.evaluate(() => ({
				shifts: (window as unknown as { shifts: number[] }).shifts,
				faces: [...document.fonts].map((f) => `${f.family} ${f.weight} ${f.status}`),
				title: getComputedStyle(document.querySelector('.reveal .slide-title') as Element).fontFamily,
			}));
			expect(facts.shifts, url).toEqual([]);
			expect(fetched, url).toEqual([]);
			expect(facts.faces.length, url).toBeGreaterThanOrEqual(3);
			for (const face of facts.faces) expect(face, url).toMatch(/ loaded$/);
			expect(facts.title, url).toMatch(/^"Noto Sans"/);
			await guarded.page.context().close();
		}
	});

	it('are the speaker view previews\' fonts too', async () => {
		const [site] = sites as [SiteSession];
		const { page } = await site.newPage({ viewport: FRAME });
		await openDeck(page, `${site.origin}/decks/why-rust-on-the-backend/`);
		const [speaker] = await Promise.all([page.context().waitForEvent('page'), page.keyboard.press('s')]);
		await speaker.waitForFunction(() => document.querySelectorAll('iframe').length === 2);
		const previews = speaker.frames().filter((f) => f !== speaker.mainFrame());
		expect(previews).toHaveLength(2);
		for (const frame of previews) {
			await frame.waitForFunction(() => document.documentElement.dataset['deckReady'] === 'true');
			const facts = await frame.evaluate(() => ({
				faces: [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family),
				drawn: document.fonts.check('700 54px "Noto Sans"', document.querySelector('.reveal .slide-title')?.textContent ?? ''),
			}));
			expect(facts.faces).toEqual(expect.arrayContaining(['Noto Sans', 'Noto Sans Mono']));
			expect(facts.drawn).toBe(true);
		}
		await page.context().close();
	});
});
