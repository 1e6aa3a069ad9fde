/** Site path of an article, e.g. `/articles/why-rust-on-the-backend/`, or of one of its sections. */
export function articleHref(slug: string, sectionId?: string | null): string {
	return sectionId ? `/articles/${slug}/#${sectionId}` : `/articles/${slug}/`;
}

/** Site path of a deck, e.g. `/decks/why-rust-on-the-backend/`. */
export function deckHref(slug: string): string {
	return `/decks/${slug}/`;
}

/** Site path of a tag page. */
export function tagHref(tag: string): string {
	return `/tags/${tag}/`;
}
