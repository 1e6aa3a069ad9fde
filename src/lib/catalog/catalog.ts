import { readFileSync } from 'node:fs';
import path from 'node:path';
import { TalkbookError } from '../errors.ts';
import { extractArticle } from '../extract/index.ts';
import type { ArticleExtraction } from '../extract/types.ts';
import { buildArticleDeck } from '../deck/build-article-deck.ts';
import { buildComposedDeck } from '../deck/build-composed-deck.ts';
import type { Deck } from '../deck/model.ts';
import { contentFiles, fingerprint, type ContentFile } from './files.ts';
import { articleHref, deckHref } from '../site/paths.ts';

/** Every published article's extraction and every deck, article decks first, then composed talks. */
export interface Catalog {
	/** Published articles by slug, in file-name order. */
	articles: Map<string, ArticleExtraction>;
	decks: Deck[];
}

/** Where the catalog reads from. */
export interface CatalogOptions {
	/** Project root; `articles/` and `decks/` are read below it. */
	root: string;
	/** Public origin of the site, spelled out in notes (`http://localhost:4321`). */
	siteOrigin?: string;
	/** The site's base path (`/talks/`), spelled out with the origin; `/` when absent. */
	base?: string;
}

/** The next part of an article's series, if it is already written. */
function nextPart(extraction: ArticleExtraction, all: Map<string, ArticleExtraction>): { slug: string; title: string } | undefined {
	const series = extraction.frontmatter.series;
	if (!series) return undefined;
	for (const other of all.values()) {
		const s = other.frontmatter.series;
		if (s && s.name === series.name && s.part === series.part + 1) return { slug: other.slug, title: other.frontmatter.title };
	}
	return undefined;
}

/** Two files that would publish at the same URL: the second one is the error. */
export function claimSlug(seen: Map<string, string>, slug: string, file: string, what: string): void {
	const earlier = seen.get(slug);
	if (earlier) throw new TalkbookError(`duplicate slug "${slug}": ${earlier} already publishes ${what}`, file, { line: 1, column: 1 });
	seen.set(slug, file);
}

function readArticles(files: readonly ContentFile[]): Map<string, ArticleExtraction> {
	const articles = new Map<string, ArticleExtraction>();
	const slugs = new Map<string, string>();
	for (const { file, absolute } of files) {
		const extraction = extractArticle(readFileSync(absolute, 'utf8'), file);
		claimSlug(slugs, extraction.slug, file, articleHref(extraction.slug));
		if (!extraction.frontmatter.draft) articles.set(extraction.slug, extraction);
	}
	return articles;
}

/** Reads and extracts every article and builds every deck; throws TalkbookError (file:line:column) on bad input. */
export function buildCatalog({ root, siteOrigin, base }: CatalogOptions): Catalog {
	const articles = readArticles(contentFiles(root, 'articles'));
	const frame = { ...(siteOrigin ? { siteOrigin } : {}), ...(base && base !== '/' ? { base } : {}) };
	const decks: Deck[] = [];
	const deckSlugs = new Map<string, string>();
	for (const extraction of articles.values()) {
		const next = nextPart(extraction, articles);
		decks.push(buildArticleDeck(extraction, next ? { ...frame, nextPart: next } : frame));
		deckSlugs.set(extraction.slug, extraction.file);
	}
	for (const { file, absolute } of contentFiles(root, 'decks')) {
		const deck = buildComposedDeck(readFileSync(absolute, 'utf8'), file, articles, frame);
		claimSlug(deckSlugs, deck.slug, file, deckHref(deck.slug));
		decks.push(deck);
	}
	return { articles, decks };
}

/**
 * Astro loads this module twice in one build (once for the config's integrations, once bundled for
 * the pages), so the cache lives on `globalThis`, where both copies find it.
 */
const CACHE = Symbol.for('talkbook.catalog');
type CacheHolder = { [CACHE]?: { key: string; catalog: Catalog } };

/**
 * The catalog, built once per process and rebuilt only when a content file changes, because every
 * page of a build (article pages, deck pages, the decks index, the search index) asks for it.
 */
export function loadCatalog(options: CatalogOptions): Catalog {
	const files = [...contentFiles(options.root, 'articles'), ...contentFiles(options.root, 'decks')];
	const key = `${path.resolve(options.root)}|${options.siteOrigin ?? ''}|${options.base ?? '/'}|${fingerprint(files)}`;
	const holder = globalThis as CacheHolder;
	const cached = holder[CACHE];
	if (cached?.key === key) return cached.catalog;
	const catalog = buildCatalog(options);
	holder[CACHE] = { key, catalog };
	return catalog;
}
