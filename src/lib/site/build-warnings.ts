/** A bundler log, as Rolldown hands it to a plugin's `onLog` hook. */
export interface BundlerLog {
	code?: string;
	message: string;
}

/**
 * Whether a log is Rolldown's warning that Astro's own `"use astro:head-inject"` directive in an MDX module
 * "may not be preserved when bundling". Astro adds that directive to every MDX article and handles it itself;
 * the warning (withastro/astro#18087, open) is 13 lines per MDX file on every build, and would bury the
 * warnings an author must read.
 */
export function isAstroHeadInjectWarning(log: BundlerLog): boolean {
	return log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('"use astro:head-inject"');
}
