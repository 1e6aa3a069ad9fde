import { TalkbookError } from '../errors.ts';
import type { ErrorPoint, FieldPath } from '../errors.ts';
import type { ArticleExtraction } from '../extract/types.ts';
import type { DeckPart } from '../schema/deck.ts';
import type { FrameOptions } from './frame-slides.ts';
import { handWrittenNotes, renderSlideMarkdown } from './markdown-slide.ts';
import { slideFragments, withNoteSteps } from './note-steps.ts';
import { estimateMinutes } from './notes.ts';
import type { Deck, MarkdownSlide, Slide } from './model.ts';
import { parseDeckRecipe } from './recipe.ts';
import type { BodySlide, DeckRecipe } from './recipe.ts';
import { PartSelectionError, selectCode, slidesForPart } from './select.ts';
import { codeProse } from './code-slides.ts';
import { DEFAULT_ASPECT } from './aspect.ts';
import { deckBuildContext, type DeckBuildContext } from './build-context.ts';

/** Options for a composed talk (the closing slides it takes from articles use them). */
export type ComposedDeckOptions = FrameOptions;

/** A slide placed by a part, remembering which part and article it came from for ids and errors. */
interface Placed {
	slide: Slide;
	part: number;
	/** Article slug for generated slides, `null` for hand-written ones. */
	article: string | null;
}

/** Maps a point of a slide's notes Markdown to its file, given where the notes start there. */
function inFile(notesAt: ErrorPoint): (point: ErrorPoint) => ErrorPoint {
	return (point) => (point.line === 1 ? { line: notesAt.line, column: notesAt.column + point.column - 1 } : { line: notesAt.line + point.line - 1, column: point.column });
}

/**
 * A hand-written body slide as a MarkdownSlide. Notes paragraphs marked `[step N]` are tied to the
 * slide's N-th fragment step; a step the slide does not have is a TalkbookError at the mark.
 */
function markdownSlide(body: BodySlide, file: string): MarkdownSlide {
	const { html, code } = renderSlideMarkdown(body.markdown, file);
	const at = inFile(body.notesAt ?? { line: body.line, column: 1 });
	const written = body.notes === '' ? [] : handWrittenNotes(body.notes, file, at);
	const slide: MarkdownSlide = { kind: 'markdown', id: body.id, html, ...(code.length > 0 ? { code } : {}), notes: [], source: null };
	const fragments = slideFragments(slide);
	for (const note of written) {
		if (note.step === null || note.step <= fragments) continue;
		const has = fragments === 0 ? 'has no fragments (only code steps `{1|2}` make fragments on a hand-written slide)' : `has ${fragments} fragment step${fragments === 1 ? '' : 's'}`;
		throw new TalkbookError(`[step ${note.step}]: slide "${body.id}" ${has}`, file, at(note.at));
	}
	return { ...slide, ...withNoteSteps(written.map(({ text, step }) => ({ text, step }))) };
}

/** Slides of one part; missing articles, parts and slide ids become TalkbookErrors at the part in the frontmatter. */
function placePart(
	recipe: DeckRecipe,
	part: DeckPart,
	index: number,
	articles: ReadonlyMap<string, ArticleExtraction>,
	options: FrameOptions,
	ctx: DeckBuildContext,
): Placed[] {
	const fail = (message: string, field?: string): never => {
		const path: FieldPath = field ? ['parts', index, field] : ['parts', index];
		throw new TalkbookError(`parts[${index}]: ${message}`, recipe.file, recipe.locate(path) ?? { line: 1, column: 1 });
	};
	if ('slide' in part) {
		const body = recipe.slides.find((slide) => slide.id === part.slide);
		if (!body) return fail(`no slide "${part.slide}" in the body (slides: ${recipe.slides.map((s) => s.id).join(', ') || 'none'})`, 'slide');
		return [{ slide: markdownSlide(body, recipe.file), part: index, article: null }];
	}
	const extraction = articles.get(part.article);
	if (!extraction) return fail(`article "${part.article}" not found`, 'article');
	try {
		return slidesForPart(extraction, part, options, ctx).map((slide) => ({ slide, part: index, article: part.article }));
	} catch (error) {
		if (!(error instanceof PartSelectionError)) throw error;
		return fail(`article "${part.article}" ${error.message}`, part.select === undefined ? 'part' : error.field);
	}
}

/**
 * Makes ids unique: when any generated id of an article would clash with another slide's id, all of
 * that article's slides are prefixed with its slug (`why-rust-on-the-backend-takeaways`, `…-takeaways-2`),
 * so one article's ids stay uniform; hand-written ids never change. Whatever still collides (the same
 * part twice, say) is an error at the later part.
 */
function assignIds(placed: readonly Placed[], recipe: DeckRecipe): Slide[] {
	const counts = new Map<string, number>();
	for (const { slide } of placed) counts.set(slide.id, (counts.get(slide.id) ?? 0) + 1);
	const prefixed = new Set(placed.flatMap((p) => (p.article !== null && (counts.get(p.slide.id) ?? 0) > 1 ? [p.article] : [])));
	const seen = new Set<string>();
	return placed.map(({ slide, part, article }) => {
		const id = article !== null && prefixed.has(article) ? `${article}-${slide.id}` : slide.id;
		if (seen.has(id)) {
			throw new TalkbookError(`parts[${part}]: duplicate slide id "${id}"`, recipe.file, recipe.locate(['parts', part]) ?? { line: 1, column: 1 });
		}
		seen.add(id);
		return { ...slide, id };
	});
}

/** Every body slide must be placed by some part, so nothing written is silently dropped. */
function checkAllPlaced(recipe: DeckRecipe): void {
	const named = new Set(recipe.frontmatter.parts.flatMap((part) => ('slide' in part ? [part.slide] : [])));
	const unused = recipe.slides.find((slide) => !named.has(slide.id));
	if (unused) {
		throw new TalkbookError(`slide "${unused.id}" is not used by any part; add { slide: ${unused.id} } to parts`, recipe.file, { line: unused.line, column: 1 });
	}
}

/** Accepts extractions as a list or as a map by slug. */
function bySlug(articles: readonly ArticleExtraction[] | ReadonlyMap<string, ArticleExtraction>): ReadonlyMap<string, ArticleExtraction> {
	return 'get' in articles ? articles : new Map(articles.map((article) => [article.slug, article]));
}

/**
 * Keeps the prose right before and after the code blocks the recipe shows for their slides, whichever
 * part comes first (a table of the same section listed earlier would otherwise take it). A selection
 * that names nothing is left to placePart, which reports it.
 */
function reserveCodeParts(recipe: DeckRecipe, articles: ReadonlyMap<string, ArticleExtraction>, ctx: DeckBuildContext): void {
	for (const part of recipe.frontmatter.parts) {
		if ('slide' in part || part.part !== 'code') continue;
		const extraction = articles.get(part.article);
		if (!extraction) continue;
		try {
			const blocks = part.select === undefined ? extraction.code : selectCode(extraction, part.select);
			ctx.notesFor(extraction).reserve(blocks.flatMap(codeProse));
		} catch (error) {
			if (!(error instanceof PartSelectionError)) throw error;
		}
	}
}

/**
 * Builds a composed talk from `decks/<slug>.md|mdx`: its parts in order, hand-written slides rendered
 * from the body and generated slides taken from the given (published) articles. Throws TalkbookError
 * for bad frontmatter, unknown articles, parts or slide ids, unused body slides and duplicate ids.
 */
export function buildComposedDeck(
	source: string,
	file: string,
	articles: readonly ArticleExtraction[] | ReadonlyMap<string, ArticleExtraction>,
	options: ComposedDeckOptions = {},
): Deck {
	const recipe = parseDeckRecipe(source, file);
	const known = bySlug(articles);
	const aspect = recipe.frontmatter.aspect ?? options.aspect ?? DEFAULT_ASPECT;
	const ctx = deckBuildContext(aspect);
	reserveCodeParts(recipe, known, ctx);
	const placed = recipe.frontmatter.parts.flatMap((part, index) => placePart(recipe, part, index, known, { ...options, aspect }, ctx));
	checkAllPlaced(recipe);
	const slides = assignIds(placed, recipe);
	const { title, description, theme, minutes } = recipe.frontmatter;
	return {
		slug: recipe.slug,
		title,
		description,
		theme,
		aspect,
		minutes: minutes ?? estimateMinutes({ slides }),
		articles: [...new Set(placed.flatMap((p) => (p.article === null ? [] : [p.article])))],
		file,
		slides,
	};
}
