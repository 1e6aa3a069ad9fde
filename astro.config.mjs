// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { transformerCodeTitle } from './src/lib/shiki/transformer-code-title.ts';
import { articleHastPlugin } from './src/lib/markdown/article-hast-plugin.ts';
import pagefind from './src/integrations/pagefind.ts';
import contentCheck from './src/integrations/content-check.ts';

export default defineConfig({
	// The public URL (`https://…`), set here or by TALKBOOK_SITE; none by default, and then decks show no address.
	...(process.env.TALKBOOK_SITE ? { site: process.env.TALKBOOK_SITE } : {}),
	trailingSlash: 'always',
	integrations: [contentCheck(), mdx(), pagefind()],
	markdown: {
		processor: satteri({ hastPlugins: [articleHastPlugin()] }),
		shikiConfig: {
			themes: { light: 'github-light', dark: 'github-dark' },
			defaultColor: false,
			transformers: [transformerCodeTitle()],
		},
	},
});
