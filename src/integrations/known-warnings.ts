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
			if (isAstroHeadInjectWarning(log)) return false;
		},
	};
}
