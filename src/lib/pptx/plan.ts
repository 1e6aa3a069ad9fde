/**
 * What each slide of a deck becomes in the PowerPoint file: native shapes laid out to fit (most kinds),
 * or a picture of the HTML slide with the reason why. The switch is exhaustive: a slide kind added to
 * the model does not compile until it is given a native layout here or sent to `picture()`.
 */
import type { Slide } from '../deck/model.ts';
import { htmlText } from '../html/escape.ts';
import { splitSlideComment } from '../render/markdown.ts';
import { chartLayout } from './chart.ts';
import { closingLayout } from './closing.ts';
import { cargoSlideLayout, codeSlideLayout } from './code-slides.ts';
import type { PptxContext } from './context.ts';
import { fitSlide } from './fit.ts';
import { inlineProblem } from './inline.ts';
import type { Layout } from './layout.ts';
import { planMarkdownSlide } from './markdown.ts';
import { sectionLayout } from './section.ts';
import type { PptxSlide } from './shapes.ts';
import { sourceLink } from './source-link.ts';
import { stackLayout } from './stack.ts';
import { tableLayout } from './table.ts';
import { takeawaysLayout } from './takeaways.ts';
import { titleLayout } from './title.ts';

/** A slide made of native shapes, at the scale it fitted at. */
export interface NativePlan {
	mode: 'native';
	id: string;
	kind: Slide['kind'];
	slide: PptxSlide;
	scale: number;
	/** Set when the slide does not fit even at the 18 pt floor. */
	warning?: string;
}

/** A slide to be shown as a picture of its HTML slide, taken by the caller (it needs a browser). */
export interface PicturePlan {
	mode: 'picture';
	id: string;
	kind: Slide['kind'];
	reason: string;
	notes: string[];
	background: string;
	/** The picture's description: the slide's own words. */
	alt: string;
}

/** What one slide becomes. */
export type SlidePlan = NativePlan | PicturePlan;

/** The picture plan of a slide, for what has no native form (yet): any slide kind can use it. */
export function picture(slide: Slide, reason: string, ctx: PptxContext): PicturePlan {
	// A kind added later may have no title: its id then names it.
	const alt = slide.kind === 'markdown' ? htmlText(splitSlideComment(slide.html).html) : ((slide as { title?: string }).title ?? slide.id);
	return { mode: 'picture', id: slide.id, kind: slide.kind, reason, notes: slide.notes, background: ctx.palette.bg, alt };
}

function native(slide: Slide, ctx: PptxContext, layout: (scale: number) => Layout, background = ctx.palette.bg): NativePlan {
	const fitted = fitSlide(layout);
	const link = sourceLink(slide.source, ctx);
	return {
		mode: 'native',
		id: slide.id,
		kind: slide.kind,
		slide: { id: slide.id, background, notes: slide.notes, shapes: link ? [...fitted.shapes, link] : fitted.shapes },
		scale: fitted.scale,
		...(fitted.warning ? { warning: fitted.warning } : {}),
	};
}

/** Plans one slide by its kind. */
export function planSlide(slide: Slide, ctx: PptxContext): SlidePlan {
	switch (slide.kind) {
		case 'title':
			return native(slide, ctx, (scale) => titleLayout(slide, ctx, scale));
		case 'takeaways': {
			const problem = inlineProblem(slide.items, ctx);
			return problem ? picture(slide, problem, ctx) : native(slide, ctx, (scale) => takeawaysLayout(slide, ctx, scale));
		}
		case 'table': {
			const problem = inlineProblem([...slide.header, ...slide.rows.flat()], ctx);
			return problem ? picture(slide, problem, ctx) : native(slide, ctx, (scale) => tableLayout(slide, ctx, scale));
		}
		case 'cargo':
			return native(slide, ctx, (scale) => cargoSlideLayout(slide, ctx, scale));
		case 'code':
			return native(slide, ctx, (scale) => codeSlideLayout(slide, ctx, scale));
		case 'chart':
			return native(slide, ctx, (scale) => chartLayout(slide, ctx, scale));
		case 'stack':
			return native(slide, ctx, (scale) => stackLayout(slide, ctx, scale));
		case 'section':
			return native(slide, ctx, (scale) => sectionLayout(slide, ctx, scale));
		case 'closing':
			return native(slide, ctx, (scale) => closingLayout(slide, ctx, scale));
		case 'diagram':
			return picture(slide, 'a diagram: PowerPoint has no form for a Mermaid drawing, so the slide is a picture of its HTML slide', ctx);
		case 'math':
			return picture(slide, "display math, drawn by KaTeX: the export writes no PowerPoint equations (OMML), so the slide is a picture of its HTML slide", ctx);
		case 'markdown': {
			const plan = planMarkdownSlide(slide, ctx);
			return plan.kind === 'native' ? native(slide, ctx, plan.layout, plan.background ?? ctx.palette.bg) : picture(slide, plan.reason, ctx);
		}
		default: {
			// Fails to compile when a slide kind is added to the model without a decision here.
			const unknown: never = slide;
			throw new Error(`unknown slide kind ${JSON.stringify((unknown as { kind?: unknown }).kind)}`);
		}
	}
}
