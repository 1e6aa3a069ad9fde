import type { Deck, Slide } from '../deck/model.ts';
import { htmlText } from '../html/escape.ts';

/**
 * How a deck page is indexed by pagefind: the whole page is one record (`data-pagefind-body` on the
 * slides), each slide a sub-result (its `<section id>` with `data-pagefind-title`), so a hit reads
 * "deck → slide" and its link `/decks/<slug>/#<slide-id>` opens the deck on that slide.
 */

/** The `type` filter values: `Article` (set by src/pages/articles/[slug].astro) and `Deck` (the deck pages). */
export const SEARCH_TYPE = { article: 'Article', deck: 'Deck' } as const;

/**
 * Weight of everything on a deck page (pagefind's `data-pagefind-weight`; an explicit weight also replaces
 * the heading boosts inside it). pagefind stores weights in 24ths and never rounds a positive one to zero,
 * so 0.05 is its lowest weight above nothing, 1/24 of plain text. A deck's words all come from its article,
 * but a deck page is a fifth of its length, and BM25's length normalisation ranked it over the article at
 * any weight down to 0.25; at 1/24 the article comes first for its own words, and decks still rank among
 * themselves by relevance, below the articles.
 */
export const DECK_WEIGHT = 0.05;

/** The title a slide shows: the sub-result's heading in search results. */
export function slideTitle(slide: Slide): string {
	if (slide.kind !== 'markdown') return slide.title;
	const heading = /<h[1-6][^>]*>([\s\S]*?)<\/h[1-6]>/.exec(slide.html);
	return (heading?.[1] ? htmlText(heading[1]) : '') || 'Slide';
}

/** A talk composed by hand in `decks/`, as opposed to the deck generated from one article. */
export function isComposedTalk(deck: Deck): boolean {
	return deck.file.startsWith('decks/');
}

/**
 * The `<section>` attributes that make a slide a pagefind sub-result. A composed talk's slides taken
 * from an article deck are left out of the index (`data-pagefind-ignore`): the article's own deck already
 * holds them, so each slide is found once; the talk's record holds only its hand-written slides.
 */
export function slideSearchAttributes(deck: Deck, slide: Slide): Record<string, string> {
	if (isComposedTalk(deck) && slide.source !== null) return { 'data-pagefind-ignore': 'all' };
	return { 'data-pagefind-title': slideTitle(slide) };
}

/** The result title of a deck page: the deck's title, marked as slides so it reads apart from its article. */
export function deckResultTitle(deck: Deck): string {
	return `${deck.title} (slides)`;
}

/** The tags a deck is filtered by: those of every article it draws on, sorted, once each. */
export function deckTags(deck: Deck, tagsOf: (article: string) => readonly string[]): string[] {
	return [...new Set(deck.articles.flatMap((a) => tagsOf(a)))].sort();
}

/**
 * What pagefind must not read on a deck page, as CSS selectors for its `excludeSelectors` option.
 *
 * A deck record holds what its slides *say*: titles, takeaways, bullet points and hand-written slides. The
 * code, Cargo manifests, crate tables and table cells (a table slide is found by its title) are the article's
 * own blocks, word for word; they are found once, on the article page (which ranks first anyway, with the
 * section as its sub-result and a "Present … as a slide" link beside the block). Indexing them again on the
 * deck made half the decks of a large site match every crate name: at 1,000 articles `search("tokio")` found
 * 1,516 results instead of about 1,010, and pagefind's search time grows with the results (1.57× the pages-only
 * index's; with table row labels kept, 1,137 results and 1.34×; with this list about 1.2×, as
 * `npm run bench -- --articles 1000` measures).
 *
 * Also left out: speaker notes (said, not shown), the small back-links and page counts, the Cargo section
 * chip, the title and closing slides' addresses and links, code-step markers and table headers.
 */
export const DECK_EXCLUDE_SELECTORS = [
	'.reveal aside.notes',
	'.reveal .slide-source',
	'.reveal .page-count',
	'.reveal .cargo-sections',
	'.reveal .title-meta',
	'.reveal .closing-links',
	'.reveal .code-step',
	// pagefind runs header cells together ("CrateVersionFeatures"); the slide title and the article's own table carry those words.
	'.reveal thead',
	// Code, Cargo files and before/after pairs: the article's code blocks.
	'.reveal .code-block',
	'.reveal pre',
	// The crate table of a stack slide restates the Cargo file.
	'.reveal section[data-kind="stack"] table',
	// A table slide is found by its title; its cells are the article's table.
	'.reveal tbody',
	// A diagram's labels and an equation's TeX are the article's own (found there); a slide's title names it.
	'.reveal svg.diagram',
	'.reveal .math-figure',
] as const;
