import { sitePaths, type SitePaths } from '../lib/site/paths.ts';

/**
 * The site's hrefs under astro.config's `base` (Astro's `BASE_URL`), and its public URL (`site`, or
 * undefined when none is set), for components and pages: every internal link is written through these.
 */
export const paths: SitePaths = sitePaths(import.meta.env.BASE_URL);

/** The public URL of the site, or undefined when astro.config.mjs sets none (pages then carry no absolute address). */
export const siteUrl: string | undefined = import.meta.env.SITE || undefined;
