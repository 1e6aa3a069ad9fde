import { TalkbookError } from '../errors.ts';
import { attempt } from './types.ts';
import { articleHref, deckHref } from '../site/paths.ts';

/** A file that publishes a page under a slug. */
export interface SlugClaim {
	file: string;
	slug: string;
}

/** Two files that would publish at the same URL: the second one is the error. */
function claimSlug(seen: Map<string, string>, slug: string, file: string, what: string): void {
	const earlier = seen.get(slug);
	if (earlier) throw new TalkbookError(`duplicate slug "${slug}": ${earlier} already publishes ${what}`, file, { line: 1, column: 1 });
	seen.set(slug, file);
}

/**
 * Files that would publish at the same URL, the way the catalog finds them:
 * two article files (`x.md` and `x.mdx`) share `/articles/<slug>/`; a talk in `decks/` named like a
 * published article takes that article's `/decks/<slug>/`. The later file in name order is the error.
 */
export function duplicateSlugErrors(articles: readonly SlugClaim[], publishedArticles: readonly SlugClaim[], talks: readonly SlugClaim[]): TalkbookError[] {
	const errors: TalkbookError[] = [];
	const articleSlugs = new Map<string, string>();
	for (const { slug, file } of articles) attempt(() => claimSlug(articleSlugs, slug, file, articleHref(slug)), errors);
	const deckSlugs = new Map<string, string>();
	// Each published article has a deck; a duplicated article was reported above and keeps its first file.
	for (const { slug, file } of publishedArticles) if (!deckSlugs.has(slug)) deckSlugs.set(slug, file);
	for (const { slug, file } of talks) attempt(() => claimSlug(deckSlugs, slug, file, deckHref(slug)), errors);
	return errors;
}
