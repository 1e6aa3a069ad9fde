/**
 * `rss.xml`: every published article, by `@astrojs/rss`. Not a file in `src/pages/`: the feeds
 * integration injects this route only when a site URL is set (a feed needs absolute URLs).
 */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { buildFeed } from '../lib/site/feed.ts';
import { publishedArticles } from '../integrations/catalog.ts';
import { paths } from '../integrations/site-paths.ts';

export async function GET(context: APIContext): Promise<Response> {
	const articles = await publishedArticles();
	const feed = buildFeed(articles, context.site?.href, paths.base);
	return rss({ ...feed, trailingSlash: true });
}
