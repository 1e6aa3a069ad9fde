import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** What the tests read from a PDF with pdf.js: page count, first page size in points, text per page. */
export interface PdfContent {
	pages: number;
	/** Width and height of the first page, in PDF points (1/72 in). */
	size: [number, number];
	text: string[];
	/** Every link target of every page (link annotations). */
	links: string[];
}

export async function readPdf(file: string): Promise<PdfContent> {
	const task = getDocument({ data: new Uint8Array(readFileSync(file)), isEvalSupported: false, useSystemFonts: false, verbosity: 0 });
	const doc = await task.promise;
	try {
		const text: string[] = [];
		const links: string[] = [];
		let size: [number, number] = [0, 0];
		for (let n = 1; n <= doc.numPages; n++) {
			const page = await doc.getPage(n);
			if (n === 1) {
				const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = page.view;
				size = [Math.round(x1 - x0), Math.round(y1 - y0)];
			}
			for (const annotation of (await page.getAnnotations()) as { url?: string; unsafeUrl?: string }[]) {
				const url = annotation.url ?? annotation.unsafeUrl;
				if (url) links.push(url);
			}
			const content = await page.getTextContent();
			text.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''));
		}
		return { pages: doc.numPages, size, text, links };
	} finally {
		await task.destroy();
	}
}

/** The names of the fonts a PDF's pages set text in (`AAAAAA+NotoSans-Bold`), read with pdf.js. */
export async function pdfFontNames(file: string): Promise<string[]> {
	const task = getDocument({ data: new Uint8Array(readFileSync(file)), isEvalSupported: false, useSystemFonts: false, verbosity: 0 });
	const doc = await task.promise;
	try {
		const names = new Set<string>();
		for (let n = 1; n <= doc.numPages; n++) {
			const page = await doc.getPage(n);
			const ops = await page.getOperatorList();
			ops.fnArray.forEach((fn, i) => {
				if (fn !== OPS.setFont) return;
				const font = page.commonObjs.get(ops.argsArray[i]?.[0] as string) as { name?: string } | undefined;
				names.add(font?.name ?? '(unnamed)');
			});
		}
		return [...names].sort();
	} finally {
		await task.destroy();
	}
}

/**
 * Text reduced to what survives any layout: no whitespace at all (line breaks in a PDF fall anywhere),
 * and one apostrophe, since a font may map ’ and ʼ to the same glyph and the PDF names only one of them.
 */
export function squash(text: string): string {
	return text.normalize('NFKC').replace(/\s+/g, '').replace(/[\u2018\u2019\u02bc\u0027]/g, "'");
}

/** What the deck page itself says about the deck, once it is ready. */
export interface DeckFacts {
	slides: number;
	/** Text of each slide's speaker notes, in order. */
	notes: string[];
	/** Text of the first takeaway of the deck. */
	firstTakeaway: string;
	/** Pages the deck has with a page per fragment step: each slide once, plus once per fragment step. */
	steps: number;
}

export function deckFacts(page: Page): Promise<DeckFacts> {
	return page.evaluate(() => {
		const reveal = window.Reveal!;
		const slides = reveal.getSlides();
		const steps = slides.reduce((sum, slide) => {
			const indices = new Set([...slide.querySelectorAll('.fragment')].map((f) => f.getAttribute('data-fragment-index')));
			return sum + 1 + indices.size;
		}, 0);
		return {
			slides: reveal.getTotalSlides(),
			notes: slides.map((s) => s.querySelector('aside.notes')?.textContent ?? ''),
			firstTakeaway: document.querySelector('.takeaways li')?.textContent ?? '',
			steps,
		};
	});
}

