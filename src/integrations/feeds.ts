import type { AstroIntegration } from 'astro';

/**
 * The RSS feed route (`src/routes/rss.xml.ts`), injected only when the config has a site URL; without
 * one the feed and the sitemap (which astro.config.mjs leaves out likewise) are skipped, and the build
 * output says so rather than publishing a feed of relative links.
 */
export default function feeds(): AstroIntegration {
	return {
		name: 'talkbook:feeds',
		hooks: {
			'astro:config:setup': ({ config, command, injectRoute, logger }) => {
				if (config.site) {
					injectRoute({ pattern: '/rss.xml', entrypoint: new URL('../routes/rss.xml.ts', import.meta.url), prerender: true });
				} else if (command === 'build') {
					logger.info('no site URL (set TALKBOOK_SITE or `site` in astro.config.mjs): rss.xml and the sitemap are skipped');
				}
			},
		},
	};
}
