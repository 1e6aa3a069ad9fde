import type { Root } from 'mdast';
import { parseMarkdown, slugFromFile } from '../article/parse.ts';
import { buildArticleDeck } from '../deck/build-article-deck.ts';
import { buildComposedDeck } from '../deck/build-composed-deck.ts';
import { parseDeckRecipe, slideAttributeErrors } from '../deck/recipe.ts';
import type { TalkbookError } from '../errors.ts';
import type { ArticleExtraction } from '../extract/types.ts';
import { attempt } from './types.ts';

/** What checking one deck found: its tree for link checks and its slide ids for `#/slide` anchors. */
export interface CheckedDeck {
	/** The file the deck comes from: `decks/<slug>.md` for talks, the article file for article decks. */
	file: string;
	slug: string;
	/** Syntax tree of a talk's file (links and fences are checked in it); `null` for article decks or when it does not parse. */
	tree: Root | null;
	/** Ids of the built deck's slides; `null` when the deck could not be built. */
	slideIds: string[] | null;
	errors: TalkbookError[];
}

/** The deck an article publishes at `/decks/<slug>/`, built as the site builds it (errors land on the article). */
export function checkArticleDeck(extraction: ArticleExtraction): CheckedDeck {
	const errors: TalkbookError[] = [];
	const deck = attempt(() => buildArticleDeck(extraction), errors);
	return { file: extraction.file, slug: extraction.slug, tree: null, slideIds: deck?.slides.map((slide) => slide.id) ?? null, errors };
}

/**
 * Checks a composed talk with the site's builder: frontmatter, body slides, and every part (a missing
 * article, part or selection is an error at that part). A talk taking from an article that itself failed
 * is not built: "article not found" would only repeat the article's own error.
 */
export function checkDeckSource(
	source: string,
	file: string,
	published: ReadonlyMap<string, ArticleExtraction>,
	failedArticles: ReadonlySet<string>,
	publicFileExists: (sitePath: string) => boolean = () => true,
): CheckedDeck {
	const slug = slugFromFile(file);
	const errors: TalkbookError[] = [];
	const tree = attempt(() => parseMarkdown(source, file), errors);
	const slideErrors = tree ? slideAttributeErrors(source, file, publicFileExists) : [];
	if (slideErrors.length > 0) return { file, slug, tree, slideIds: null, errors: [...errors, ...slideErrors] };
	const recipe = tree ? attempt(() => parseDeckRecipe(source, file), errors) : null;
	if (!recipe) return { file, slug, tree, slideIds: null, errors };
	const dependsOnFailed = recipe.frontmatter.parts.some((part) => 'article' in part && failedArticles.has(part.article));
	if (dependsOnFailed) return { file, slug, tree, slideIds: null, errors };
	const deck = attempt(() => buildComposedDeck(source, file, published), errors);
	return { file, slug, tree, slideIds: deck?.slides.map((slide) => slide.id) ?? null, errors };
}
