import type { ArticleExtraction, SourceRef } from '../extract/types.ts';
import type { SlideSource } from './model.ts';

/** Site path of an article, e.g. `/articles/why-rust-on-the-backend/`. */
export function articleHref(slug: string, sectionId?: string | null): string {
	return sectionId ? `/articles/${slug}/#${sectionId}` : `/articles/${slug}/`;
}

/** Site path of a deck, e.g. `/decks/why-rust-on-the-backend/`. */
export function deckHref(slug: string): string {
	return `/decks/${slug}/`;
}

/** Link from a generated slide back to its section of the article (or the article itself before the first heading). */
export function slideSource(extraction: ArticleExtraction, ref: SourceRef | null): SlideSource {
	return {
		article: extraction.slug,
		href: articleHref(extraction.slug, ref?.sectionId),
		label: ref?.sectionTitle ?? extraction.frontmatter.title,
	};
}
