/**
 * Trusted inline HTML of the deck model (takeaways, table cells, hand-written paragraphs) as text runs:
 * bold, italic, strike-through, inline code in the mono family on its chip, line breaks, and links as
 * real hyperlinks when they resolve to an absolute URL (a site path does so only with a site URL).
 */
import type { ElementContent, Nodes } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { resolveHref } from '../render/url.ts';
import type { PptxPalette } from './theme.ts';
import type { TextRun } from './shapes.ts';

/** What inline conversion needs from the deck: colours and where site paths point. */
export interface InlineContext {
	palette: PptxPalette;
	siteOrigin: string | null;
	base: string;
}

/** The style of the text around the runs. */
export interface InlineStyle {
	sizePt: number;
	color: string;
	bold?: boolean;
	italic?: boolean;
	/** Inline code's size relative to the text (0.86, or 0.9 in tables). */
	codeScale: number;
}

/** Runs, and the elements that have no counterpart in a PowerPoint run (an image inside a paragraph). */
export interface InlineRuns {
	runs: TextRun[];
	unsupported: string[];
}

/** Elements whose text is kept, their tag dropped: they change no more than the words' look. */
const TRANSPARENT = new Set(['span', 'mark', 'abbr', 'ins', 'u', 'small', 'q', 'cite', 'dfn', 'var', 'time', 'sup', 'sub', 'bdi', 'bdo', 'wbr', 'data']);

/** An absolute URL a slide may link to: http(s) or mailto, never a site path, a fragment or a local address. */
export function linkTarget(href: string, ctx: InlineContext): string | undefined {
	const resolved = resolveHref(href, ctx.siteOrigin, ctx.base);
	if (!/^(https?:|mailto:)/i.test(resolved)) return undefined;
	if (/^https?:\/\/(localhost|127\.|\[::1\])/i.test(resolved)) return undefined;
	return resolved;
}

/** Converts hast nodes (already parsed inline HTML) to runs. */
export function hastRuns(nodes: readonly (Nodes | ElementContent)[], style: InlineStyle, ctx: InlineContext): InlineRuns {
	const runs: TextRun[] = [];
	const unsupported: string[] = [];
	let breakNext = false;
	const walk = (node: Nodes | ElementContent, marks: Omit<TextRun, 'text'>): void => {
		if (node.type === 'text') {
			const text = node.value.replace(/\s+/g, ' ');
			if (text === '') return;
			runs.push({ ...marks, text, ...(breakNext ? { breakBefore: true } : {}) });
			breakNext = false;
			return;
		}
		if (node.type === 'root') {
			for (const child of node.children) walk(child, marks);
			return;
		}
		if (node.type !== 'element') return;
		const tag = node.tagName;
		let next: Omit<TextRun, 'text'> = marks;
		if (tag === 'br') {
			breakNext = true;
			return;
		} else if (tag === 'strong' || tag === 'b') next = { ...marks, bold: true };
		else if (tag === 'em' || tag === 'i') next = { ...marks, italic: true };
		else if (tag === 'del' || tag === 's') next = { ...marks, strike: true };
		else if (tag === 'code' || tag === 'kbd' || tag === 'samp') {
			next = { ...marks, font: 'mono', sizePt: Math.round(style.sizePt * style.codeScale * 100) / 100, color: ctx.palette.chipFg, highlight: ctx.palette.chipBg };
		} else if (tag === 'a') {
			const href = typeof node.properties['href'] === 'string' ? linkTarget(node.properties['href'], ctx) : undefined;
			next = href ? { ...marks, href, color: ctx.palette.link } : marks;
		} else if (!TRANSPARENT.has(tag)) {
			unsupported.push(tag);
			return;
		}
		for (const child of node.children) walk(child, next);
	};
	const base: Omit<TextRun, 'text'> = { font: 'sans', sizePt: style.sizePt, color: style.color, ...(style.bold ? { bold: true } : {}), ...(style.italic ? { italic: true } : {}) };
	for (const node of nodes) walk(node, base);
	return { runs: trimRuns(runs), unsupported };
}

/** Runs of trusted inline HTML. */
export function inlineRuns(html: string, style: InlineStyle, ctx: InlineContext): InlineRuns {
	return hastRuns([fromHtml(html, { fragment: true })], style, ctx);
}

/**
 * Why some inline HTML (a slide's takeaways, its cells) cannot be set as runs: the first element a run
 * cannot hold (an image, math), or null. Such a slide is shown as a picture instead.
 */
export function inlineProblem(htmls: readonly string[], ctx: InlineContext): string | null {
	const style = { sizePt: 1, color: '000000', codeScale: 1 };
	for (const html of htmls) {
		const [tag] = inlineRuns(html, style, ctx).unsupported;
		if (tag) return `it has <${tag}> in its text, which has no native PowerPoint form`;
	}
	return null;
}

/** Leading and trailing white space of a paragraph dropped (and runs left empty by that). */
export function trimRuns(runs: readonly TextRun[]): TextRun[] {
	const out = runs.map((r) => ({ ...r }));
	const first = out[0];
	if (first) first.text = first.text.replace(/^ +/, '');
	const last = out.at(-1);
	if (last) last.text = last.text.replace(/ +$/, '');
	return out.filter((r) => r.text !== '' || r.breakBefore);
}
