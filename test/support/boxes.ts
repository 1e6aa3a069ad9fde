import type { Page } from 'playwright-core';

/** Where one element of a slide is, in frame pixels from the slide's top left corner. */
export interface ElementBox {
	/** Slide id (`<section id>`), or its h/v index when it has none. */
	slide: string;
	/** The element's place in the slide: child indexes from the `<section>` and its tag (`0.2.1 td`). */
	element: string;
	x: number;
	y: number;
	width: number;
	height: number;
}

/**
 * Runs in the page: shows every slide with all its fragments and reads the box of every element in it
 * (speaker notes and screen-reader-only text left out), relative to the slide and in frame pixels (reveal.js's scale of the whole
 * frame divided out), so two browsers with different fonts can be compared element by element.
 */
function boxesInPage(): ElementBox[] {
	const reveal = window.Reveal!;
	const slidesEl = document.querySelector<HTMLElement>('.reveal .slides')!;
	const out: ElementBox[] = [];
	const round = (n: number) => Math.round(n * 100) / 100;
	for (const slide of reveal.getSlides()) {
		const { h, v } = reveal.getIndices(slide);
		reveal.slide(h, v ?? 0, Number.MAX_SAFE_INTEGER);
		const scale = slidesEl.getBoundingClientRect().width / (slidesEl.offsetWidth || 1);
		const origin = slide.getBoundingClientRect();
		const id = slide.id || `${h}/${v ?? 0}`;
		const walk = (el: Element, place: string): void => {
			[...el.children].forEach((child, i) => {
				// Speaker notes, and text clipped to nothing for screen readers (KaTeX's MathML beside its HTML): not laid out for the eye.
				if (child.matches('aside.notes, script, style') || getComputedStyle(child).clipPath === 'inset(50%)') return;
				const here = place ? `${place}.${i}` : String(i);
				const r = child.getBoundingClientRect();
				out.push({ slide: id, element: `${here} ${child.tagName.toLowerCase()}`, x: round((r.left - origin.left) / scale), y: round((r.top - origin.top) / scale), width: round(r.width / scale), height: round(r.height / scale) });
				walk(child, here);
			});
		};
		walk(slide, '');
	}
	reveal.slide(0, 0, 0);
	return out;
}

/** The box of every element of every slide of the deck open in `page` (all fragments shown). */
export function slideBoxes(page: Page): Promise<ElementBox[]> {
	return page.evaluate(boxesInPage);
}

/** The elements whose boxes differ by more than `tolerance` px between two layouts of one deck, as lines; and elements only one has. */
export function boxDifferences(deck: string, a: readonly ElementBox[], b: readonly ElementBox[], tolerance = 1): string[] {
	const key = (box: ElementBox) => `${box.slide} ${box.element}`;
	const other = new Map(b.map((box) => [key(box), box]));
	const lines: string[] = [];
	for (const box of a) {
		const twin = other.get(key(box));
		other.delete(key(box));
		if (!twin) {
			lines.push(`${deck}#/${box.slide} <${box.element}> only in the first layout`);
			continue;
		}
		const off = (['x', 'y', 'width', 'height'] as const).filter((k) => Math.abs(box[k] - twin[k]) > tolerance);
		if (off.length > 0) lines.push(`${deck}#/${box.slide} <${box.element}> ${off.map((k) => `${k} ${box[k]} vs ${twin[k]}`).join(', ')}`);
	}
	for (const box of other.values()) lines.push(`${deck}#/${box.slide} <${box.element}> only in the second layout`);
	return lines;
}
