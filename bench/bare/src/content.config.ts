import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

/** The same articles/ folder Talkbook builds, with no schema: Astro's defaults only. */
export const collections = {
	articles: defineCollection({ loader: glob({ pattern: '*.{md,mdx}', base: './articles' }) }),
};
