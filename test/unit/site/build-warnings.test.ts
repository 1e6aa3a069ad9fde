import { describe, expect, it } from 'vitest';
import { isAstroHeadInjectWarning } from '../../../src/lib/site/build-warnings.ts';
import { quietKnownWarnings } from '../../../src/integrations/known-warnings.ts';

/** The warning as Rolldown reports it for an MDX article (seen in a 1,000-article build, once per .mdx file). */
const HEAD_INJECT = {
	code: 'MODULE_LEVEL_DIRECTIVE',
	message: 'The semantics of the module level directive "use astro:head-inject" in "articles/a.mdx?astroPropagatedAssets" may not be preserved when bundling.',
};

describe('known build warnings', () => {
	it("are only Rolldown's warning about Astro's own MDX directive", () => {
		expect(isAstroHeadInjectWarning(HEAD_INJECT)).toBe(true);
		// Another directive, or another warning about this one, is still printed.
		expect(isAstroHeadInjectWarning({ ...HEAD_INJECT, message: HEAD_INJECT.message.replace('astro:head-inject', 'client') })).toBe(false);
		expect(isAstroHeadInjectWarning({ ...HEAD_INJECT, code: 'UNRESOLVED_IMPORT' })).toBe(false);
		expect(isAstroHeadInjectWarning({ message: 'use astro:head-inject' })).toBe(false);
	});

	it('are dropped by the Vite plugin, which lets every other log through', () => {
		const onLog = quietKnownWarnings().onLog as (level: string, log: { code?: string; message: string }) => boolean | void;
		expect(onLog('warn', HEAD_INJECT)).toBe(false);
		expect(onLog('warn', { code: 'UNRESOLVED_IMPORT', message: 'x' })).toBe(true);
	});
});
