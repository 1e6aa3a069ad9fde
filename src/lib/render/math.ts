import type { MathSlide } from '../deck/model.ts';
import type { RenderContext } from './context.ts';
import { renderFrame, renderHeading } from './frame.ts';

/** A display equation's slide: the section's heading and the equation, KaTeX's markup made at build time. */
export function renderMathSlide(slide: MathSlide, ctx: RenderContext): string {
	return renderFrame(slide, renderHeading(slide.title) + `<div class="math-figure fit">${slide.html}</div>`, ctx);
}
