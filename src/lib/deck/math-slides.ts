import type { ArticleExtraction, EquationBlock } from '../extract/types.ts';
import { escapeHtml } from '../html/escape.ts';
import { renderTex } from '../math/render.ts';
import { deckBuildContext, type DeckBuildContext } from './build-context.ts';
import type { MathSlide } from './model.ts';
import { NOTES_WORDS, wordCount } from './notes-picker.ts';
import { slideIdFor } from './pages.ts';
import { slideSource } from './source.ts';

/** The equation as KaTeX's markup; TeX it refuses stays as code (the content check reports it at its place and stops the build). */
function equationHtml(tex: string): string {
	try {
		return renderTex(tex, true);
	} catch {
		return `<pre><code>${escapeHtml(tex)}</code></pre>`;
	}
}

/**
 * The slide of one display equation (`math-<n>`): the section's heading and the equation, rendered by KaTeX.
 * Notes: the prose around the equation first (reserved for it from the start, like a code block's), topped
 * up with the section's sentences about its symbols; when the article says little, the equation as written.
 */
export function mathSlides(extraction: ArticleExtraction, equation: EquationBlock, ctx: DeckBuildContext = deckBuildContext()): MathSlide[] {
	const picker = ctx.notesFor(extraction);
	const terms = equation.tex.match(/[A-Za-z]{2,}|\\[A-Za-z]+/g)?.map((t) => t.replace(/^\\/, '')) ?? [];
	const picked = picker.pick({ terms, prefer: equation.notes, sections: [equation.source.sectionId], fill: true, maxWords: NOTES_WORDS.max - 30, maxSentences: 4 });
	const words = picked.reduce((n, text) => n + wordCount(text), 0);
	return [
		{
			kind: 'math',
			id: slideIdFor('math', equation.index),
			title: equation.title,
			tex: equation.tex,
			html: equationHtml(equation.tex),
			notes: [...picked, ...(words < NOTES_WORDS.min ? [`The equation, as the article writes it: ${equation.tex.replace(/\s+/g, ' ').trim()}`] : [])],
			source: slideSource(extraction, equation.source),
		},
	];
}
