import type { TakeawaysSlide } from '../deck/model.ts';
import type { RenderContext } from './context.ts';
import { renderFrame, renderHeading, renderPageCount } from './frame.ts';

/** Takeaways as a list whose items appear one by one; items are trusted inline HTML. */
export function renderTakeawaysSlide(slide: TakeawaysSlide, ctx: RenderContext): string {
	const items = slide.items.map((item) => `<li class="fragment">${item}</li>`).join('');
	const list = slide.ordered
		? `<ol class="takeaways" start="${Math.trunc(slide.start)}">${items}</ol>`
		: `<ul class="takeaways">${items}</ul>`;
	return renderFrame(slide, renderHeading(slide.title, renderPageCount(slide.page, slide.pages)) + list, ctx);
}
