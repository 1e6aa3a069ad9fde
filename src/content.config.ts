import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './lib/schema/article.ts';

/** Articles in `articles/`, Markdown or MDX; the file name is the slug. */
const articles = defineCollection({
	// Top-level files only, like the deck catalog and the content checks: one folder, one URL space.
	loader: glob({ pattern: '*.{md,mdx}', base: './articles' }),
	schema: articleSchema,
});

export const collections = { articles };
