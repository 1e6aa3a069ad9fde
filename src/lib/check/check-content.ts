import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { contentFiles } from '../catalog/files.ts';
import type { TalkbookError } from '../errors.ts';
import type { ArticleExtraction } from '../extract/types.ts';
import { checkArticleSource, isPublished } from './article-file.ts';
import type { CheckedArticle } from './article-file.ts';
import { checkArticleDeck, checkDeckSource } from './deck-file.ts';
import type { CheckedDeck } from './deck-file.ts';
import { fenceWarnings } from './fences.ts';
import { checkLinks } from './links.ts';
import type { ArticlePage, DeckPage, SiteMap } from './routes.ts';
import { duplicateSlugErrors } from './slugs.ts';
import { duplicateArticleWarnings } from './duplicates.ts';
import { byPosition } from './types.ts';
import type { CheckResult, ContentWarning } from './types.ts';
import { articleHref, deckHref } from '../site/paths.ts';

/** Where to check: the project root holding `articles/`, `decks/` and `public/`. */
export interface CheckOptions {
	root: string;
}

/** A content file and its text, read once for every check. */
interface SourceFile {
	file: string;
	source: string;
}

/** Site paths of every file in `public/` (Astro copies them as they are). */
function publicFiles(root: string, dir = 'public'): string[] {
	const absolute = path.join(root, dir);
	if (!existsSync(absolute)) return [];
	return readdirSync(absolute, { withFileTypes: true }).flatMap((entry) => {
		const child = `${dir}/${entry.name}`;
		if (entry.isDirectory()) return publicFiles(root, child);
		return [child.slice('public'.length)];
	});
}

/** The published articles' extractions by slug, first file winning, as the catalog hands them to decks. */
function publishedExtractions(articles: readonly CheckedArticle[]): Map<string, ArticleExtraction> {
	const published = new Map<string, ArticleExtraction>();
	for (const { extraction } of articles) {
		if (extraction && !extraction.frontmatter.draft && !published.has(extraction.slug)) published.set(extraction.slug, extraction);
	}
	return published;
}

/** The routes the content would build: one page per article, one deck per published article and talk. */
function siteMapOf(root: string, articles: readonly CheckedArticle[], decks: readonly CheckedDeck[]): SiteMap {
	const articlePages = new Map<string, ArticlePage>();
	for (const a of articles) {
		const page = { slug: a.slug, draft: a.frontmatter?.draft ?? null, tags: a.frontmatter?.tags ?? null, headingIds: a.headingIds };
		if (!articlePages.has(a.slug)) articlePages.set(a.slug, page);
	}
	const deckPages = new Map<string, DeckPage>();
	// A published article whose deck could not be built still has a deck route (its error is reported).
	for (const a of articles) if (isPublished(a) && !deckPages.has(a.slug)) deckPages.set(a.slug, { slug: a.slug, slideIds: null });
	for (const d of decks) if (d.slideIds || !deckPages.has(d.slug)) deckPages.set(d.slug, { slug: d.slug, slideIds: d.slideIds });
	return { articles: articlePages, decks: deckPages, publicFiles: new Set(publicFiles(root)) };
}

/**
 * Checks all articles and decks of a project with the site's own parsers and builders, and collects
 * every problem instead of stopping at the first: each file is checked on its own, so a file with bad
 * frontmatter is reported and the others still are. Errors: Markdown/MDX syntax, frontmatter, TOML
 * blocks, deck parts, duplicate slugs, broken internal links and anchors. Warnings: fences without a
 * language, two articles with one title or one part of a series.
 */
export function checkContent({ root }: CheckOptions): CheckResult {
	const load = (dir: string): SourceFile[] => contentFiles(root, dir).map(({ file, absolute }) => ({ file, source: readFileSync(absolute, 'utf8') }));
	const articleFiles = load('articles');
	const talkFiles = load('decks');
	const articles = articleFiles.map(({ file, source }) => checkArticleSource(source, file));
	const published = publishedExtractions(articles);
	const failed = new Set(articles.filter((a) => a.errors.length > 0).map((a) => a.slug));
	const articleDecks = [...published.values()].map(checkArticleDeck);
	const talks = talkFiles.map(({ file, source }) => checkDeckSource(source, file, published, failed));

	const errors: TalkbookError[] = [...articles, ...articleDecks, ...talks].flatMap((checked) => checked.errors);
	errors.push(...duplicateSlugErrors(articles, articles.filter(isPublished), talks));
	const warnings: ContentWarning[] = duplicateArticleWarnings(articles);
	const site = siteMapOf(root, articles, [...articleDecks, ...talks]);
	const fileExists = (projectPath: string): boolean => {
		const absolute = path.join(root, projectPath);
		return existsSync(absolute) && statSync(absolute).isFile();
	};
	const pages = [
		...articles.map((a, i) => ({ tree: a.tree, source: articleFiles[i]?.source ?? '', file: a.file, page: articleHref(a.slug), article: true, draft: a.frontmatter?.draft === true })),
		...talks.map((d, i) => ({ tree: d.tree, source: talkFiles[i]?.source ?? '', file: d.file, page: deckHref(d.slug), article: false, draft: false })),
	];
	for (const { tree, source, file, page, article, draft } of pages) {
		if (!tree) continue;
		errors.push(...checkLinks(tree, { file, page, imagesRelativeToFile: article, fromDraft: draft, site, fileExists }));
		warnings.push(...fenceWarnings(tree, source, file));
	}
	return { errors: errors.sort(byPosition), warnings: warnings.sort(byPosition), files: articleFiles.length + talkFiles.length };
}
