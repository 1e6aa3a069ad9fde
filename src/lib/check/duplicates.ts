import type { Frontmatter } from '../article/frontmatter.ts';
import type { ErrorPoint } from '../errors.ts';
import type { ArticleFrontmatter } from '../schema/article.ts';
import { warningAt } from './types.ts';
import type { ContentWarning } from './types.ts';

/** Where an article's `title` and `series.part` stand in its file: plain data, so it is cached with the article. */
export interface FieldPoints {
	title?: ErrorPoint;
	seriesPart?: ErrorPoint;
}

/** The fields a duplicate warning points at, read once from the frontmatter's locator (`null`: frontmatter failed). */
export function fieldPointsOf(locate: Frontmatter<ArticleFrontmatter>['locate'] | null): FieldPoints {
	const title = locate?.(['title']);
	const seriesPart = locate?.(['series', 'part']);
	return { ...(title ? { title } : {}), ...(seriesPart ? { seriesPart } : {}) };
}

/** What the duplicate check needs of an article. */
export interface TitledArticle {
	file: string;
	/** Valid frontmatter, or `null` when it failed (such an article is not compared). */
	frontmatter: ArticleFrontmatter | null;
	fieldPoints: FieldPoints;
}

/** A title as readers tell titles apart: case, spacing and punctuation at the ends aside. */
function titleKey(title: string): string {
	return title.trim().replace(/\s+/g, ' ').replace(/[.!?:]+$/, '').toLowerCase();
}

/** Older first (by frontmatter date, then file name): the newer of two alike is the one to change. */
function olderFirst(a: TitledArticle, b: TitledArticle): number {
	const byDate = (a.frontmatter?.date.getTime() ?? 0) - (b.frontmatter?.date.getTime() ?? 0);
	return byDate || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
}

/** Warns on the newer article of each pair that shares `key`, at the field `pointOf` gives. */
function repeats(
	articles: readonly TitledArticle[],
	keyOf: (article: TitledArticle) => string | null,
	pointOf: (article: TitledArticle) => ErrorPoint | undefined,
	reason: (article: TitledArticle, first: TitledArticle) => string,
): ContentWarning[] {
	const first = new Map<string, TitledArticle>();
	const warnings: ContentWarning[] = [];
	for (const article of [...articles].sort(olderFirst)) {
		const key = keyOf(article);
		if (key === null) continue;
		const earlier = first.get(key);
		if (!earlier) {
			first.set(key, article);
			continue;
		}
		warnings.push(warningAt(reason(article, earlier), article.file, pointOf(article) ?? { line: 1, column: 1 }));
	}
	return warnings;
}

/**
 * Two published articles a reader cannot tell apart: the same title (the home page would list it twice),
 * or the same part of the same series (the series navigation would show two part 2s). Warnings, not
 * errors: the site still builds, but one of the two is almost always a copy-paste left as it was.
 */
export function duplicateArticleWarnings(articles: readonly TitledArticle[]): ContentWarning[] {
	const published = articles.filter((a) => a.frontmatter && a.frontmatter.draft !== true);
	return [
		...repeats(published, (a) => titleKey(a.frontmatter!.title), (a) => a.fieldPoints.title, (a, first) =>
			`another article has the title "${a.frontmatter!.title}" (${first.file}); give each article a title of its own`),
		...repeats(published, (a) => (a.frontmatter!.series ? `${titleKey(a.frontmatter!.series.name)}\0${a.frontmatter!.series.part}` : null), (a) => a.fieldPoints.seriesPart, (a, first) =>
			`${first.file} is already part ${a.frontmatter!.series!.part} of the series "${a.frontmatter!.series!.name}"; give this article another part`),
	];
}
