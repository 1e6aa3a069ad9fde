// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { transformerCodeTitle } from './src/lib/shiki/transformer-code-title.ts';
import { siteHighlightPlugin } from './src/lib/shiki/site-highlight.ts';
import { articleHastPlugin } from './src/lib/markdown/article-hast-plugin.ts';
import pagefind from './src/integrations/pagefind.ts';
import contentCheck from './src/integrations/content-check.ts';
import { siteUrl } from './src/lib/site/origin.ts';

/**
 * How the site's code blocks are highlighted. Not Astro's `shikiConfig`: the site highlights with the same
 * shiki instance as the decks (src/lib/shiki/site-highlight.ts), so Astro's own highlighter is off.
 */
const code = {
	themes: { light: 'github-light', dark: 'github-dark' },
	defaultColor: /** @type {const} */ (false),
	transformers: [transformerCodeTitle()],
};

export default defineConfig({
	site: siteUrl(),
	trailingSlash: 'always',
	integrations: [contentCheck(), mdx(), pagefind()],
	markdown: {
		syntaxHighlight: false,
		processor: satteri({ hastPlugins: [siteHighlightPlugin(code), articleHastPlugin()] }),
	},
});
