// @ts-check
// The baseline of `npm run bench`: a bare Astro site, one page per article with Astro's default Markdown
// (MDX through Astro's own integration, since the corpus has a few .mdx files); pagefind's CLI indexes its dist/.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
	integrations: [mdx()],
});
