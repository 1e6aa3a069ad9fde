import type { ArticleFrontmatter } from '../schema/article.ts';
import { absoluteUrl, articleHref, ROUTES } from './paths.ts';

/** One item of the feed, in the shape `@astrojs/rss` takes. */
export interface FeedItem {
	title: string;
	description: string;
	/** Absolute URL of the article, base included. */
	link: string;
	pubDate: Date;
	categories: string[];
}

/** The feed's channel: title, description, the site's home page and every item. */
export interface Feed {
	title: string;
	description: string;
	/** Absolute URL of the home page (`https://example.org/talks/`), which `@astrojs/rss` resolves links against. */
	site: string;
	items: FeedItem[];
}

/**
 * The RSS feed of every published article, newest first (the order `articles` comes in), with absolute
 * URLs that include the base. Throws without a site URL: a feed of relative links is no feed, so the
 * route only exists when `site` is set.
 */
export function buildFeed(
	articles: readonly { slug: string; data: Pick<ArticleFrontmatter, 'title' | 'description' | 'date' | 'tags'> }[],
	site: string | undefined,
	base: string,
): Feed {
	const home = absoluteUrl(ROUTES.home, site, base);
	if (!home) throw new Error('the feed needs a site URL (TALKBOOK_SITE or `site` in astro.config.mjs)');
	return {
		title: 'Talkbook',
		description: 'Technical articles on Rust on the backend, with slide decks for talks.',
		site: home,
		items: articles.map(({ slug, data }) => ({
			title: data.title,
			description: data.description,
			link: absoluteUrl(articleHref(slug), site, base) ?? '',
			pubDate: data.date,
			categories: [...data.tags],
		})),
	};
}
