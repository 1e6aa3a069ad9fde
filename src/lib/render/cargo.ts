import type { CargoSlide } from '../deck/model.ts';
import { codeColumns } from '../deck/code-layout.ts';
import { renderCodeBlock } from './code.ts';
import type { RenderContext } from './context.ts';
import { escapeHtml } from '../html/escape.ts';
import { renderFrame } from './frame.ts';

/** A Cargo file (or part of it): file name, the sections shown, and the highlighted code with its steps. */
export function renderCargoSlide(slide: CargoSlide, ctx: RenderContext): string {
	const sections =
		slide.sections.length > 0
			? `<p class="cargo-sections">${slide.sections.map((s) => `<code>${escapeHtml(s)}</code>`).join(' ')}</p>`
			: '';
	const body =
		`<h2 class="slide-title code-title"><code>${escapeHtml(slide.title)}</code></h2>` +
		sections +
		renderCodeBlock(ctx.highlighter, {
			code: slide.code,
			lang: slide.lang,
			firstLine: slide.firstLine,
			steps: slide.steps,
			columns: codeColumns(ctx.aspect),
		});
	return renderFrame(slide, body, ctx);
}
