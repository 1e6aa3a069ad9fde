import { normalizeBase, sitePaths, type SitePaths } from '../lib/site/paths.ts';

/** astro.config.mjs's `site` and `base`, defined for the site's code at build time (see the config). */
declare const __TALKBOOK_SITE__: { site: string | null; base: string };

/**
 * The site's hrefs under astro.config's `base`, for components and pages: every internal link is
 * written through these.
 */
export const paths: SitePaths = sitePaths(normalizeBase(__TALKBOOK_SITE__.base));

/** The public URL of the site, or undefined when astro.config.mjs sets none (pages then carry no absolute address). */
export const siteUrl: string | undefined = __TALKBOOK_SITE__.site ?? undefined;
