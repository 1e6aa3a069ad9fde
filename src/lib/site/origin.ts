/** The site's address when TALKBOOK_SITE does not name one (what `npm run preview` serves). */
export const DEFAULT_SITE = 'http://localhost:4321';

/** The `site` of astro.config.mjs: TALKBOOK_SITE, or DEFAULT_SITE. The build script reads it the same way. */
export function siteUrl(env: NodeJS.ProcessEnv = process.env): string {
	return env['TALKBOOK_SITE'] ?? DEFAULT_SITE;
}
