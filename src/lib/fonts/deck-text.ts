/**
 * Which characters a deck shows in which face: read from its rendered slides with the rules of the
 * deck's stylesheets (src/styles/deck/*.css), so each face is subset to the text it draws and no more
 * (bold gets headings, table headers and the like; mono gets code). The rules mirror the CSS by hand;
 * test/browser/deck-fonts.test.ts asks Chromium which font drew every piece of text on every slide, and
 * fails when a rule here and the CSS disagree.
 */
import type { Element, Nodes } from 'hast';
import { fromHtml } from 'hast-util-from-html';

/** A face of the deck's text: the sans at 400 and 700, and the mono (code, always at 400). */
export type TextRole = 'regular' | 'bold' | 'mono';

/** The distinct characters of each role, each a string of code points in ascending order. */
export type RoleText = Record<TextRole, string>;

/** Elements drawn in the mono: code, and what browsers set in `monospace` (deck CSS maps them to the mono). */
const MONO_TAGS = new Set(['code', 'pre', 'kbd', 'samp', 'tt']);
/** Elements drawn bold: headings and strong text (browser defaults), table headers (slides.css). */
const BOLD_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'strong', 'b', 'th']);
/** Classes the deck CSS sets at 600–700 (slides.css, chart.css, code-slides.css). */
const BOLD_CLASSES = ['title-link', 'dep-marker', 'chart-label', 'code-label'];
/** Classes the deck CSS sets back to 400 inside bold text (base.css: the `(2/3)` after a title). */
const REGULAR_CLASSES = ['page-count'];
/** Never drawn: SVG's accessible name and description, scripts, templates. */
const SKIPPED_TAGS = new Set(['title', 'desc', 'script', 'style', 'template', 'noscript']);

/** reveal.js's slide number (`3/12`), drawn in the deck's font around every slide. */
export const SLIDE_NUMBER_TEXT = '0123456789/';

interface Walk {
	mono: boolean;
	bold: boolean;
	/** Inside a diagram's `<svg class="diagram">`: its `.mono` text is the mono (styles/diagram.css). */
	diagram: boolean;
	/** Inside `.closing-links`: its links are bold (slides.css). */
	closing: boolean;
}

function classes(el: Element): string[] {
	const value = el.properties['className'];
	return Array.isArray(value) ? value.map(String) : [];
}

/** The markers a numbered list draws (`3.` `4.` `5.`), in bold (base.css `li::marker`). */
function markersOf(ol: Element): string {
	const start = Number(ol.properties['start'] ?? 1);
	const items = ol.children.filter((child) => child.type === 'element' && child.tagName === 'li').length;
	return Array.from({ length: items }, (_, i) => `${(Number.isFinite(start) ? start : 1) + i}.`).join('');
}

function isBoldStyle(el: Element): boolean {
	const style = el.properties['style'];
	// SVG text (diagrams) names its weight as an attribute; 600 is drawn with the 700 face, the nearest heavier one.
	const weight = el.properties['fontWeight'];
	return (typeof style === 'string' && /font-weight:\s*(bold|[6-9]00)/.test(style)) || /^(bold|[6-9]00)$/.test(String(weight ?? ''));
}

/**
 * The characters of each role in a deck's rendered `<section>`s and its slide numbers. Speaker notes are
 * not drawn on slides (the handout that prints them loads whole faces, src/styles/deck/print.css). Spaces
 * count: their width is the font's. Code's line numbers (CSS generated content) count as mono, a numbered
 * list's markers as bold. The marks the deck adds itself (↩ to the article, ↪ on a wrapped code line) are
 * drawn shapes, not characters.
 */
export function deckTextByRole(slidesHtml: string): RoleText {
	const sets: Record<TextRole, Set<number>> = { regular: new Set(), bold: new Set(), mono: new Set() };
	const add = (role: TextRole, text: string): void => {
		for (const ch of text) {
			const cp = ch.codePointAt(0) as number;
			// Line breaks and tabs are laid out, not drawn (a tab is spaces wide).
			if (cp !== 0x0a && cp !== 0x0d && cp !== 0x09) sets[role].add(cp);
		}
	};
	const walk = (node: Nodes, at: Walk): void => {
		if (node.type === 'text') {
			add(at.mono ? 'mono' : at.bold ? 'bold' : 'regular', node.value);
			return;
		}
		if (node.type !== 'element' && node.type !== 'root') return;
		let next = at;
		if (node.type === 'element') {
			if (SKIPPED_TAGS.has(node.tagName)) return;
			const cls = classes(node);
			if (node.tagName === 'aside' && cls.includes('notes')) return;
			// A formula is drawn in KaTeX's faces, cut to its own characters (src/lib/math/fonts.ts); its
			// MathML (the TeX source, for screen readers) is not drawn at all.
			if (cls.includes('katex')) return;
			const diagram = at.diagram || (node.tagName === 'svg' && cls.includes('diagram'));
			const mono = at.mono || MONO_TAGS.has(node.tagName) || cls.includes('code-block') || (diagram && cls.includes('mono'));
			const bold = cls.some((c) => REGULAR_CLASSES.includes(c))
				? false
				: at.bold || BOLD_TAGS.has(node.tagName) || cls.some((c) => BOLD_CLASSES.includes(c)) || (at.closing && node.tagName === 'a') || isBoldStyle(node);
			next = { mono, bold, diagram, closing: at.closing || cls.includes('closing-links') };
			const line = node.properties['dataLine'];
			if (line !== undefined) add('mono', String(line));
			if (node.tagName === 'ol') add('bold', markersOf(node));
		}
		for (const child of node.children) walk(child, next);
	};
	walk(fromHtml(slidesHtml, { fragment: true }), { mono: false, bold: false, diagram: false, closing: false });
	add('regular', SLIDE_NUMBER_TEXT);
	const text = (set: Set<number>) => String.fromCodePoint(...[...set].sort((a, b) => a - b));
	return { regular: text(sets.regular), bold: text(sets.bold), mono: text(sets.mono) };
}
