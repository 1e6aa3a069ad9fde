import { z } from 'astro/zod';
import { dateSchema } from './date.ts';

/** An upcoming part of a series: announced by title, shown without a link until it is written. */
export const upcomingPartSchema = z.object({
	/** Position of the part in its series, 1-based. */
	part: z.number().int().positive(),
	/** Title the part will be published under. */
	title: z.string().min(1),
});

/** Series membership: which series an article belongs to and which parts are still to come. */
export const seriesSchema = z.object({
	/** Name shared by every article of the series; articles are grouped by it. */
	name: z.string().min(1),
	/** Position of this article in the series, 1-based. */
	part: z.number().int().positive(),
	/** Parts announced but not written yet; rendered as "upcoming", never as links. */
	upcoming: z.array(upcomingPartSchema).default([]),
});

/** Frontmatter of an article in `articles/`. */
export const articleSchema = z.object({
	/** Title of the article, shown as its heading and in `<title>`. */
	title: z.string().min(1),
	/** One or two sentences shown on the home page, in meta tags and on the deck's title slide. */
	description: z.string().min(1),
	/** Publication date (YAML date or ISO string); numbers and impossible days are refused. */
	date: dateSchema,
	/** Lower-case topic tags; each gets a tag page and a search filter. */
	tags: z.array(z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'tags are lower-case words joined by hyphens')).default([]),
	/** Series information, when the article is part of one. */
	series: seriesSchema.optional(),
	/** Explicit takeaways for the deck; when present they win over a Key Takeaways / TL;DR list in the body. */
	takeaways: z.array(z.string().min(1)).optional(),
	/** `false` keeps the deck from drawing charts of the article's numeric tables (one table: a `<!-- talkbook: no-chart -->` comment right before it). */
	charts: z.boolean().default(true),
	/** Hide the article from the site and decks while it is being written. */
	draft: z.boolean().default(false),
	/** Not supported: the file name is the slug everywhere (pages, decks, links); refused so it cannot take over another page. */
	slug: z.never({ error: 'a frontmatter "slug" is not supported: the file name is the slug; rename the file instead' }).optional(),
});

/** Parsed, validated article frontmatter. */
export type ArticleFrontmatter = z.infer<typeof articleSchema>;
