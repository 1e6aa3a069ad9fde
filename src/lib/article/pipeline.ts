/**
 * Which Markdown pipeline renders the site and reads the articles for the decks: `satteri`, Astro 7's native
 * processor (GFM built in, the default: about 40 times faster to parse), or `remark`, the unified pipeline
 * (remark-parse with remark-gfm and remark-math, Astro's @astrojs/markdown-remark), for authors who rely on
 * remark and rehype plugins. Set in astro.config.mjs; the env variable TALKBOOK_MARKDOWN overrides it for one build.
 */
export type MarkdownPipeline = 'satteri' | 'remark';

/** The pipelines, in the order the README lists them. */
export const MARKDOWN_PIPELINES: readonly MarkdownPipeline[] = ['satteri', 'remark'];

/** The pipeline when neither astro.config.mjs nor TALKBOOK_MARKDOWN names one. */
export const DEFAULT_MARKDOWN_PIPELINE: MarkdownPipeline = 'satteri';

/** The pipeline a build uses: TALKBOOK_MARKDOWN, else `fallback` (astro.config.mjs's choice). Anything else is an error naming the choices. */
export function markdownPipeline(env: NodeJS.ProcessEnv = process.env, fallback: MarkdownPipeline = DEFAULT_MARKDOWN_PIPELINE): MarkdownPipeline {
	const named = env['TALKBOOK_MARKDOWN']?.trim().toLowerCase();
	if (!named) return fallback;
	if ((MARKDOWN_PIPELINES as readonly string[]).includes(named)) return named as MarkdownPipeline;
	throw new Error(`TALKBOOK_MARKDOWN=${env['TALKBOOK_MARKDOWN']} is not a Markdown pipeline: use ${MARKDOWN_PIPELINES.join(' or ')}`);
}

/** The process-wide choice, on globalThis: Astro loads lib modules twice (config and pages), and both must agree. */
const HOLDER = Symbol.for('talkbook.markdown-pipeline');
type Holder = { [HOLDER]?: MarkdownPipeline };

/** Makes `pipeline` the one every later parse of this process uses (the build script, the Astro integration, tests). */
export function useMarkdownPipeline(pipeline: MarkdownPipeline): void {
	(globalThis as Holder)[HOLDER] = pipeline;
}

/** The pipeline parses use now: the one set with useMarkdownPipeline, else TALKBOOK_MARKDOWN, else the default. */
export function activeMarkdownPipeline(): MarkdownPipeline {
	return (globalThis as Holder)[HOLDER] ?? markdownPipeline();
}
