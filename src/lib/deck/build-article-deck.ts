import type { ArticleExtraction } from '../extract/types.ts';
import { cargoSlides } from './cargo-slides.ts';
import { chartSlides } from './chart-slides.ts';
import { codeSlides, reserveCodeNotes } from './code-slides.ts';
import { diagramSlides } from './diagram-slides.ts';
import { mathSlides } from './math-slides.ts';
import { closingSlide, outlineSlide, titleSlide } from './frame-slides.ts';
import type { FrameOptions } from './frame-slides.ts';
import { estimateMinutes } from './notes.ts';
import { DEFAULT_ASPECT } from './aspect.ts';
import { deckBuildContext } from './build-context.ts';
import type { Deck, Slide } from './model.ts';
import { stackSlides } from './stack-slides.ts';
import { tableSlides } from './table-slides.ts';
import { takeawaysSlides } from './takeaways-slides.ts';

/** Options for an article's generated deck. */
export type ArticleDeckOptions = FrameOptions;

/** Whether the article has anything beyond prose to put on slides. */
export function hasExtractables(extraction: ArticleExtraction): boolean {
	return extraction.takeaways !== null || extraction.tables.length > 0 || extraction.cargo.length > 0 || extraction.code.length > 0 || extraction.diagrams.length > 0 || extraction.equations.length > 0;
}

/**
 * The slides generated for an article, in deck order: title; takeaways; each diagram; each display equation; each table (and its chart, when
 * numeric); each other code block; each Cargo file; each manifest's stack; closing. With nothing to extract: title, outline, closing.
 */
export function articleSlides(extraction: ArticleExtraction, options: ArticleDeckOptions = {}): Slide[] {
	const ctx = deckBuildContext(options.aspect);
	// The prose right before and after each code block is kept for its slides from the start; the title
	// then takes the article's opening, so the slides after it keep their own sections' prose.
	reserveCodeNotes(extraction, ctx);
	ctx.notesFor(extraction).reserve([...extraction.diagrams.flatMap((diagram) => diagram.notes), ...extraction.equations.flatMap((equation) => equation.notes)]);
	const title = titleSlide(extraction, ctx);
	if (!hasExtractables(extraction)) return [title, outlineSlide(extraction, ctx), closingSlide(extraction, options, ctx)];
	// Tables, code and configs pick their notes before the takeaways: the prose of a section belongs first
	// to the item it sits around, and each takeaway then takes the best supporting sentence that is left.
	const tables = extraction.tables.flatMap((table) => [...tableSlides(extraction, table, ctx), ...chartSlides(extraction, table, ctx)]);
	const code = extraction.code.flatMap((block) => codeSlides(extraction, block, ctx));
	const cargo = extraction.cargo.flatMap((config) => cargoSlides(extraction, config, ctx));
	const stacks = extraction.cargo.flatMap((config) => stackSlides(extraction, config, ctx));
	// A paragraph between a code block and a diagram or equation goes to the code first (its test: every sentence of a block's own prose is on its slides).
	const diagrams = extraction.diagrams.flatMap((diagram) => diagramSlides(extraction, diagram, ctx));
	const equations = extraction.equations.flatMap((equation) => mathSlides(extraction, equation, ctx));
	const takeaways = extraction.takeaways ? takeawaysSlides(extraction, extraction.takeaways, ctx) : [];
	return [title, ...takeaways, ...diagrams, ...equations, ...tables, ...code, ...cargo, ...stacks, closingSlide(extraction, options, ctx)];
}

/** Builds an article's deck (`/decks/<slug>/`, light theme, length estimated from its slides). */
export function buildArticleDeck(extraction: ArticleExtraction, options: ArticleDeckOptions = {}): Deck {
	const slides = articleSlides(extraction, options);
	return {
		slug: extraction.slug,
		title: extraction.frontmatter.title,
		description: extraction.frontmatter.description,
		theme: 'light',
		aspect: options.aspect ?? DEFAULT_ASPECT,
		minutes: estimateMinutes({ slides }),
		articles: [extraction.slug],
		file: extraction.file,
		slides,
	};
}
