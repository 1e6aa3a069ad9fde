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
import pagefind from './src/integrations/pagefind.ts';
import contentCheck from './src/integrations/content-check.ts';
import feeds from './src/integrations/feeds.ts';
import { quietKnownWarnings } from './src/integrations/known-warnings.ts';

// Where the site is published: the one place to set it (see README, "Deploy").
// - site: its public URL, origin only, e.g. https://example.org. None by default: pages then carry no
//   absolute address (no canonical link, no rss.xml, no sitemap, no address or QR code on slides).
//   Env TALKBOOK_SITE overrides it (src/lib/site/origin.ts, which scripts/build.ts reads too).
// - base: the path it is served under, e.g. /talks/. Env TALKBOOK_BASE overrides it.
const site = siteUrl();
const base = normalizeBase(process.env.TALKBOOK_BASE ?? '/');

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
	vite: { define: { __TALKBOOK_SITE__: JSON.stringify({ site: site ?? null, base }) }, plugins: [quietKnownWarnings()] },
	integrations: [contentCheck(), mdx(), feeds(), ...(site ? [sitemap()] : []), pagefind()],
	markdown: {
		syntaxHighlight: false,
		processor: satteri({ features: { math: true }, hastPlugins: [siteHighlightPlugin(code), articleHastPlugin({ base })] }),
	},
});
