import { describe, expect, it } from 'vitest';
import { buildFeed } from '../../../src/lib/site/feed.ts';
import feeds from '../../../src/integrations/feeds.ts';

const article = (slug: string, title: string, date: string) => ({ slug, data: { title, description: `About ${title}.`, date: new Date(date), tags: ['rust'] } });

describe('the RSS feed', () => {
	it('has every article, newest first as given, with absolute URLs that include the base', () => {
		const feed = buildFeed([article('b', 'B', '2024-02-01'), article('a', 'A', '2024-01-01')], 'https://example.org', '/talks/');
		expect(feed.site).toBe('https://example.org/talks/');
		expect(feed.items.map((i) => i.link)).toEqual(['https://example.org/talks/articles/b/', 'https://example.org/talks/articles/a/']);
		expect(feed.items[0]).toMatchObject({ title: 'B', description: 'About B.', categories: ['rust'] });
		expect(feed.items[0]!.pubDate.toISOString()).toBe('2024-02-01T00:00:00.000Z');
	});

	it('cannot be made without a site URL', () => {
		expect(() => buildFeed([article('a', 'A', '2024-01-01')], undefined, '/')).toThrow(/site URL/);
	});
});

describe('the feeds integration', () => {
	/** Runs the integration's setup hook against a config with or without `site`, recording what it did. */
	function setUp(site: string | undefined) {
		const routes: string[] = [];
		const logged: string[] = [];
		const hook = feeds().hooks['astro:config:setup']!;
		const options = {
			config: site ? { site } : {},
			command: 'build',
			injectRoute: (route: { pattern: string }) => routes.push(route.pattern),
			logger: { info: (line: string) => logged.push(line) },
		};
		(hook as (o: unknown) => void)(options);
		return { routes, logged };
	}

	it('adds rss.xml only when a site URL is set', () => {
		expect(setUp('https://example.org')).toEqual({ routes: ['/rss.xml'], logged: [] });
	});

	it('says in the build output that the feed and sitemap are skipped without one', () => {
		const { routes, logged } = setUp(undefined);
		expect(routes).toEqual([]);
		expect(logged.join('\n')).toMatch(/no site URL.*TALKBOOK_SITE.*rss\.xml and the sitemap are skipped/);
	});
});
