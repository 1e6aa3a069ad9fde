import type { Deck } from '../deck/model.ts';
import type { ArticleExtraction } from '../extract/types.ts';

/** Every published article's extraction and every deck, article decks first, then composed talks. */
export interface Catalog {
	/** Published articles by slug, in file-name order. */
	articles: Map<string, ArticleExtraction>;
	decks: Deck[];
}
