import type { Align } from '../extract/types.ts';
import type { TableSlide } from '../deck/model.ts';
import type { RenderContext } from './context.ts';
import { renderFrame, renderHeading, renderPageCount } from './frame.ts';

/**
 * `style="text-align:…"` for a column, or nothing when the column has no alignment or is aligned left,
 * which deck tables are by default (src/styles/deck/slides.css): a table split into record slides would
 * otherwise repeat it on every cell.
 */
export function alignStyle(align: Align | undefined): string {
	return align && align !== 'left' ? ` style="text-align:${align}"` : '';
}

/**
 * Wraps each run of digits (with its decimal and thousands separators) of a cell's text, outside tags,
 * in `<span class="num">`, so only digits get tabular figures and hyphens keep their own width.
 */
export function markNumbers(html: string): string {
	return html.replace(/(<[^>]*>)|([^<]+)/g, (_m, tag: string | undefined, text: string | undefined) =>
		tag ?? (text ?? '').replace(/&#?\w+;|\d(?:[\d.,]*\d)?/g, (run) => (run.startsWith('&') ? run : `<span class="num">${run}</span>`)),
	);
}

/**
 * One slide of a comparison table; the header row is repeated on every page, cells are trusted inline
 * HTML. A `record` slide (one row of a wide table) has the column names as row headers.
 */
export function renderTableSlide(slide: TableSlide, ctx: RenderContext): string {
	const head = slide.header.map((cell, i) => `<th scope="col"${alignStyle(slide.align[i])}>${markNumbers(cell)}</th>`).join('');
	const rows = slide.rows
		.map(
			(row) =>
				`<tr>${row
					.map((cell, i) =>
						slide.shape === 'record' && i === 0
							? `<th scope="row">${markNumbers(cell)}</th>`
							: `<td${alignStyle(slide.align[i])}>${markNumbers(cell)}</td>`,
					)
					.join('')}</tr>`,
		)
		.join('');
	const table = `<div class="fit"><table class="deck-table"><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table></div>`;
	return renderFrame(slide, renderHeading(slide.title, renderPageCount(slide.page, slide.pages)) + table, ctx, { 'data-shape': slide.shape });
}
