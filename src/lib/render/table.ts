import type { Align } from '../extract/types.ts';
import type { TableSlide } from '../deck/model.ts';
import type { RenderContext } from './context.ts';
import { renderFrame, renderHeading, renderPageCount } from './frame.ts';

/** `style="text-align:…"` for a column, or nothing when the column has no alignment. */
export function alignStyle(align: Align | undefined): string {
	return align ? ` style="text-align:${align}"` : '';
}

/** One page of a comparison table; the header row is repeated on every page, cells are trusted inline HTML. */
export function renderTableSlide(slide: TableSlide, ctx: RenderContext): string {
	const head = slide.header.map((cell, i) => `<th scope="col"${alignStyle(slide.align[i])}>${cell}</th>`).join('');
	const rows = slide.rows
		.map((row) => `<tr>${row.map((cell, i) => `<td${alignStyle(slide.align[i])}>${cell}</td>`).join('')}</tr>`)
		.join('');
	const table = `<div class="fit"><table class="deck-table"><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table></div>`;
	return renderFrame(slide, renderHeading(slide.title, renderPageCount(slide.page, slide.pages)) + table, ctx);
}
