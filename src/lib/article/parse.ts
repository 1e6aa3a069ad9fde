import type { Root, Yaml } from 'mdast';
import { markdownToMdast, mdxToMdast } from 'satteri';
import { TalkbookError } from '../errors.ts';
import { articleSchema } from '../schema/article.ts';
import type { ArticleFrontmatter } from '../schema/article.ts';
import { readFrontmatter } from './frontmatter.ts';
import type { Frontmatter } from './frontmatter.ts';
import { activeMarkdownPipeline } from './pipeline.ts';
import { parseWithRemark } from './parse-remark.ts';

/** An article file parsed into validated frontmatter and its Markdown syntax tree. */
export interface ParsedArticle {
	frontmatter: ArticleFrontmatter;
	tree: Root;
	/** File name without directory and extension. */
	slug: string;
	/** Locates frontmatter fields in the file (for errors and source links). */
	locate: Frontmatter<ArticleFrontmatter>['locate'];
}

/** Whether a path names an MDX file (parsed with JSX and ESM support). */
export function isMdxFile(file: string): boolean {
	return file.toLowerCase().endsWith('.mdx');
}

/** File name without directory and extension: `articles/why-rust.md` → `why-rust`. */
export function slugFromFile(file: string): string {
	const base = file.split(/[\\/]/).pop() ?? file;
	return base.replace(/\.[^.]+$/, '');
}

/**
 * The parser options: GFM, frontmatter and math (`$…$`, `$$…$$`), as the site's renderer (Astro's Sätteri
 * processor, astro.config.mjs) reads the same files. Smart punctuation stays off here: slides and notes quote
 * the author's own characters.
 */
const FEATURES = { gfm: true, frontmatter: true, math: true } as const;

/** Where Sätteri's parse errors put the place: `3:5: Could not parse expression…`. */
const ERROR_PLACE = /^(\d+):(\d+): /;
/** The rule tag Sätteri ends its messages with, `(mdx-jsx:unexpected-character)`, the same for most errors: not for readers. */
const ERROR_RULE = / \([a-z-]+:[a-z-]+\)$/;

/**
 * Parses Markdown (GFM, YAML frontmatter, math, and MDX for `.mdx` files) into mdast; syntax errors become
 * TalkbookErrors at their place. Parsed with the pipeline the site renders with (article/pipeline.ts), so the
 * check rejects exactly what the build would: natively by Sätteri by default, which gives the same mdast
 * remark-parse gives (about 40 times faster here: 35 ms against 1,450 ms for 200 articles), or by remark
 * with remark-gfm and remark-math (parse-remark.ts).
 */
export function parseMarkdown(source: string, file: string): Root {
	if (activeMarkdownPipeline() === 'remark') return parseWithRemark(source, file);
	try {
		return (isMdxFile(file) ? mdxToMdast(source, { features: FEATURES }) : markdownToMdast(source, { features: FEATURES })) as Root;
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		const place = ERROR_PLACE.exec(message);
		const reason = (place ? message.slice(place[0].length) : message).replace(ERROR_RULE, '');
		const at = { line: Number(place?.[1] ?? 1), column: Number(place?.[2] ?? 1) };
		throw new TalkbookError(`MDX: ${reason}`, file, at, { cause: error });
	}
}

/** The YAML frontmatter node, which remark-frontmatter only recognises as the first child. */
export function frontmatterNode(tree: Root): Yaml | undefined {
	const first = tree.children[0];
	return first?.type === 'yaml' ? first : undefined;
}

/** Parses an article file: validated frontmatter (articleSchema), mdast tree and slug; `tree` skips the parse when the caller has it. */
export function parseArticle(source: string, file: string, tree: Root = parseMarkdown(source, file)): ParsedArticle {
	const { data, locate } = readFrontmatter(frontmatterNode(tree), articleSchema, file);
	return { frontmatter: data, tree, slug: slugFromFile(file), locate };
}
