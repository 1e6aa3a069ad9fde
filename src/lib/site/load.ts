import type { ArticleFrontmatter } from '../schema/article.ts';
import { publishedNewestFirst } from './collection.ts';

/** A collection entry as Astro's glob loader gives it (kept structural so lib stays free of `astro:*`). */
export interface ArticleEntry {
	id: string;
	data: ArticleFrontmatter;
}

/** An article as the site's pages use it. */
export interface SiteArticle {
	slug: string;
	data: ArticleFrontmatter;
	minutes: number;
	entry: ArticleEntry;
}

/** Published articles, newest first, with their reading time (the catalog's, counted once per article: `minutesOf`). */
export function siteArticles<E extends ArticleEntry>(entries: readonly E[], minutesOf: (slug: string) => number): (SiteArticle & { entry: E })[] {
	return publishedNewestFirst(entries.map((entry) => ({ slug: entry.id, data: entry.data, minutes: minutesOf(entry.id), entry })));
}
