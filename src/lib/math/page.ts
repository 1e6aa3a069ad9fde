import type { Formula } from '../extract/types.ts';
import { renderTex } from './render.ts';
import { mathStylesheet } from './style.ts';

/**
 * The math stylesheet of an article page (math/style.ts) for its formulas, or `''` when it has none: a page
 * without math loads nothing of KaTeX. Formulas KaTeX refuses are left out (the content check stopped the
 * build on them already).
 */
export async function pageMathStylesheet(formulas: readonly Formula[]): Promise<string> {
	const htmls = formulas.flatMap((formula) => {
		try {
			return [renderTex(formula.tex, formula.display)];
		} catch {
			return [];
		}
	});
	return htmls.length > 0 ? mathStylesheet(htmls) : '';
}

/** The math stylesheet of a deck page for its rendered slides, with every math text held at the 24 px floor; `''` without math. */
export async function deckMathStylesheet(slidesHtml: string): Promise<string> {
	return slidesHtml.includes('class="katex"') ? mathStylesheet([slidesHtml], { floorPx: 24 }) : '';
}
