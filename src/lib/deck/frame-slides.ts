import type { ArticleExtraction } from '../extract/types.ts';
import type { ClosingSlide, SectionSlide, TitleSlide } from './model.ts';
import { quoted } from './notes.ts';
import { slideIdFor } from './pages.ts';
import { slideSource } from './source.ts';
import { absoluteUrl, articleHref, withBase } from '../site/paths.ts';
import { isoDate } from '../site/dates.ts';

/** Options for the slides that frame an article's deck. */
export interface FrameOptions {
	/** Public origin of the site (`https://talkbook.dev`); when set, the closing notes spell out the article's full URL (links stay site paths; the renderer resolves them). */
	siteOrigin?: string;
	/** The site's base path (`/talks/`), part of every address the notes spell out; `/` when absent. */
	base?: string;
	/** The series' next part when it is already published; otherwise an upcoming next part is mentioned without a link. */
	nextPart?: { slug: string; title: string };
}

/** Opening slide: title, description, date and a link to the article; the description doubles as notes. */
export function titleSlide(extraction: ArticleExtraction): TitleSlide {
	const { frontmatter, slug } = extraction;
	return {
		kind: 'title',
		id: slideIdFor('title'),
		title: frontmatter.title,
		description: frontmatter.description,
		date: isoDate(frontmatter.date),
		href: articleHref(slug),
		notes: [frontmatter.description],
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
	const notes = [`Thanks for listening. The full article is at ${where}.`];
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
