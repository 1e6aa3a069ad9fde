import type { DiagramSlide } from '../deck/model.ts';
import type { RenderContext } from './context.ts';
import { renderFrame, renderHeading, renderPageCount } from './frame.ts';

/** A diagram slide: the section's heading and the drawing, inline SVG made at build time and sized for the frame. */
export function renderDiagramSlide(slide: DiagramSlide, ctx: RenderContext): string {
	return renderFrame(slide, renderHeading(slide.title, renderPageCount(slide.page, slide.pages)) + `<figure class="diagram-figure">${slide.svg}</figure>`, ctx);
}
