/**
 * The `site` of astro.config.mjs: TALKBOOK_SITE, or none. Without a site URL nothing absolute is written
 * (no address on slides, no feed or sitemap), so no page ever shows a local server's address.
 * The build script reads it the same way.
 */
export function siteUrl(env: NodeJS.ProcessEnv = process.env): string | undefined {
	return env['TALKBOOK_SITE'] || undefined;
}
