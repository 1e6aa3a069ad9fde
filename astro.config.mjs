// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
	site: process.env.TALKBOOK_SITE ?? 'http://localhost:4321',
	trailingSlash: 'always',
	integrations: [mdx()],
	markdown: {
		shikiConfig: {
			themes: { light: 'github-light', dark: 'github-dark' },
		},
	},
});
