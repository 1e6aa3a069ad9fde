import type { Slide } from '../deck/model.ts';
import { renderCargoSlide } from './cargo.ts';
import { renderChartSlide } from './chart.ts';
import { renderCodeSlide } from './code-slide.ts';
import { renderClosingSlide } from './closing.ts';
import { renderDiagramSlide } from './diagram.ts';
import { renderMathSlide } from './math.ts';
import type { RenderContext } from './context.ts';
import { renderMarkdownSlide } from './markdown.ts';
import { renderSectionSlide } from './section.ts';
import { renderStackSlide } from './stack.ts';
import { renderTableSlide } from './table.ts';
import { renderTakeawaysSlide } from './takeaways.ts';
import { renderTitleSlide } from './title.ts';

/** Renders one slide as its reveal.js `<section>`, by kind. */
export function renderSlide(slide: Slide, ctx: RenderContext): string {
	switch (slide.kind) {
		case 'title':
			return renderTitleSlide(slide, ctx);
		case 'takeaways':
			return renderTakeawaysSlide(slide, ctx);
		case 'table':
			return renderTableSlide(slide, ctx);
		case 'cargo':
			return renderCargoSlide(slide, ctx);
		case 'code':
			return renderCodeSlide(slide, ctx);
		case 'chart':
			return renderChartSlide(slide, ctx);
		case 'diagram':
			return renderDiagramSlide(slide, ctx);
		case 'math':
			return renderMathSlide(slide, ctx);
		case 'stack':
			return renderStackSlide(slide, ctx);
		case 'section':
			return renderSectionSlide(slide, ctx);
		case 'closing':
			return renderClosingSlide(slide, ctx);
		case 'markdown':
			return renderMarkdownSlide(slide, ctx);
		default: {
			// Fails to compile when a slide kind is added to the model without a renderer.
			const unknown: never = slide;
			throw new Error(`unknown slide kind ${JSON.stringify((unknown as { kind?: unknown }).kind)}`);
		}
	}
}
