import type { Root } from 'mdast';
import { nodesOfType } from '../article/tree-index.ts';
import { readFrontmatter } from '../article/frontmatter.ts';
import type { Frontmatter } from '../article/frontmatter.ts';
import { collectHeadings } from '../article/headings.ts';
import { frontmatterNode, parseMarkdown, slugFromFile } from '../article/parse.ts';
import type { TalkbookError } from '../errors.ts';
import { isTomlBlock, parseTomlBlock } from '../extract/cargo.ts';
import { extractArticle } from '../extract/index.ts';
import type { ArticleExtraction } from '../extract/types.ts';
import { articleSchema } from '../schema/article.ts';
import type { ArticleFrontmatter } from '../schema/article.ts';
import { attempt } from './types.ts';

/** What checking one article file found, and what later checks (links, decks, slugs) need from it. */
export interface CheckedArticle {
	file: string;
	slug: string;
	/** The Markdown syntax tree; `null` when the file does not even parse (MDX syntax). */
	tree: Root | null;
	/** Heading ids exactly as the site renders them; `null` without a tree. */
	headingIds: string[] | null;
	/** Valid frontmatter; `null` when it failed, so draft status and tags are unknown. */
	frontmatter: ArticleFrontmatter | null;
	/** Where a frontmatter field is in the file (`['series', 'part']`); `null` when the frontmatter failed. */
	locateField: Frontmatter<ArticleFrontmatter>['locate'] | null;
	/** The extraction decks are built from; only for a file with no errors at all. */
	extraction: ArticleExtraction | null;
	errors: TalkbookError[];
}

/** Every TOML block is parsed on its own, so each syntax error is reported, not just the first. */
function checkTomlBlocks(tree: Root, file: string, errors: TalkbookError[]): boolean {
	const before = errors.length;
	for (const { node } of nodesOfType(tree, 'code')) if (isTomlBlock(node)) attempt(() => parseTomlBlock(node, file), errors);
	return errors.length === before;
}

/**
 * Checks one article with the site's own parsers, step by step so one problem does not hide another:
 * Markdown/MDX syntax, frontmatter (schema), each TOML block, then the full extraction (which adds the
 * checks the extractors make, e.g. fence step specs) once the earlier steps passed.
 */
export function checkArticleSource(source: string, file: string): CheckedArticle {
	const slug = slugFromFile(file);
	const errors: TalkbookError[] = [];
	const tree = attempt(() => parseMarkdown(source, file), errors);
	if (!tree) return { file, slug, tree: null, headingIds: null, frontmatter: null, locateField: null, extraction: null, errors };
	const headingIds = collectHeadings(tree).map((heading) => heading.id);
	const read = attempt(() => readFrontmatter(frontmatterNode(tree), articleSchema, file), errors);
	const frontmatter = read?.data ?? null;
	const tomlValid = checkTomlBlocks(tree, file, errors);
	// extractArticle stops at the first problem, so it runs only when it cannot repeat one reported above.
	const extraction = frontmatter && tomlValid ? attempt(() => extractArticle(source, file, tree), errors) : null;
	return { file, slug, tree, headingIds, frontmatter, locateField: read?.locate ?? null, extraction, errors };
}

/** Whether an article gets pages (`/articles/<slug>/` and its deck); unknown frontmatter counts as published so no false "no article" follows. */
export function isPublished(article: CheckedArticle): boolean {
	return article.frontmatter?.draft !== true;
}
