import type { Plugin } from 'vite';
import { isAstroHeadInjectWarning } from '../lib/site/build-warnings.ts';

/**
 * Vite plugin that drops Rolldown's warning about Astro's MDX directive (src/lib/site/build-warnings.ts).
 * A plugin's `onLog` hook, not `build.rolldownOptions.onwarn`: Astro replaces the rolldownOptions of the
 * environment that renders the pages, where the warning comes from.
 */
export function quietKnownWarnings(): Plugin {
	return {
		name: 'talkbook:known-warnings',
		onLog(_level, log) {
			// false drops the log; anything else passes it on to the next plugin and Vite's logger.
			return !isAstroHeadInjectWarning(log);
		},
	};
}
