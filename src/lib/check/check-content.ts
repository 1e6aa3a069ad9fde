import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Root } from 'mdast';
import { hashParts } from '../cache/hash.ts';
import type { CacheStore } from '../cache/store.ts';
import { buildArticleDeck } from '../deck/build-article-deck.ts';
import { buildComposedDeck } from '../deck/build-composed-deck.ts';
import type { Deck } from '../deck/model.ts';
import { scanContentFolder } from '../catalog/files.ts';
import type { Catalog } from '../catalog/types.ts';
import { TalkbookError } from '../errors.ts';
import { slugFromFile } from '../article/parse.ts';
import { activeMarkdownPipeline } from '../article/pipeline.ts';
import type { ArticleExtraction } from '../extract/types.ts';
import type { ArticleFrontmatter } from '../schema/article.ts';
import { checkArticleSource } from './article-file.ts';
import { checkDeckSource } from './deck-file.ts';
import type { CheckedDeck } from './deck-file.ts';
import { fenceWarnings } from './fences.ts';
import { decodeSource } from './encoding.ts';
import { headingErrors } from './headings.ts';
import { checkLinkSites, collectLinks } from './links.ts';
import type { LinkSite } from './links.ts';
import { offlineErrors } from './offline.ts';
import { mathErrors } from './math.ts';
import type { ArticlePage, DeckPage, SiteMap } from './routes.ts';
import { slideFitWarnings } from './slide-fit.ts';
import { duplicateSlugErrors } from './slugs.ts';
import { duplicateArticleWarnings, fieldPointsOf } from './duplicates.ts';
import type { FieldPoints } from './duplicates.ts';
import { byPosition, guardFile, internalError, warningAt } from './types.ts';
import { diagramFitProblem } from '../deck/diagram-slides.ts';
import { DEFAULT_ASPECT } from '../deck/aspect.ts';
import type { CheckResult, ContentWarning } from './types.ts';
import { articleHref, deckHref } from '../site/paths.ts';
import { coverageWarnings } from '../fonts/coverage.ts';

/** Where to check, and with which cache. */
export interface CheckOptions {
	/** The project root holding `articles/`, `decks/` and `public/`. */
	root: string;
	/** Per-article results from earlier builds, keyed by content; without it everything is computed. */
	cache?: CacheStore;
	/** buildKey() of the project: the part of each cache key that is not the file's text. Needed with `cache`. */
	buildKey?: string;
}

/** The check's report and, when it found no error, the catalog the pages and the search index are built from. */
export interface ProjectCheck {
	result: CheckResult;
	catalog: Catalog | null;
}

/** A TalkbookError as plain data, so it survives the cache. */
interface ErrorRecord {
	reason: string;
	file: string;
	line: number;
	column: number;
}

/**
 * Everything later steps need from one article file, computed from its text alone (so it is cached by
 * the text's hash): the syntax tree itself is not kept, only what was read from it.
 */
interface ArticleRecord {
	file: string;
	slug: string;
	headingIds: string[] | null;
	frontmatter: ArticleFrontmatter | null;
	extraction: ArticleExtraction | null;
	errors: ErrorRecord[];
	warnings: ContentWarning[];
	/** Internal links and images, resolved once every article is known. */
	links: LinkSite[];
	/** Where the frontmatter's `title` and `series.part` are (for warnings about two articles alike); a function cannot be cached. */
	fieldPoints: FieldPoints;
}

/** Bumped when ArticleRecord changes shape, so records of an older shape are never read. */
const RECORD_VERSION = 'article-record-3';

const toRecord = ({ reason, file, line, column }: TalkbookError): ErrorRecord => ({ reason, file, line, column });
const fromRecord = ({ reason, file, line, column }: ErrorRecord): TalkbookError => new TalkbookError(reason, file, { line, column });

/** Runs one file's step; a crash in it becomes an error on that file (internalError) and the other files are still checked. */
function guarded(file: string, errors: TalkbookError[], step: () => void): void {
	guardFile(file, step, (error) => void errors.push(error));
}

/**
 * The checks of one file that need only its own tree and text; their errors and warnings are cached
 * with the file. New per-file checks go here.
 */
function perFileChecks(tree: Root, source: string, file: string, { article, draft }: { article: boolean; draft: boolean }): { errors: TalkbookError[]; warnings: ContentWarning[] } {
	const errors: TalkbookError[] = [];
	const warnings: ContentWarning[] = [];
	guarded(file, errors, () => errors.push(...offlineErrors(tree, source, file)));
	guarded(file, errors, () => errors.push(...mathErrors(tree, source, file)));
	if (article) guarded(file, errors, () => errors.push(...headingErrors(tree, file)));
	guarded(file, errors, () => warnings.push(...fenceWarnings(tree, source, file)));
	if (!draft) guarded(file, errors, () => warnings.push(...slideFitWarnings(tree, file, article)));
	return { errors, warnings };
}

/** A warning at each diagram too large for a slide of the site's default frame (it stays on the article page). */
function diagramWarnings(extraction: ArticleExtraction): ContentWarning[] {
	return extraction.diagrams.flatMap((diagram) => {
		const problem = diagramFitProblem(diagram, DEFAULT_ASPECT);
		return problem ? [warningAt(problem, extraction.file, diagram.source.position)] : [];
	});
}

/** Parses and checks one article (the only parse it gets in a build), keeping what the later steps need. */
function readArticle(source: string, file: string): ArticleRecord {
	const checked = checkArticleSource(source, file);
	const draft = checked.frontmatter?.draft === true;
	const own = checked.tree ? perFileChecks(checked.tree, source, file, { article: true, draft }) : { errors: [], warnings: [] };
	if (checked.extraction && !draft) own.warnings.push(...diagramWarnings(checked.extraction));
	return {
		file,
		slug: checked.slug,
		headingIds: checked.headingIds,
		frontmatter: checked.frontmatter,
		extraction: checked.extraction,
		errors: [...checked.errors, ...own.errors].map(toRecord),
		warnings: own.warnings,
		links: checked.tree ? collectLinks(checked.tree) : [],
		fieldPoints: fieldPointsOf(checked.locateField),
	};
}

/** The record of an article that could not be read or checked: only its errors. */
function failedRecord(file: string, errors: readonly TalkbookError[]): ArticleRecord {
	return { file, slug: slugFromFile(file), headingIds: null, frontmatter: null, extraction: null, errors: errors.map(toRecord), warnings: [], links: [], fieldPoints: {} };
}

/** readArticle through the cache, keyed by the file's name and text and everything else that changes the result. */
function articleRecord(file: string, absolute: string, options: CheckOptions): { record: ArticleRecord; key: string } {
	const { source, errors: unreadable } = decodeSource(readFileSync(absolute), file);
	// The pipeline is part of the key: astro.config.mjs may set one the build key's environment does not name.
	const key = hashParts(RECORD_VERSION, options.buildKey ?? '', activeMarkdownPipeline(), file, source);
	if (unreadable.length > 0) {
		return { record: failedRecord(file, unreadable), key };
	}
	const cached = options.cache?.get<ArticleRecord>('article', key);
	if (cached) return { record: cached, key };
	try {
		const record = readArticle(source, file);
		options.cache?.set('article', key, record);
		return { record, key };
	} catch (error) {
		return { record: failedRecord(file, [error instanceof TalkbookError ? error : internalError(error, file)]), key };
	}
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

/** Whether an article gets pages (`/articles/<slug>/` and its deck); unknown frontmatter counts as published so no false "no article" follows. */
const isPublished = (a: ArticleRecord): boolean => a.frontmatter?.draft !== true;

/** The published articles' extractions by slug, first file winning, in file-name order: the catalog's articles. */
function publishedExtractions(articles: readonly ArticleRecord[]): Map<string, ArticleExtraction> {
	const published = new Map<string, ArticleExtraction>();
	for (const { extraction } of articles) {
		if (extraction && !extraction.frontmatter.draft && !published.has(extraction.slug)) published.set(extraction.slug, extraction);
	}
	return published;
}

/** The next part of each series part that is already written, looked up by series name and part number. */
function nextParts(articles: ReadonlyMap<string, ArticleExtraction>): (extraction: ArticleExtraction) => { slug: string; title: string } | undefined {
	const byPart = new Map<string, { slug: string; title: string }>();
	for (const a of articles.values()) {
		const s = a.frontmatter.series;
		const key = s && JSON.stringify([s.name, s.part]);
		if (key && !byPart.has(key)) byPart.set(key, { slug: a.slug, title: a.frontmatter.title });
	}
	return (extraction) => {
		const s = extraction.frontmatter.series;
		return s ? byPart.get(JSON.stringify([s.name, s.part + 1])) : undefined;
	};
}

/** Builds every published article's deck (cached with the article); a deck that fails to build is an error on its article. */
function articleDecks(published: ReadonlyMap<string, ArticleExtraction>, keys: ReadonlyMap<string, string>, options: CheckOptions, errors: TalkbookError[]): Deck[] {
	const nextOf = nextParts(published);
	const decks: Deck[] = [];
	for (const extraction of published.values()) {
		const next = nextOf(extraction);
		const deckOptions = next ? { nextPart: next } : {};
		const key = hashParts('deck', keys.get(extraction.file) ?? '', JSON.stringify(deckOptions));
		try {
			decks.push(options.cache?.through('deck', key, () => buildArticleDeck(extraction, deckOptions)) ?? buildArticleDeck(extraction, deckOptions));
		} catch (error) {
			errors.push(error instanceof TalkbookError ? error : internalError(error, extraction.file));
		}
	}
	return decks;
}

/** The routes the content would build: one page per article, one deck per published article and talk. */
function siteMapOf(publicSet: ReadonlySet<string>, articles: readonly ArticleRecord[], decks: readonly Deck[], talks: readonly CheckedDeck[]): SiteMap {
	const articlePages = new Map<string, ArticlePage>();
	for (const a of articles) {
		const page = { slug: a.slug, draft: a.frontmatter?.draft ?? null, tags: a.frontmatter?.tags ?? null, headingIds: a.headingIds };
		if (!articlePages.has(a.slug)) articlePages.set(a.slug, page);
	}
	const deckPages = new Map<string, DeckPage>();
	for (const deck of decks) deckPages.set(deck.slug, { slug: deck.slug, slideIds: deck.slides.map((slide) => slide.id) });
	// A published article whose deck could not be built still has a deck route (its error is reported).
	for (const a of articles) if (isPublished(a) && !deckPages.has(a.slug)) deckPages.set(a.slug, { slug: a.slug, slideIds: null });
	for (const d of talks) if (d.slideIds || !deckPages.has(d.slug)) deckPages.set(d.slug, { slug: d.slug, slideIds: d.slideIds });
	return { articles: articlePages, decks: deckPages, publicFiles: publicSet };
}

/** Checks one composed talk; a crash in a check becomes an error on the talk. */
function readTalk(
	file: string,
	absolute: string,
	published: ReadonlyMap<string, ArticleExtraction>,
	failed: ReadonlySet<string>,
	publicFileExists: (sitePath: string) => boolean,
): { talk: CheckedDeck; source: string } {
	const { source, errors: unreadable } = decodeSource(readFileSync(absolute), file);
	const failedTalk = (errors: TalkbookError[]): CheckedDeck => ({ file, slug: slugFromFile(file), tree: null, slideIds: null, errors });
	if (unreadable.length > 0) return { talk: failedTalk(unreadable), source };
	try {
		return { talk: checkDeckSource(source, file, published, failed, publicFileExists), source };
	} catch (error) {
		return { talk: failedTalk([error instanceof TalkbookError ? error : internalError(error, file)]), source };
	}
}

/**
 * Checks all articles and decks of a project with the site's own parsers and builders, and collects
 * every problem instead of stopping at the first: each file is checked on its own, so a file with bad
 * frontmatter is reported and the others still are. Errors: Markdown/MDX syntax, frontmatter, TOML
 * blocks, deck parts, duplicate slugs, broken internal links and anchors. Warnings: fences without a
 * language, two articles with one title or one part of a series, characters on slides that no bundled
 * font has.
 *
 * The same pass builds the catalog, so each article is read and parsed once per build; with a cache,
 * an article whose text (and Talkbook's code and settings) did not change is not parsed at all.
 */
export function checkProject(options: CheckOptions): ProjectCheck {
	const { root } = options;
	const keys = new Map<string, string>();
	const articleFolder = scanContentFolder(root, 'articles');
	const talkFolder = scanContentFolder(root, 'decks');
	const publicSet = new Set(publicFiles(root));
	const articles = articleFolder.files.map(({ file, absolute }) => {
		const { record, key } = articleRecord(file, absolute, options);
		keys.set(file, key);
		return record;
	});
	const published = publishedExtractions(articles);
	const failed = new Set(articles.filter((a) => a.errors.length > 0).map((a) => a.slug));
	const errors: TalkbookError[] = articles.flatMap((a) => a.errors.map(fromRecord));
	const warnings: ContentWarning[] = [...articles.flatMap((a) => a.warnings), ...duplicateArticleWarnings(articles)];
	const decks = articleDecks(published, keys, options, errors);
	const talkFiles = talkFolder.files.map(({ file, absolute }) => readTalk(file, absolute, published, failed, (sitePath) => publicSet.has(sitePath)));
	const talks = talkFiles.map(({ talk }) => talk);
	errors.push(...talks.flatMap((t) => t.errors));
	errors.push(...duplicateSlugErrors(articles, articles.filter(isPublished), talks));
	// Files refused by name (not a slug, a symlink out of the project, a subfolder) are reported like bad content.
	const refused = [...articleFolder.errors, ...talkFolder.errors];
	errors.push(...refused);

	const site = siteMapOf(publicSet, articles, decks, talks);
	const fileExists = (projectPath: string): boolean => {
		const absolute = path.join(root, projectPath);
		return existsSync(absolute) && statSync(absolute).isFile();
	};
	for (const a of articles) {
		const ctx = { file: a.file, page: articleHref(a.slug), imagesRelativeToFile: true, fromDraft: a.frontmatter?.draft === true, site, fileExists };
		guarded(a.file, errors, () => errors.push(...checkLinkSites(a.links, ctx)));
	}
	for (const { talk, source } of talkFiles) {
		const tree = talk.tree;
		if (!tree) continue;
		const ctx = { file: talk.file, page: deckHref(talk.slug), imagesRelativeToFile: false, fromDraft: false, site, fileExists };
		guarded(talk.file, errors, () => {
			errors.push(...checkLinkSites(collectLinks(tree), ctx));
			const own = perFileChecks(tree, source, talk.file, { article: false, draft: false });
			errors.push(...own.errors);
			warnings.push(...own.warnings);
		});
	}
	const result: CheckResult = { errors: errors.sort(byPosition), warnings: warnings.sort(byPosition), files: articles.length + talks.length + new Set(refused.map((error) => error.file)).size };
	if (result.errors.length > 0) return { result, catalog: null };
	// Talks are few and take from many articles, so they are built again here rather than cached.
	for (const { talk, source } of talkFiles) {
		try {
			decks.push(buildComposedDeck(source, talk.file, published, {}));
		} catch (error) {
			result.errors.push(error instanceof TalkbookError ? error : internalError(error, talk.file));
		}
	}
	// Characters no bundled font has: their slides would lay out with the fonts of whichever machine shows them.
	const sources = {
		articleFile: (slug: string) => published.get(slug)?.file,
		read: (file: string) => decodeSource(readFileSync(path.join(root, file)), file).source,
	};
	for (const deck of decks) guarded(deck.file, result.errors, () => result.warnings.push(...coverageWarnings(deck, sources)));
	result.warnings.sort(byPosition);
	return { result, catalog: result.errors.length > 0 ? null : { articles: published, decks } };
}

/** The content check alone (`npm run check`, tests): checkProject's report. */
export function checkContent(options: CheckOptions): CheckResult {
	return checkProject(options).result;
}
