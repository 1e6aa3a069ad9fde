/**
 * The PowerPoint export as a real program opens it: every deck of the project (no site URL) and of the
 * fixture site (a site URL, a 4:3 talk, tables and code made to break the floor, a talk with slides that
 * fall back to pictures) exported to PPTX, converted to PDF by LibreOffice Impress (headless, the decks'
 * fonts installed through a fontconfig of its own) and read back with poppler: a page per slide, each
 * native slide's words found as text where its shapes are, tables and charts as native objects, the notes
 * of the HTML deck, nothing under 18 pt, no local address.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportDecks, type DeckExport } from '../../scripts/export/export.ts';
import { collectingReporter } from '../../scripts/export/reporter.ts';
import { openSite } from '../support/browser.ts';
import { deckUrls, openDeck } from '../support/deck.ts';
import { FIXTURE_SITE, fixtureSiteDist } from '../support/deck-fixtures.ts';
import { convertToPdf, deckFontConfig, ensureLibreOffice } from '../support/libreoffice.ts';
import jsQR from 'jsqr';
import { pdfFonts, pdfPageGray, pdfWords, readPptx, squashText, wordsOutside, type PdfWord, type PptxContent } from '../support/pptx.ts';
import { deckFontFaces, PPTX_FONTS } from '../../src/lib/pptx/fonts.ts';
import { createMeasurer } from '../../src/lib/pptx/measure.ts';
import { create } from 'fontkitten';

/** The characters a face has (its cmap). */
function characterSet(bytes: Uint8Array): Set<number> {
	const font = create(Buffer.from(bytes));
	if (!('characterSet' in font)) throw new Error('a font collection, not a face');
	return new Set(font.characterSet);
}

/** What the HTML deck shows on a slide: its kind, visible words and speaker notes. */
interface HtmlSlide {
	id: string;
	kind: string;
	words: string[];
	notes: string[];
	/** Whether its text holds math (KaTeX's markup). */
	math: boolean;
}

/** One exported deck: the HTML deck, its PPTX read back, and the PDF LibreOffice made of it. */
interface Exported {
	site: 'project' | 'fixtures';
	slug: string;
	aspect: string;
	html: HtmlSlide[];
	pptx: PptxContent;
	pages: PdfWord[][];
	pdf: string;
	fonts: string[];
	pictures: { id: string; reason: string }[];
}

/** Every slide of the deck open in `page`: words of its body (notes and the source link left out), notes. */
function htmlSlides(page: Page): Promise<HtmlSlide[]> {
	return page.evaluate(() =>
		[...document.querySelectorAll<HTMLElement>('.reveal .slides > section[data-kind]')].map((section) => {
			const body = section.querySelector('.slide-body')?.cloneNode(true) as HTMLElement;
			for (const hidden of body.querySelectorAll('svg title, svg desc, .code-step')) hidden.remove();
			// Inline SVG text and HTML text alike: every text node, separated, so words of adjacent elements stay apart.
			const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
			const parts: string[] = [];
			for (let node = walker.nextNode(); node; node = walker.nextNode()) parts.push(node.textContent ?? '');
			return {
				id: section.id,
				kind: section.dataset['kind'] ?? '',
				words: parts.join(' ').split(/\s+/).filter(Boolean),
				notes: [...section.querySelectorAll('aside.notes p')].map((p) => p.textContent ?? ''),
				math: section.querySelector('.slide-body .katex') !== null,
			};
		}),
	);
}

const decks: Exported[] = [];
const progress: string[] = [];
let scratch: string;
let conversionMs = 0;

async function exportSite(site: Exported['site'], dist: string): Promise<void> {
	const out = path.join(scratch, site);
	const reporter = collectingReporter();
	const results: DeckExport[] = await exportDecks({ root: path.dirname(dist), kinds: ['pptx'], outDir: out, build: false, reporter });
	progress.push(...reporter.lines);
	const session = await openSite(dist);
	const { page } = await session.newPage({ viewport: { width: 1280, height: 720 } });
	const fontConfig = await deckFontConfig(path.join(scratch, `fonts-${site}`));
	const files = results.map((r) => r.files.pptx?.file ?? '');
	const started = performance.now();
	const pdfs = convertToPdf(files, path.join(out, 'pdf'), fontConfig);
	conversionMs += performance.now() - started;
	const urls = await deckUrls(page, session.origin);
	for (const [i, result] of results.entries()) {
		const url = urls.find((u) => new URL(u).pathname === `/decks/${result.slug}/`);
		if (!url) throw new Error(`no deck page for ${result.slug}`);
		await openDeck(page, url);
		const aspect = await page.evaluate(() => document.documentElement.dataset['deckAspect'] ?? '');
		const pdf = pdfs[i] ?? '';
		decks.push({
			site,
			slug: result.slug,
			aspect,
			html: await htmlSlides(page),
			pptx: await readPptx(files[i] ?? ''),
			pages: pdfWords(pdf),
			pdf,
			fonts: pdfFonts(pdf),
			pictures: result.pptx?.pictures ?? [],
		});
	}
	await session.close();
}

beforeAll(async () => {
	ensureLibreOffice();
	scratch = mkdtempSync(path.join(os.tmpdir(), 'talkbook-pptx-test-'));
	await exportSite('project', path.resolve('dist'));
	await exportSite('fixtures', await fixtureSiteDist());
	console.info(`LibreOffice converted ${decks.length} PowerPoint files (${decks.reduce((n, d) => n + d.html.length, 0)} slides) to PDF in ${(conversionMs / 1000).toFixed(1)} s`);
}, 600_000);

afterAll(() => {
	if (scratch) rmSync(scratch, { recursive: true, force: true });
});

const of = (site: Exported['site']) => decks.filter((d) => d.site === site);
const pictureIds = (deck: Exported) => new Set(deck.pictures.map((p) => p.id));

describe('the PowerPoint export opened by LibreOffice Impress', () => {
	it('exports every deck and says which slides are pictures of their HTML slide, and why', () => {
		expect(of('project').map((d) => d.slug)).toEqual(['rust-on-the-backend', 'why-rust-is-growing-fast', 'why-rust-on-the-backend']);
		expect(of('fixtures').length).toBeGreaterThanOrEqual(5);
		for (const deck of of('project')) expect(deck.pictures, deck.slug).toEqual([]);
		const pictures = of('fixtures').flatMap((d) => d.pictures.map((p) => `${d.slug}/${p.id}: ${p.reason}`));
		expect(pictures.filter((p) => p.startsWith('pptx-pictures/'))).toEqual([
			'pptx-pictures/the-icon: it has <img>, which has no native PowerPoint form',
			'pptx-pictures/more-detail: it has <details>, which has no native PowerPoint form',
		]);
		// Diagrams, display math and slides whose text holds math are pictures too, each with its reason; nothing else.
		const drawn = of('fixtures')
			.filter((d) => d.slug !== 'pptx-pictures')
			.flatMap((d) => d.html.filter((s) => s.kind === 'diagram' || s.kind === 'math' || s.math).map((s) => `${d.slug}/${s.id}`));
		expect(drawn.length).toBeGreaterThan(5);
		expect(pictures.filter((p) => !p.startsWith('pptx-pictures/')).map((p) => p.slice(0, p.indexOf(':')))).toEqual(drawn);
		expect(pictures.every((p) => /: (a diagram|display math|it has <math>)/.test(p) || p.startsWith('pptx-pictures/'))).toBe(true);
		expect(progress).toContain('pptx-pictures.pptx: slide the-icon is a picture of the HTML slide: it has <img>, which has no native PowerPoint form');
		expect(progress.some((line) => /^\[\d+\/\d+\] pptx-pictures: pptx \(4 slides, 2 as pictures, \d+ KB\) — \d+\.\d s$/.test(line))).toBe(true);
	});

	it('gives a page per slide, in the deck\'s frame (13.333 × 7.5 in, or 10 × 7.5 in at 4:3)', () => {
		for (const deck of decks) {
			expect(deck.pages.length, deck.slug).toBe(deck.html.length);
			expect(deck.pptx.slides.length, deck.slug).toBe(deck.html.length);
			expect(deck.pptx.size.map(Math.round), deck.slug).toEqual(deck.aspect === '4:3' ? [720, 540] : [960, 540]);
		}
		expect(decks.some((d) => d.aspect === '4:3')).toBe(true);
	});

	it('finds every word of every native slide as text on its page, and none on a picture', () => {
		for (const deck of decks) {
			deck.html.forEach((slide, i) => {
				const page = squashText((deck.pages[i] ?? []).map((w) => w.text).join(' '));
				if (pictureIds(deck).has(slide.id)) {
					expect(page, `${deck.slug}/${slide.id}`).toBe('');
					expect(deck.pptx.slides[i]?.shapes.map((s) => s.kind), `${deck.slug}/${slide.id}`).toEqual(['picture']);
					return;
				}
				const missing = slide.words.filter((word) => !page.includes(squashText(word)));
				expect(missing, `${deck.slug}/${slide.id}`).toEqual([]);
			});
		}
	});

	it('keeps every word inside the shape it belongs to, as LibreOffice lays it out with the decks\' fonts', () => {
		for (const deck of decks) {
			deck.pptx.slides.forEach((slide, i) => {
				expect(wordsOutside(deck.pages[i] ?? [], slide.shapes), `${deck.slug} slide ${i + 1} (${deck.html[i]?.id})`).toEqual([]);
			});
			// Noto Sans and Noto Sans Mono set the text; a character outside their Latin subset (↪) comes from a symbol font.
			const mono = deck.html.some((s) => ['code', 'cargo', 'stack'].includes(s.kind) && !pictureIds(deck).has(s.id));
			const native = deck.html.some((s) => !pictureIds(deck).has(s.id));
			for (const face of native ? ['NotoSans-Regular', 'NotoSans-Bold', ...(mono ? ['NotoSansMono-Regular'] : [])] : []) expect(deck.fonts, deck.slug).toContain(face);
			// A character outside the installed Latin slices (`Δ` in a bold table header) is LibreOffice's fallback's.
			expect(deck.fonts.filter((f) => !/^(NotoSans|NotoSansMono)-|^(DejaVuSans(-Bold)?|OpenSymbol)$/.test(f)), deck.slug).toEqual([]);
		}
	});

	it('draws the text with the deck fonts\' own glyphs: a one-line, one-run shape is as wide on the page as HarfBuzz measures it', async () => {
		// A face LibreOffice picked wrongly (a file of the family without Latin letters) draws boxes of another width.
		const faces = await deckFontFaces();
		const measure = createMeasurer(faces);
		// Only text the faces have every character of: another character is drawn by LibreOffice's own fallback (and measured as an em).
		const covered = Object.fromEntries(Object.entries({ sans: faces.regular, mono: faces.mono }).map(([role, bytes]) => [role, characterSet(bytes)])) as Record<keyof typeof PPTX_FONTS, Set<number>>;
		const families = new Map<string, keyof typeof PPTX_FONTS>(Object.entries(PPTX_FONTS).map(([role, name]) => [name, role as keyof typeof PPTX_FONTS]));
		let compared = 0;
		for (const deck of decks) {
			deck.pptx.slides.forEach((slide, i) => {
				if (pictureIds(deck).has(deck.html[i]?.id ?? '')) return;
				for (const sp of slide.xml.matchAll(/<p:sp>([\s\S]*?)<\/p:sp>/g)) {
					const runs = [...(sp[1] ?? '').matchAll(/<a:r><a:rPr[^>]*\ssz="(\d+)"([^>]*)>[\s\S]*?<a:latin typeface="([^"]+)"[\s\S]*?<a:t>([^<]+)<\/a:t><\/a:r>/g)];
					const [run] = runs;
					if (runs.length !== 1 || !run || (sp[1] ?? '').split('<a:p>').length !== 2) continue;
					const family = families.get(run[3] ?? '');
					const text = (run[4] ?? '').replace(/&amp;/g, '&').trim();
					if (!family || text === '' || [...text].some((ch) => !/\s/.test(ch) && !covered[family].has(ch.codePointAt(0) as number))) continue;
					const shape = slide.shapes.find((s) => s.kind === 'text' && squashText(s.text) === squashText(text));
					// A word belongs to the shape its centre is in (poppler's word boxes are a font's full height, taller than a line).
					const words = (deck.pages[i] ?? []).filter((w) => shape && (w.xMin + w.xMax) / 2 >= shape.x && (w.xMin + w.xMax) / 2 <= shape.x + shape.w && (w.yMin + w.yMax) / 2 >= shape.y && (w.yMin + w.yMax) / 2 <= shape.y + shape.h);
					if (words.length === 0 || new Set(words.map((w) => Math.round(w.yMin))).size !== 1) continue;
					const drawn = Math.max(...words.map((w) => w.xMax)) - Math.min(...words.map((w) => w.xMin));
					const measured = measure.width(text, { family, bold: / b="1"/.test(run[2] ?? ''), sizePt: Number(run[1]) / 100 });
					expect(Math.abs(drawn / measured - 1), `${deck.slug} slide ${i + 1}: "${text}" drawn ${drawn.toFixed(1)} pt, measured ${measured.toFixed(1)} pt`).toBeLessThan(0.02);
					compared++;
				}
			});
		}
		expect(compared).toBeGreaterThan(20);
	});

	it('makes tables native tables and charts native charts, a chart part for each', () => {
		for (const deck of decks) {
			deck.html.forEach((slide, i) => {
				if (pictureIds(deck).has(slide.id)) return;
				const kinds = deck.pptx.slides[i]?.shapes.map((s) => s.kind) ?? [];
				if (slide.kind === 'table' || slide.kind === 'stack') expect(kinds.filter((k) => k === 'table'), `${deck.slug}/${slide.id}`).toHaveLength(1);
				if (slide.kind === 'chart') expect(kinds.filter((k) => k === 'chart'), `${deck.slug}/${slide.id}`).toHaveLength(1);
			});
			expect(deck.pptx.charts.size, deck.slug).toBe(deck.html.filter((s) => s.kind === 'chart' && !pictureIds(deck).has(s.id)).length);
			for (const [name, xml] of deck.pptx.charts) {
				expect(xml, name).toContain('<c:barChart><c:barDir val="bar"/>');
				expect(deck.pptx.files, name).toContain(`ppt/charts/_rels/${path.basename(name)}.rels`);
			}
		}
		expect(decks.flatMap((d) => d.html).filter((s) => s.kind === 'chart').length).toBeGreaterThan(3);
	});

	it('carries each slide\'s speaker notes, as the HTML deck has them', () => {
		for (const deck of decks) {
			deck.html.forEach((slide, i) => {
				// Every slide has notes but a closing slide whose article has nothing left to tell.
				if (slide.kind !== 'closing') expect(slide.notes.length, `${deck.slug}/${slide.id}`).toBeGreaterThan(0);
				expect(deck.pptx.slides[i]?.notes.map(squashText), `${deck.slug}/${slide.id}`).toEqual(slide.notes.map(squashText));
			});
		}
	});

	it('sets no text under 18 pt and lets no program shrink it', () => {
		let counted = 0;
		for (const deck of decks) {
			const xml = [...deck.pptx.slides.map((s) => s.xml), ...deck.pptx.charts.values()].join('');
			const sizes = [...xml.matchAll(/<a:(?:rPr|defRPr|endParaRPr)\b[^>]*\ssz="(\d+)"/g)].map((m) => Number(m[1]));
			counted += sizes.length;
			// A deck of pictures only (a talk of two math slides) names no size; any other names them all.
			if (deck.html.every((s) => pictureIds(deck).has(s.id))) continue;
			expect(Math.min(...sizes), deck.slug).toBeGreaterThanOrEqual(1800);
			expect(xml, deck.slug).not.toMatch(/normAutofit|fontScale/);
		}
		expect(counted).toBeGreaterThan(100);
	});

	it('links nowhere without a site URL and never to a local address; with one, to the site, with the QR code as a picture', () => {
		const targets = (deck: Exported) =>
			[...deck.pptx.xml].filter(([name]) => /^ppt\/slides\/_rels\//.test(name)).flatMap(([, rels]) => [...rels.matchAll(/Type="[^"]*\/hyperlink" Target="([^"]+)"/g)].map((m) => m[1] ?? ''));
		for (const deck of decks) for (const [name, xml] of deck.pptx.xml) expect(xml.match(/localhost|127\.0\.0\.1/), `${deck.slug}: ${name}`).toBeNull();
		for (const deck of of('project')) {
			expect(targets(deck), deck.slug).toEqual([]);
			expect(deck.pptx.slides.some((s) => s.xml.includes('hlinkClick')), deck.slug).toBe(false);
		}
		const wide = of('fixtures').find((d) => d.slug === 'wide');
		const links = wide ? targets(wide) : [];
		expect(links.length).toBeGreaterThan(2);
		for (const link of links) expect(link.startsWith(`${FIXTURE_SITE}/`), link).toBe(true);
		expect(links).toContain(`${FIXTURE_SITE}/articles/wide/`);
		const closing = wide?.pptx.slides.at(-1);
		expect(closing?.shapes.filter((s) => s.kind === 'picture').map((s) => s.name)).toEqual(['QR code']);
		// The QR code as LibreOffice draws it reads as the article's address.
		const page = pdfPageGray(wide?.pdf ?? '', wide?.pptx.slides.length ?? 0);
		const rgba = new Uint8ClampedArray(page.width * page.height * 4);
		page.data.forEach((v, i) => rgba.set([v, v, v, 255], i * 4));
		expect(jsQR(rgba, page.width, page.height)?.data).toBe(`${FIXTURE_SITE}/articles/wide/`);
	});
});
