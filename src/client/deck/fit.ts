/**
 * Smallest size, in frame pixels, any slide content may be shrunk to: the readability floor. Fitting
 * stops there and reports the slide as overflowing instead; the deck builder splits content so it never
 * has to (small navigation marked `data-chrome` sits outside the fitted body and is never shrunk).
 */
export const FLOOR_PX = 24;
/** Characters that take no room and draw nothing. */
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/g;
/** Binary-search steps: 7 halvings of the allowed range land within half a percent. */
const SEARCH_STEPS = 7;
/** Sub-pixel rounding makes scroll sizes exceed client sizes by one pixel on fitting content. */
const TOLERANCE = 1;

/** Result for one slide, for the console and for tests. */
export interface FitResult {
	slide: HTMLElement;
	/** Scale of the whole slide body (1 = untouched). */
	scale: number;
	/** Whether the content still overflows at the smallest scale. */
	overflows: boolean;
}

function overflowsBox(el: HTMLElement): boolean {
	return el.scrollHeight > el.clientHeight + TOLERANCE || el.scrollWidth > el.clientWidth + TOLERANCE;
}

function overflowsHeight(el: HTMLElement): boolean {
	return el.scrollHeight > el.clientHeight + TOLERANCE;
}

function overflowsWidth(el: HTMLElement): boolean {
	return el.scrollWidth > el.clientWidth + TOLERANCE;
}

/** Smallest font size of the text inside `el` (itself included), chrome left out. */
function smallestText(el: HTMLElement): number {
	let least = Number.POSITIVE_INFINITY;
	for (const node of [el, ...el.querySelectorAll<HTMLElement>('*')]) {
		// Chrome has a floor of its own; KaTeX's MathML is for screen readers, clipped to nothing on screen.
		if (node.closest('[data-chrome], .katex-mathml')) continue;
		// Zero-width characters draw nothing (KaTeX's 1 px struts hold one): they are not text to keep readable.
		const hasText = [...node.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').replace(ZERO_WIDTH, '').trim() !== '');
		if (hasText) least = Math.min(least, Number.parseFloat(getComputedStyle(node).fontSize));
	}
	return least;
}

/**
 * Shrinks `el`'s font-size to the largest scale at which `overflows(el)` is false and returns it
 * (the floor's scale if none fits). The size is set in `em` of the parent, so a `.fit` shrunk here still
 * follows its slide body when that is shrunk afterwards; all deck sizes are in `em` for the same reason.
 */
function shrinkToFit(el: HTMLElement, overflows: (el: HTMLElement) => boolean): number {
	el.style.fontSize = '';
	delete el.dataset['fitScale'];
	if (!overflows(el)) return 1;
	// Never below the floor: the smallest text inside sets how far this element may shrink.
	const minScale = Math.min(1, FLOOR_PX / smallestText(el));
	if (minScale >= 1) return 1;
	const own = Number.parseFloat(getComputedStyle(el).fontSize);
	const parent = el.parentElement ? Number.parseFloat(getComputedStyle(el.parentElement).fontSize) : own;
	const baseEm = own / parent;
	const apply = (scale: number): void => {
		// Rounded up, so the smallest text never lands a hair under the floor.
		el.style.fontSize = `${Math.ceil(baseEm * scale * 10_000) / 10_000}em`;
	};
	let fits = minScale;
	let tooBig = 1;
	for (let i = 0; i < SEARCH_STEPS; i++) {
		const mid = (fits + tooBig) / 2;
		apply(mid);
		if (overflows(el)) tooBig = mid;
		else fits = mid;
	}
	apply(fits);
	el.dataset['fitScale'] = fits.toFixed(3);
	return fits;
}

/** Runs `measure` with `slide` (and a parent stack) laid out, restoring reveal's inline display afterwards. */
function whileDisplayed<T>(slide: HTMLElement, measure: () => T): T {
	const chain = [slide, slide.parentElement?.closest('section') ?? null].filter((s): s is HTMLElement => s !== null);
	const saved = chain.map((s) => s.style.display);
	for (const s of chain) if (getComputedStyle(s).display === 'none') s.style.display = 'block';
	try {
		return measure();
	} finally {
		chain.forEach((s, i) => {
			s.style.display = saved[i] ?? '';
		});
	}
}

/**
 * Fits one slide: the body is shrunk until it is short enough for the frame, and each wide table or
 * code block (`.fit`) until it is narrow enough for the body, so one wide table does not shrink the
 * title. The `.fit` pass is redone at the body's final size, where it may need less shrinking.
 */
export function fitSlide(slide: HTMLElement): FitResult {
	const body = slide.querySelector<HTMLElement>(':scope > .slide-body');
	if (!body) return { slide, scale: 1, overflows: false };
	const wide = [...body.querySelectorAll<HTMLElement>('.fit')];
	const fitWide = (): void => {
		for (const el of wide) shrinkToFit(el, overflowsWidth);
	};
	return whileDisplayed(slide, () => {
		body.style.fontSize = '';
		fitWide();
		let scale = shrinkToFit(body, overflowsHeight);
		// Re-fitting the wide parts at the new body size can make them taller again (less wrapping);
		// two rounds settle every case seen in practice, and anything left is reported below.
		for (let round = 0; round < 2 && scale < 1 && wide.length > 0; round++) {
			fitWide();
			if (!overflowsHeight(body)) break;
			scale = shrinkToFit(body, overflowsHeight);
			if (wide.some(overflowsWidth)) fitWide();
		}
		const overflows = overflowsBox(body);
		slide.toggleAttribute('data-overflow', overflows);
		return { slide, scale, overflows };
	});
}

/**
 * Scales every slide body of the deck down until nothing overflows the 1280×720 frame. Works on the
 * live deck and on the print-pdf pages (which are clones), since it only looks at `.slide-body`.
 */
export function fitAllSlides(root: ParentNode = document): FitResult[] {
	const slides = new Set<HTMLElement>();
	for (const body of root.querySelectorAll<HTMLElement>('.reveal .slides .slide-body')) {
		const slide = body.parentElement;
		if (slide?.tagName === 'SECTION') slides.add(slide);
	}
	// reveal animates fragments with `transition: all`; a transitioning font-size would be measured at its old value.
	const html = document.documentElement;
	html.classList.add('deck-fitting');
	let results: FitResult[];
	try {
		results = [...slides].map(fitSlide);
	} finally {
		html.classList.remove('deck-fitting');
	}
	for (const r of results) {
		if (r.overflows) console.warn(`[deck] slide #${r.slide.id} still overflows with its text at the ${FLOOR_PX}px floor; split it`);
	}
	return results;
}
