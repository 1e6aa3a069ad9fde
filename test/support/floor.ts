import type { Page } from 'playwright-core';

/** Smallest size, in frame pixels, of slide content and of small navigation marked `data-chrome`. */
export const FLOOR = { content: 24, chrome: 16 } as const;

/** One piece of text on a slide and the size it renders at in the frame. */
export interface TextSize {
	/** Slide id (`<section id>`), or its h/v index when it has none. */
	slide: string;
	/** A short CSS-like description of the element: `td.fit > code`, `li:nth-child(3)`. */
	element: string;
	/** The first characters of its text, to find it on the slide. */
	text: string;
	/** Rendered font size in frame pixels (after every scaling except reveal.js's scaling of the whole frame). */
	px: number;
	/** Whether it sits inside `[data-chrome]` (16 px floor) rather than being content (24 px floor). */
	chrome: boolean;
}

/**
 * Runs in the page: shows every slide of the deck with all its fragments, and lists every element that
 * holds text (its own text nodes, or `::before`/`::after` content, or SVG text) with its size in frame
 * pixels. The size is the computed font size times every transform and zoom between the element and its
 * slide (fit-to-frame shrinks by font size, so that is in the computed size already); reveal.js's own
 * scale of the whole frame sits above the slide and is not counted. Notes and hidden elements are skipped.
 */
function measureInPage(): TextSize[] {
	const reveal = window.Reveal!;
	const out: TextSize[] = [];
	const scaleOf = (el: Element): number => {
		const style = getComputedStyle(el);
		let scale = Number.parseFloat(style.zoom || '1') || 1;
		if (style.transform && style.transform !== 'none') {
			const m = new DOMMatrixReadOnly(style.transform);
			scale *= Math.hypot(m.a, m.b);
		}
		if (style.scale && style.scale !== 'none') scale *= Number.parseFloat(style.scale) || 1;
		return scale;
	};
	const describe = (el: Element, slide: Element): string => {
		const parts: string[] = [];
		for (let at: Element | null = el; at && at !== slide && parts.length < 3; at = at.parentElement) {
			const cls = [...at.classList].filter((c) => !/^(visible|current-fragment|fragment|is-lit|is-dim)$/.test(c)).slice(0, 2);
			parts.unshift(at.tagName.toLowerCase() + cls.map((c) => `.${c}`).join(''));
		}
		return parts.join(' > ');
	};
	// Text clipped to nothing for screen readers only (KaTeX's MathML beside its HTML) renders nothing to read.
	const visuallyHidden = (el: Element, slide: Element): boolean => {
		for (let at: Element | null = el; at && at !== slide; at = at.parentElement) {
			const style = getComputedStyle(at);
			if (style.clipPath === 'inset(50%)') return true;
		}
		return false;
	};
	for (const slide of reveal.getSlides()) {
		const { h, v } = reveal.getIndices(slide);
		reveal.slide(h, v ?? 0, Number.MAX_SAFE_INTEGER);
		const id = slide.id || `${h}/${v ?? 0}`;
		for (const el of slide.querySelectorAll('*')) {
			if (el.closest('aside.notes, script, style') || visuallyHidden(el, slide)) continue;
			const style = getComputedStyle(el);
			if (style.display === 'none' || style.visibility === 'hidden') continue;
			const own = [...el.childNodes]
				.filter((n) => n.nodeType === Node.TEXT_NODE)
				.map((n) => n.textContent ?? '')
				.join('')
				// Zero-width characters draw nothing (KaTeX holds one in a 1 px strut): not text anyone reads.
				.replace(/[\u200b-\u200d\u2060\ufeff]/g, '')
				.trim();
			const pseudo = ['::before', '::after']
				.map((p) => getComputedStyle(el, p).content)
				.filter((c) => c && c !== 'none' && c !== 'normal' && c !== '""' && !/^counter/.test(c))
				.join('');
			if (own === '' && pseudo === '') continue;
			const rect = el.getBoundingClientRect();
			if (rect.width === 0 && rect.height === 0) continue;
			let px = Number.parseFloat(style.fontSize);
			if (el instanceof SVGGraphicsElement) {
				// SVG text is in user units: scale by the SVG's own viewBox mapping, relative to the slide's.
				const ctm = el.getScreenCTM();
				const slideCtm = slide.getBoundingClientRect().width / (slide as HTMLElement).offsetWidth;
				if (ctm) px *= Math.hypot(ctm.a, ctm.b) / slideCtm;
			} else {
				for (let at: Element | null = el; at && at !== slide; at = at.parentElement) px *= scaleOf(at);
			}
			out.push({
				slide: id,
				element: describe(el, slide),
				text: (own || pseudo).replace(/\s+/g, ' ').slice(0, 40),
				px: Math.round(px * 100) / 100,
				chrome: el.closest('[data-chrome]') !== null,
			});
		}
	}
	reveal.slide(0, 0, 0);
	return out;
}

/** Every piece of text of the deck open in `page`, with its rendered size (all fragments shown). */
export function measureTextSizes(page: Page): Promise<TextSize[]> {
	return page.evaluate(measureInPage);
}

/** The pieces of text below their floor, as `deck#/slide: element "text" 17.6px < 24px` lines. */
export function belowFloor(deck: string, sizes: readonly TextSize[]): string[] {
	return sizes
		.filter((s) => s.px < (s.chrome ? FLOOR.chrome : FLOOR.content) - 0.01)
		.map((s) => `${deck}#/${s.slide}: <${s.element}> "${s.text}" ${s.px}px < ${s.chrome ? FLOOR.chrome : FLOOR.content}px${s.chrome ? ' (data-chrome)' : ''}`);
}
