/**
 * The print view's work once reveal.js has laid the pages out (`?print-pdf`): code lit per step, links
 * that work in a PDF, the handout's A4 pages. Imported by the client only when it prints.
 */
import { updateCodeSteps } from './code-steps.ts';

/** Every page of the print view, in order. */
export function printPages(): HTMLElement[] {
	return [...document.querySelectorAll<HTMLElement>('.reveal .slides .pdf-page')];
}

/**
 * Lights the code lines of each print page's current step (pages made by `pdfSeparateFragments`), and
 * every line where no step is current, so a PDF page looks like the slide at that moment of the talk.
 */
export function stepCodeOnPrintPages(): void {
	for (const page of printPages()) updateCodeSteps(page);
}

/** Largest and smallest notes type on a handout page, in px (16px ≈ 12pt, 11px ≈ 8pt). */
const NOTES_MAX_PX = 16;
const NOTES_MIN_PX = 11;

/** Shrinks the notes' type in half-pixel steps until they fit their box (long notes are rare). */
function fitNotes(notes: HTMLElement): void {
	for (let px = NOTES_MAX_PX; px >= NOTES_MIN_PX; px -= 0.5) {
		notes.style.fontSize = `${px}px`;
		if (notes.scrollHeight <= notes.clientHeight + 1) return;
	}
	console.warn('[deck] handout: notes still overflow their page at the smallest size');
}

/**
 * Turns the print view into a handout: each page becomes A4 portrait with a header (deck and slide
 * number), the slide scaled to the page width and its speaker notes below. Works on the pages reveal.js
 * built, after the slides were fitted at full size, so the slide looks exactly as it does in the room.
 */
export function layoutHandout(deckTitle: string): void {
	const pages = printPages();
	pages.forEach((page, index) => {
		const section = page.querySelector<HTMLElement>(':scope > section');
		const frame = document.createElement('div');
		frame.className = 'handout-slide';
		frame.append(...page.childNodes);

		const header = document.createElement('p');
		header.className = 'handout-header';
		const title = document.createElement('span');
		title.textContent = deckTitle;
		const number = document.createElement('span');
		// The slide's share of the talk (its `data-timing`, seconds), so a speaker rehearsing from paper keeps pace.
		const seconds = Number(section?.dataset['timing'] ?? 0);
		const minutes = seconds > 0 ? ` · ${(seconds / 60).toFixed(1)} min` : '';
		number.textContent = `Slide ${index + 1} of ${pages.length}${minutes}`;
		header.append(title, number);

		const notes = document.createElement('div');
		notes.className = 'handout-notes';
		const label = document.createElement('p');
		label.className = 'handout-notes-label';
		label.textContent = 'Speaker notes';
		const body = document.createElement('div');
		body.className = 'handout-notes-body';
		const aside = section?.querySelector('aside.notes');
		if (aside && aside.textContent?.trim()) body.innerHTML = aside.innerHTML;
		else body.textContent = 'No speaker notes for this slide.';
		notes.append(label, body);

		page.style.removeProperty('height');
		page.style.removeProperty('background');
		page.append(header, frame, notes);
	});
	// reveal.js declared a 1280×720 @page and sized the body to it; a later rule wins for the page size.
	const style = document.createElement('style');
	style.textContent = '@page { size: 210mm 297mm; margin: 0; }';
	document.head.append(style);
	document.body.style.width = '';
	document.body.style.height = '';
	document.documentElement.classList.add('deck-handout');
	for (const notes of document.querySelectorAll<HTMLElement>('.handout-notes')) fitNotes(notes);
}

/**
 * Links in the PDF: a site path would resolve against the page the PDF was printed from (the export's
 * own 127.0.0.1 server), so it points at the published site (`<html data-site-origin>`) when there is
 * one, and is no link at all otherwise; the text stays.
 */
export function fixPrintLinks(root: ParentNode = document): void {
	const origin = document.documentElement.dataset['siteOrigin'];
	for (const a of root.querySelectorAll<HTMLAnchorElement>('.reveal a[href]')) {
		const href = a.getAttribute('href') ?? '';
		if (!href.startsWith('/') || href.startsWith('//')) continue;
		if (origin) a.setAttribute('href', new URL(href, origin).href);
		else a.removeAttribute('href');
	}
}
