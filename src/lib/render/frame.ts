import type { NoteStep, Slide, SlideSource } from '../deck/model.ts';
import type { RenderContext } from './context.ts';
import { escapeAttr, escapeHtml } from '../html/escape.ts';
import { resolveHref } from './url.ts';

/**
 * Speaker notes as reveal.js reads them: one escaped paragraph per note, `data-step="n"` on a paragraph
 * tied to the slide's n-th fragment step (the speaker view, the remote and the handout mark it); empty
 * when there are none.
 */
export function renderNotes(notes: readonly string[], noteSteps: readonly NoteStep[] = []): string {
	const paragraphs = notes.flatMap((text, i) => (text.trim() === '' ? [] : [{ text, step: noteSteps[i] ?? null }]));
	if (paragraphs.length === 0) return '';
	const p = ({ text, step }: { text: string; step: NoteStep }) => `<p${step === null ? '' : ` data-step="${Math.trunc(step)}"`}>${escapeHtml(text)}</p>`;
	return `<aside class="notes">${paragraphs.map(p).join('')}</aside>`;
}

/** The small link from a slide back to the article section it was made from. */
export function renderSourceLink(source: SlideSource | null, ctx: RenderContext): string {
	if (!source) return '';
	const href = resolveHref(source.href, ctx.siteOrigin, ctx.base);
	// Small navigation for the presenter and the PDF, not for the room: `data-chrome` (16 px floor, not 24).
	// Its ↩ mark is drawn by the stylesheet (base.css), not a character: no face has to carry the arrow.
	return `<a class="slide-source" data-chrome href="${escapeAttr(href)}">${escapeHtml(source.label)}</a>`;
}

/** ` (2/3)` after a heading when a list or table continues over several slides; empty for a single page. */
export function renderPageCount(page: number, pages: number): string {
	if (pages <= 1) return '';
	return ` <span class="page-count">(${page}/${pages})</span>`;
}

/** A slide heading (`<h2>` unless told otherwise) with escaped text and an optional page count. */
export function renderHeading(text: string, extraHtml = '', tag: 'h1' | 'h2' = 'h2'): string {
	return `<${tag} class="slide-title">${escapeHtml(text)}${extraHtml}</${tag}>`;
}

/** ` name="value"` pairs for extra `<section>` attributes (already filtered by the caller), escaped. */
function renderAttributes(attributes: Readonly<Record<string, string>>): string {
	return Object.entries(attributes)
		.map(([name, value]) => ` ${name}="${escapeAttr(value)}"`)
		.join('');
}

/**
 * Wraps a slide's content in the markup every slide shares: `<section id data-kind>`, the
 * `.slide-body` the client fits into the frame, the source link and the speaker notes.
 */
export function renderFrame(
	slide: Slide,
	bodyHtml: string,
	ctx: RenderContext,
	attributes: Readonly<Record<string, string>> = {},
): string {
	return (
		`<section id="${escapeAttr(slide.id)}" data-kind="${slide.kind}"${renderAttributes({ ...ctx.slideAttributes?.(slide), ...attributes })}>` +
		`<div class="slide-body">${bodyHtml}</div>` +
		renderSourceLink(slide.source, ctx) +
		renderNotes(slide.notes, slide.noteSteps) +
		`</section>`
	);
}
