import type { CodeSlide } from '../deck/model.ts';
import { escapeAttr, escapeHtml } from '../html/escape.ts';
import { codeColumns } from '../deck/code-layout.ts';
import { renderCodeBlock } from './code.ts';
import type { RenderContext } from './context.ts';
import { renderFrame, renderHeading, renderPageCount } from './frame.ts';
import { transformerAnimateIds } from './transformer-animate-ids.ts';

/**
 * A code block of the article: heading, the before/after label of a pair, and the highlighted code with
 * its steps. Long lines wrap with a continuation mark instead of shrinking, since the deck builder already split the
 * block so that it fits at 24 px. Both slides of a pair get `data-auto-animate` with the pair's id.
 */
export function renderCodeSlide(slide: CodeSlide, ctx: RenderContext): string {
	const label = slide.label
		? `<p class="code-label" data-role="${escapeAttr(slide.pair?.role ?? (/^(after|good|better)/i.test(slide.label) ? 'after' : 'before'))}">${escapeHtml(slide.label)}</p>`
		: '';
	const body =
		renderHeading(slide.title, renderPageCount(slide.page, slide.pages)) +
		label +
		renderCodeBlock(ctx.highlighter, {
			code: slide.code,
			lang: slide.lang,
			firstLine: slide.firstLine,
			steps: slide.steps,
			className: 'code-wrap',
			// Lines wider than the slide break with `↪` in the gutter, like the Cargo slides; CSS wrapping
			// (`code-wrap`) stays as a last resort for a font wider than the layout assumes.
			columns: codeColumns(ctx.aspect),
			transformers: slide.pair ? [transformerAnimateIds({ pairId: slide.pair.id })] : [],
		});
	const attributes: Record<string, string> = slide.pair
		? { 'data-auto-animate': '', 'data-auto-animate-id': slide.pair.id, 'data-pair': slide.pair.role }
		: {};
	return renderFrame(slide, body, ctx, attributes);
}
