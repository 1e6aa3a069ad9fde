import type { Root, Yaml } from 'mdast';
import type { Processor } from 'unified';
import { visit } from 'unist-util-visit';
import { TalkbookError } from '../errors.ts';
import { lazyPackage } from '../lazy.ts';

/** A YAML frontmatter block at the very start of a file, as Sätteri and remark-frontmatter recognise it. */
const FRONTMATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?=\r?\n|$)/;

type Plugin = { default: Parameters<Processor['use']>[0] };
const unifiedPackage = lazyPackage<typeof import('unified')>('unified');
const plugins = ['remark-parse', 'remark-gfm', 'remark-math', 'remark-mdx'].map((id) => lazyPackage<Plugin>(id));

let processors: { markdown: Processor; mdx: Processor } | null = null;

/** The two parsers, made on first use: a Sätteri build never loads remark. */
function parsers(): { markdown: Processor; mdx: Processor } {
	if (processors) return processors;
	const [parse, gfm, math, mdx] = plugins.map((plugin) => plugin().default) as [Plugin['default'], Plugin['default'], Plugin['default'], Plugin['default']];
	const { unified } = unifiedPackage();
	processors = { markdown: unified().use(parse).use(gfm).use(math).freeze() as unknown as Processor, mdx: unified().use(parse).use(mdx).use(gfm).use(math).freeze() as unknown as Processor };
	return processors;
}

/**
 * The frontmatter as the `yaml` node Sätteri makes, and the source with it blanked out (every character
 * but line breaks made a space): remark then reads the body with the same lines, columns and offsets.
 */
function splitFrontmatter(source: string): { yaml: Yaml | null; body: string } {
	const match = FRONTMATTER.exec(source);
	if (!match) return { yaml: null, body: source };
	const block = match[0];
	const lines = block.split('\n');
	const last = lines.at(-1) ?? '';
	const yaml: Yaml = {
		type: 'yaml',
		value: match[1] ?? '',
		position: { start: { line: 1, column: 1, offset: 0 }, end: { line: lines.length, column: last.length + 1, offset: block.length } },
	};
	return { yaml, body: block.replace(/[^\r\n]/g, ' ') + source.slice(block.length) };
}

/**
 * Parses Markdown (or MDX) with remark: remark-parse, remark-gfm and remark-math (and remark-mdx for `.mdx`),
 * the unified pipeline of Astro's @astrojs/markdown-remark, giving the mdast Sätteri gives (frontmatter as a
 * `yaml` node, positions in the file). Syntax errors become TalkbookErrors at their place.
 */
export function parseWithRemark(source: string, file: string): Root {
	const { yaml, body } = splitFrontmatter(source);
	let tree: Root;
	try {
		const { markdown, mdx } = parsers();
		tree = (file.toLowerCase().endsWith('.mdx') ? mdx : markdown).parse(body) as Root;
	} catch (error) {
		const place = error as { reason?: string; message?: string; line?: number; column?: number; place?: { line?: number; column?: number; start?: { line?: number; column?: number } } };
		const at = place.place && 'start' in place.place ? place.place.start : place.place;
		const reason = (place.reason ?? place.message ?? String(error)).replace(/ \([a-z-]+:[a-z-]+\)$/, '');
		throw new TalkbookError(`MDX: ${reason}`, file, { line: at?.line ?? place.line ?? 1, column: at?.column ?? place.column ?? 1 }, { cause: error });
	}
	if (yaml) tree.children.unshift(yaml);
	// remark-math hints how remark-rehype should render math (`data.hName`); Sätteri's tree has none, and the
	// extraction and the slides render math themselves.
	visit(tree, ['math', 'inlineMath'], (node) => {
		delete (node as { data?: unknown }).data;
	});
	return tree;
}
