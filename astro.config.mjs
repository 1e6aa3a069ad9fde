// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { transformerCodeTitle } from './src/lib/shiki/transformer-code-title.ts';
import { transformerCodeCopy } from './src/lib/shiki/transformer-code-copy.ts';
import { siteHighlightPlugin } from './src/lib/shiki/site-highlight.ts';
import { articleHastPlugin } from './src/lib/markdown/article-hast-plugin.ts';
import { normalizeBase } from './src/lib/site/paths.ts';
import { siteUrl } from './src/lib/site/origin.ts';
import { markdownPipeline } from './src/lib/article/pipeline.ts';
import pagefind from './src/integrations/pagefind.ts';
import contentCheck from './src/integrations/content-check.ts';
import feeds from './src/integrations/feeds.ts';
import { quietKnownWarnings } from './src/integrations/known-warnings.ts';
import { revealCssParts } from './src/integrations/reveal-css.ts';

// Where the site is published: the one place to set it (see README, "Deploy").
// - site: its public URL, origin only, e.g. https://example.org. None by default: pages then carry no
//   absolute address (no canonical link, no rss.xml, no sitemap, no address or QR code on slides).
//   Env TALKBOOK_SITE overrides it (src/lib/site/origin.ts, which scripts/build.ts reads too).
// - base: the path it is served under, e.g. /talks/. Env TALKBOOK_BASE overrides it.
const site = siteUrl();
const base = normalizeBase(process.env.TALKBOOK_BASE ?? '/');

// How Markdown is read, for the site and for the decks alike (see README, "Markdown pipelines"):
// - 'satteri' (the default): Astro 7's native processor, GFM and math built in; the fastest.
// - 'remark': the unified pipeline, remark-parse with remark-gfm and remark-math, for remark and rehype
//   plugins of your own (add them to `remarkPlugins`/`rehypePlugins` below).
// Env TALKBOOK_MARKDOWN overrides it for one build (TALKBOOK_MARKDOWN=remark npm run build); to change the
// default, change the second argument.
const markdown = markdownPipeline(process.env, 'satteri');
/** The site's Markdown processor for that pipeline (remark's packages loaded only when it is the one). */
async function markdownProcessor() {
	const plugins = [siteHighlightPlugin(code), articleHastPlugin({ base })];
	if (markdown !== 'remark') return satteri({ features: { math: true }, hastPlugins: plugins });
	const [{ unified }, { default: remarkMath }, { rehypeSatteriPlugins }] = await Promise.all([
		import('@astrojs/markdown-remark'),
		import('remark-math'),
		import('./src/lib/markdown/hast-adapter.ts'),
	]);
	return unified({ gfm: true, smartypants: { dashes: 'oldschool' }, remarkPlugins: [remarkMath], rehypePlugins: [rehypeSatteriPlugins(plugins)] });
}

/**
 * How the site's code blocks are highlighted. Not Astro's `shikiConfig`: the site highlights with the same
 * shiki instance as the decks (src/lib/shiki/site-highlight.ts), so Astro's own highlighter is off.
 */
const code = {
	themes: { light: 'github-light', dark: 'github-dark' },
	defaultColor: /** @type {const} */ (false),
	transformers: [transformerCodeTitle(), transformerCodeCopy()],
};

export default defineConfig({
	...(site ? { site } : {}),
	base,
	trailingSlash: 'always',
	// The same two settings for the site's own code (src/integrations/site-paths.ts). Not through
	// import.meta.env.BASE_URL/SITE: Astro lets any BASE_URL or SITE variable of the shell override those.
	vite: {
		define: { __TALKBOOK_SITE__: JSON.stringify({ site: site ?? null, base }) },
		plugins: [quietKnownWarnings()],
		// reveal.css cut to what decks use, its print rules loaded only to print (src/integrations/reveal-css.ts).
		css: { postcss: { plugins: [revealCssParts()] } },
	},
	integrations: [contentCheck({ markdown }), mdx(), feeds(), ...(site ? [sitemap()] : []), pagefind()],
	markdown: {
		syntaxHighlight: false,
		// The site's own steps (highlighting, sanitising, anchors and slide links, diagrams and math) are Sätteri hast
		// plugins; the remark pipeline runs the same ones as a rehype plugin (src/lib/markdown/hast-adapter.ts), and
		// its smart punctuation is set as Sätteri's (`--` an en dash, `---` an em dash), so both write the same pages.
		processor: await markdownProcessor(),
	},
});
