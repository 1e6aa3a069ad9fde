import type { CheckedArticle } from './article-file.ts';
import { isPublished } from './article-file.ts';
import { warningAt } from './types.ts';
import type { ContentWarning } from './types.ts';
import type { FieldPath } from '../errors.ts';

/** A title as readers tell titles apart: case, spacing and punctuation at the ends aside. */
function titleKey(title: string): string {
	return title.trim().replace(/\s+/g, ' ').replace(/[.!?:]+$/, '').toLowerCase();
}

/** Older first (by frontmatter date, then file name): the newer of two alike is the one to change. */
function olderFirst(a: CheckedArticle, b: CheckedArticle): number {
	const byDate = (a.frontmatter?.date.getTime() ?? 0) - (b.frontmatter?.date.getTime() ?? 0);
	return byDate || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
}

/** Warns on the newer article of each pair that shares `key`, at its frontmatter field `path`. */
function repeats(
	articles: readonly CheckedArticle[],
	keyOf: (article: CheckedArticle) => string | null,
	path: FieldPath,
	reason: (article: CheckedArticle, first: CheckedArticle) => string,
): ContentWarning[] {
	const first = new Map<string, CheckedArticle>();
	const warnings: ContentWarning[] = [];
	for (const article of [...articles].sort(olderFirst)) {
		const key = keyOf(article);
		if (key === null) continue;
		const earlier = first.get(key);
		if (!earlier) {
			first.set(key, article);
			continue;
		}
		warnings.push(warningAt(reason(article, earlier), article.file, article.locateField?.(path) ?? { line: 1, column: 1 }));
	}
	return warnings;
}

/**
 * Two published articles a reader cannot tell apart: the same title (the home page would list it twice),
 * or the same part of the same series (the series navigation would show two part 2s). Warnings, not
 * errors: the site still builds, but one of the two is almost always a copy-paste left as it was.
 */
export function duplicateArticleWarnings(articles: readonly CheckedArticle[]): ContentWarning[] {
	const published = articles.filter((a) => a.frontmatter && isPublished(a));
	return [
		...repeats(published, (a) => titleKey(a.frontmatter!.title), ['title'], (a, first) =>
			`another article has the title "${a.frontmatter!.title}" (${first.file}); give each article a title of its own`),
		...repeats(published, (a) => (a.frontmatter!.series ? `${titleKey(a.frontmatter!.series.name)}\0${a.frontmatter!.series.part}` : null), ['series', 'part'], (a, first) =>
			`${first.file} is already part ${a.frontmatter!.series!.part} of the series "${a.frontmatter!.series!.name}"; give this article another part`),
	];
}
