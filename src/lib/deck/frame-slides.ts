import type { ArticleExtraction } from '../extract/types.ts';
import type { ClosingSlide, SectionSlide, TitleSlide } from './model.ts';
import { quoted } from './notes.ts';
import { slideIdFor } from './pages.ts';
import { slideSource } from './source.ts';
import { absoluteUrl, articleHref, withBase } from '../site/paths.ts';
import { isoDate } from '../site/dates.ts';
import type { Aspect } from './aspect.ts';
import { deckBuildContext, type DeckBuildContext } from './build-context.ts';
import { splitSentences } from '../extract/notes.ts';
import { wordCount } from './notes-picker.ts';
import { tableCharts } from '../chart/table-chart.ts';
import { articleDecimalMark } from './chart-slides.ts';

/** Options for the slides that frame an article's deck. */
export interface FrameOptions {
	/** Public origin of the site (`https://talkbook.dev`); when set, the closing notes spell out the article's full URL (links stay site paths; the renderer resolves them). */
	siteOrigin?: string;
	/** The site's base path (`/talks/`), part of every address the notes spell out; `/` when absent. */
	base?: string;
	/** The deck's frame shape; DEFAULT_ASPECT when left out. */
	aspect?: Aspect;
	/** The series' next part when it is already published; otherwise an upcoming next part is mentioned without a link. */
	nextPart?: { slug: string; title: string };
}

/** `2 tables`, `1 Cargo file`: counts for a sentence. */
function count(n: number, what: string): string {
	return `${n} ${what}${n === 1 ? '' : 's'}`;
}

/** What the deck of an article holds, said in a sentence, so the title slide's notes set it up. */
function deckContents(extraction: ArticleExtraction): string {
	const decimal = articleDecimalMark(extraction);
	const charts = extraction.tables.reduce((n, table) => n + (table.chart ? tableCharts(table, decimal).length : 0), 0);
	// Two fences titled as a pair are one example, shown as a before/after pair of slides.
	const examples = extraction.code.filter((block) => !(block.pair?.kind === 'fences' && block.pair.role === 'after')).length;
	const parts = [
		extraction.takeaways ? count(extraction.takeaways.items.length, 'takeaway') : null,
		extraction.tables.length > 0 ? count(extraction.tables.length, 'table') : null,
		charts > 0 ? count(charts, 'chart') : null,
		extraction.diagrams.length > 0 ? count(extraction.diagrams.length, 'diagram') : null,
		extraction.equations.length > 0 ? count(extraction.equations.length, 'equation') : null,
		examples > 0 ? count(examples, 'code example') : null,
		extraction.cargo.length > 0 ? count(extraction.cargo.length, 'Cargo file') : null,
	].filter((part): part is string => part !== null);
	return parts.length > 0
		? `The slides bring its ${parts.join(', ').replace(/, ([^,]*)$/, ' and $1')}; each one links back to its section of the article.`
		: 'The slides outline its sections; each one links back to the article.';
}

/**
 * Opening slide: title, description, date and a link to the article. Notes: the description, the
 * article's opening before its first heading, and what the deck holds.
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
		notes: [description, ...opening, deckContents(extraction)].filter((note) => note !== ''),
		source: slideSource(extraction, null),
	};
}

/** The headings an outline lists: the h2s, or the shallowest level present when there are none. */
function outlineHeadings(extraction: ArticleExtraction): ArticleExtraction['headings'] {
	const depths = extraction.headings.map((heading) => heading.depth).filter((depth) => depth > 1);
	const depth = depths.includes(2) ? 2 : Math.min(...depths);
	return extraction.headings.filter((heading) => heading.depth === depth);
}

/** Outline of the article's sections, for articles with nothing to extract. */
export function outlineSlide(extraction: ArticleExtraction): SectionSlide {
	const headings = outlineHeadings(extraction);
	const names = headings.map((heading) => heading.text).join('; ');
	return {
		kind: 'section',
		id: slideIdFor('outline'),
		title: 'Outline',
		outline: headings.map((heading) => ({ text: heading.text, href: articleHref(extraction.slug, heading.id) })),
		notes: [
			headings.length > 0
				? `${quoted(extraction.frontmatter.title)} has ${headings.length} section${headings.length === 1 ? '' : 's'}: ${names}.`
				: `${quoted(extraction.frontmatter.title)} is a single section; the full text is on the site.`,
		],
		source: slideSource(extraction, null),
	};
}

/** The series' next part, when it is announced but not written yet. */
function upcomingNextPart(extraction: ArticleExtraction): string | null {
	const series = extraction.frontmatter.series;
	const next = series?.upcoming.find((part) => part.part === series.part + 1);
	return series && next ? `Next in ${series.name}: part ${next.part}, ${quoted(next.title)} (coming soon)` : null;
}

/** Last slide: a link to the article, the next part (linked only when it exists), and a closing sentence as notes. */
export function closingSlide(extraction: ArticleExtraction, options: FrameOptions = {}): ClosingSlide {
	const href = articleHref(extraction.slug);
	const base = options.base ?? '/';
	const where = absoluteUrl(href, options.siteOrigin, base) ?? withBase(href, base);
	const links = [{ text: `Read the article: ${extraction.frontmatter.title}`, href }];
	const upcoming = options.nextPart ? null : upcomingNextPart(extraction);
	if (options.nextPart) links.push({ text: `Next: ${options.nextPart.title}`, href: articleHref(options.nextPart.slug) });
	const notes = [
		`Thanks for listening. This closing slide points to the article, ${quoted(extraction.frontmatter.title)}, ${options.siteOrigin ? `at ${where}, with a QR code of that address for phones in the room` : `on the site under ${where}`}; it holds the full argument, every table and every config of this deck.`,
	];
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
