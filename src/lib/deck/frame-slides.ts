import type { ArticleExtraction } from '../extract/types.ts';
import type { ClosingSlide, SectionSlide, TitleSlide } from './model.ts';
import { quoted } from './notes.ts';
import { slideIdFor } from './pages.ts';
import { slideSource } from './source.ts';
import { articleHref } from '../site/paths.ts';
import { isoDate } from '../site/dates.ts';
import type { Aspect } from './aspect.ts';
import { deckBuildContext, type DeckBuildContext } from './build-context.ts';
import { splitSentences } from '../extract/notes.ts';
import { NOTES_WORDS, wordCount } from './notes-picker.ts';

/** Options for the slides that frame an article's deck. */
export interface FrameOptions {
	/** The deck's frame shape; DEFAULT_ASPECT when left out. */
	aspect?: Aspect;
	/** The series' next part when it is already published; otherwise an upcoming next part is mentioned without a link. */
	nextPart?: { slug: string; title: string };
}

/**
 * Opening slide: title, description, date and a link to the article. Notes: the description and the
 * article's opening before its first heading.
 */
export function titleSlide(extraction: ArticleExtraction, ctx: DeckBuildContext = deckBuildContext()): TitleSlide {
	const { frontmatter, slug } = extraction;
	const picker = ctx.notesFor(extraction);
	const description = frontmatter.description.trim();
	picker.claim(splitSentences(description));
	const opening = picker.pick({ terms: [frontmatter.title, description], sections: [null], fill: true, maxWords: 120 - wordCount(description) });
	return {
		kind: 'title',
		id: slideIdFor('title'),
		title: frontmatter.title,
		description: frontmatter.description,
		date: isoDate(frontmatter.date),
		href: articleHref(slug),
		notes: [description, ...opening].filter((note) => note !== ''),
		source: slideSource(extraction, null),
	};
}

/** The headings an outline lists: the h2s, or the shallowest level present when there are none. */
function outlineHeadings(extraction: ArticleExtraction): ArticleExtraction['headings'] {
	const depths = extraction.headings.map((heading) => heading.depth).filter((depth) => depth > 1);
	const depth = depths.includes(2) ? 2 : Math.min(...depths);
	return extraction.headings.filter((heading) => heading.depth === depth);
}

/** The ids of a heading's section and of the headings under it, up to the next heading of its level or above. */
function sectionTree(extraction: ArticleExtraction, heading: ArticleExtraction['headings'][number]): string[] {
	const start = extraction.headings.indexOf(heading);
	const end = extraction.headings.findIndex((h, i) => i > start && h.depth <= heading.depth);
	return extraction.headings.slice(start, end < 0 ? undefined : end).map((h) => h.id);
}

/**
 * Outline of the article's sections, for articles with nothing to extract. Notes: a sentence of each
 * section in the article's own words, in its order, so the speaker can walk through them.
 */
export function outlineSlide(extraction: ArticleExtraction, ctx: DeckBuildContext = deckBuildContext()): SectionSlide {
	const headings = outlineHeadings(extraction);
	const picker = ctx.notesFor(extraction);
	const share = Math.max(25, Math.floor(NOTES_WORDS.max / Math.max(1, headings.length)));
	return {
		kind: 'section',
		id: slideIdFor('outline'),
		title: 'Outline',
		outline: headings.map((heading) => ({ text: heading.text, href: articleHref(extraction.slug, heading.id) })),
		notes: headings.flatMap((heading) => picker.pick({ terms: [heading.text], sections: sectionTree(extraction, heading), fill: true, maxWords: share, maxSentences: 1 })),
		source: slideSource(extraction, null),
	};
}

/** The series' next part, when it is announced but not written yet. */
function upcomingNextPart(extraction: ArticleExtraction): string | null {
	const series = extraction.frontmatter.series;
	const next = series?.upcoming.find((part) => part.part === series.part + 1);
	return series && next ? `Next in ${series.name}: part ${next.part}, ${quoted(next.title)} (coming soon)` : null;
}

/**
 * The closing slide's notes: the article's own last words, the prose of its last section that no other
 * slide tells (the takeaways' list is on their own slides), else of the section before it, so the
 * speaker ends where the article ends. Empty when every sentence is on a slide already.
 */
function closingNotes(extraction: ArticleExtraction, ctx: DeckBuildContext): string[] {
	const picker = ctx.notesFor(extraction);
	const takeaways = extraction.takeaways?.origin === 'body' ? extraction.takeaways.source.sectionId : undefined;
	const sections = outlineHeadings(extraction)
		.filter((heading) => heading.id !== takeaways)
		.map((heading) => sectionTree(extraction, heading))
		.reverse();
	for (const ids of sections) {
		const picked = picker.pick({ terms: [extraction.frontmatter.title], sections: ids, fill: true, paragraphsOnly: true, maxWords: 90 });
		if (picked.length > 0) return picked;
	}
	return [];
}

/**
 * Last slide: a link to the article and the next part (linked only when it exists). Notes: the
 * article's closing prose, and the next part when it is only announced.
 */
export function closingSlide(extraction: ArticleExtraction, options: FrameOptions = {}, ctx: DeckBuildContext = deckBuildContext(options.aspect)): ClosingSlide {
	const href = articleHref(extraction.slug);
	const links = [{ text: `Read the article: ${extraction.frontmatter.title}`, href }];
	const upcoming = options.nextPart ? null : upcomingNextPart(extraction);
	if (options.nextPart) links.push({ text: `Next: ${options.nextPart.title}`, href: articleHref(options.nextPart.slug) });
	const notes = closingNotes(extraction, ctx);
	if (upcoming) notes.push(`${upcoming}.`);
	return {
		kind: 'closing',
		id: slideIdFor('closing'),
		title: 'Thank you',
		links,
		...(upcoming ? { upcoming: [upcoming] } : {}),
		notes,
		source: slideSource(extraction, null),
	};
}
