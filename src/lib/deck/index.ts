/** Public API of the deck builder: article decks, composed talks, slide ids and timing. */

/** Generated decks of articles. */
export { articleSlides, buildArticleDeck, hasExtractables } from './build-article-deck.ts';
/** Options of an article's deck. */
export type { ArticleDeckOptions } from './build-article-deck.ts';
/** Composed talks from `decks/*.md|mdx`. */
export { buildComposedDeck } from './build-composed-deck.ts';
/** Options of a composed talk. */
export type { ComposedDeckOptions } from './build-composed-deck.ts';
/** Parsing a composed talk's file into frontmatter and hand-written slides. */
export { handWrittenSlideId, parseDeckRecipe, splitBody } from './recipe.ts';
/** Shapes of a parsed composed talk. */
export type { BodyChunk, BodySlide, DeckRecipe } from './recipe.ts';
/** Rendering hand-written slides and their notes. */
export { plainNotes, renderSlideMarkdown, slideAttributes } from './markdown-slide.ts';
/** Slide ids (a contract with the site) and pagination limits. */
export { PAGE_LIMITS, paginate, slideIdFor } from './pages.ts';
/** Kinds of generated slide ids. */
export type { SlideIdKind } from './pages.ts';
/** Site paths and slide sources. */
export { slideSource } from './source.ts';
/** Site paths of articles and decks. */
export { articleHref, deckHref } from '../site/paths.ts';
/** Talk length from slides and notes. */
export { estimateMinutes, WORDS_PER_MINUTE } from './notes.ts';
/** Highlight steps of Cargo slides. */
export { cargoSteps, stepsFromLines, stepsWithin } from './cargo-steps.ts';
/** Splitting long Cargo files into slides. */
export { cargoSlides, groupSections } from './cargo-slides.ts';
/** Picking generated slides for a composed talk's part. */
export { selectCargo, selectTable, slidesForPart } from './select.ts';
/** Options of the title and closing slides. */
export type { FrameOptions } from './frame-slides.ts';
/** The deck model. */
export type * from './model.ts';
/** Article extraction, re-exported so deck callers need one import. */
export { extractArticle } from '../extract/index.ts';
/** The error every bad input is reported with. */
export { TalkbookError } from '../errors.ts';
/** Frame shapes and the site-wide default. */
export { ASPECTS, DEFAULT_ASPECT, frameSize } from './aspect.ts';
/** A talk's frame shape. */
export type { Aspect } from './aspect.ts';
/** Speaker notes from the article's own sentences, for any slide kind. */
export { createNotesPicker, NOTES_WORDS, sectionFor, termsOf, wordCount } from './notes-picker.ts';
/** What a slide asks the notes picker for. */
export type { NotesPicker, NotesRequest } from './notes-picker.ts';
/** The context the slide builders of one deck share. */
export { deckBuildContext } from './build-context.ts';
/** The shared build context's shape. */
export type { DeckBuildContext } from './build-context.ts';
/** Laying tables and code out to fit the frame at the readability floor. */
export { tablePages, RECORD_MAX_ROWS } from './table-slides.ts';
/** Code layout: wrap width and wrap points. */
export { codeColumns, visualLines, wrapPoints } from './code-layout.ts';
/** Pacing: each slide's share of the talk's minutes. */
export { slideTimings } from './pacing.ts';
