import type { Root, Yaml } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { TalkbookError } from '../errors.ts';
import { articleSchema } from '../schema/article.ts';
import type { ArticleFrontmatter } from '../schema/article.ts';
import { readFrontmatter } from './frontmatter.ts';
import type { Frontmatter } from './frontmatter.ts';

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

/** Parses Markdown (GFM, YAML frontmatter, and MDX for `.mdx` files) into mdast; syntax errors become TalkbookErrors. */
export function parseMarkdown(source: string, file: string): Root {
	const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']);
	if (isMdxFile(file)) processor.use(remarkMdx);
	try {
		return processor.parse(source);
	} catch (error) {
		const place = error as { line?: number; column?: number; reason?: string; message?: string };
		const reason = place.reason ?? place.message ?? String(error);
		// An unclosed JSX tag at the end of the file has no place; its message names the tag's as `(9:1-9:10)`.
		const inText = /\((\d+):(\d+)-\d+:\d+\)/.exec(reason);
		const line = place.line ?? Number(inText?.[1] ?? 1);
		const column = place.column ?? Number(inText?.[2] ?? 1);
		throw new TalkbookError(`MDX: ${reason}`, file, { line, column }, { cause: error });
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
