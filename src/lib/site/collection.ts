import type { ArticleFrontmatter } from '../schema/article.ts';
import { articleHref } from './paths.ts';

/** The part of an article the site's navigation needs. */
export interface ArticleSummary {
	slug: string;
	data: Pick<ArticleFrontmatter, 'title' | 'date' | 'tags' | 'series' | 'draft'>;
}

/** Published articles, newest first; ties broken by slug so every build orders them alike. */
export function publishedNewestFirst<T extends ArticleSummary>(articles: readonly T[]): T[] {
	return articles
		.filter((a) => !a.data.draft)
		.sort((a, b) => b.data.date.getTime() - a.data.date.getTime() || a.slug.localeCompare(b.slug));
}

/** The newer and older neighbours of `slug` in a newest-first list. */
export function neighbours<T extends ArticleSummary>(sorted: readonly T[], slug: string): { newer?: T; older?: T } {
	const i = sorted.findIndex((a) => a.slug === slug);
	if (i < 0) return {};
	const result: { newer?: T; older?: T } = {};
	const newer = sorted[i - 1];
	const older = sorted[i + 1];
	if (newer) result.newer = newer;
	if (older) result.older = older;
	return result;
}

/** One entry of a series' table of contents: a written part links, an upcoming one does not. */
export type SeriesEntry =
	| { part: number; title: string; status: 'current' | 'published'; href: string }
	| { part: number; title: string; status: 'upcoming' };

/**
 * Every part of the series `name`, in part order: written articles from the collection, plus parts
 * announced as upcoming by any of them unless an article for that part has since been written.
 */
export function seriesEntries(articles: readonly ArticleSummary[], name: string, currentSlug: string): SeriesEntry[] {
	const byPart = new Map<number, SeriesEntry>();
	const members = articles.filter((a) => !a.data.draft && a.data.series?.name === name);
	for (const a of members) {
		const series = a.data.series!;
		byPart.set(series.part, {
			part: series.part,
			title: a.data.title,
			status: a.slug === currentSlug ? 'current' : 'published',
			href: articleHref(a.slug),
		});
	}
	for (const a of members) {
		for (const up of a.data.series!.upcoming) {
			if (!byPart.has(up.part)) byPart.set(up.part, { part: up.part, title: up.title, status: 'upcoming' });
		}
	}
	return [...byPart.values()].sort((a, b) => a.part - b.part);
}

/** Tags with the articles carrying them, tags sorted alphabetically. */
export function tagIndex<T extends ArticleSummary>(articles: readonly T[]): Map<string, T[]> {
	const index = new Map<string, T[]>();
	for (const a of articles) {
		for (const tag of a.data.tags) {
			const list = index.get(tag) ?? [];
			list.push(a);
			index.set(tag, list);
		}
	}
	return new Map([...index.entries()].sort(([a], [b]) => a.localeCompare(b)));
}
