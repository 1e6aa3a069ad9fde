import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { CONTENT_CHECKED_ENV } from '../lib/check/build-swap.ts';
import { checkContent } from '../lib/check/check-content.ts';
import { formatProblem, formatReport } from '../lib/check/report.ts';

/** The report as an error without a stack: Astro prints the message (the locations), and our call stack would only be noise. */
class ContentCheckError extends Error {
	constructor(report: string) {
		super(`content check failed:\n${report}`);
		this.name = 'ContentCheckError';
		this.stack = '';
	}
}

/**
 * Runs the content checks (src/lib/check) when `astro build` or `astro dev` starts, so a plain Astro
 * command refuses bad content just like `npm run build`; errors stop it with the report, warnings are
 * logged. Skipped when scripts/build.ts has already checked (it sets TALKBOOK_CONTENT_CHECKED), and for
 * `astro check`/`sync`/`preview`, which `npm run check` already covers or which build nothing.
 */
export default function contentCheck(): AstroIntegration {
	return {
		name: 'talkbook:content-check',
		hooks: {
			'astro:config:setup': ({ config, command, logger }) => {
				if (command !== 'build' && command !== 'dev') return;
				if (process.env[CONTENT_CHECKED_ENV] === '1') return;
				const result = checkContent({ root: fileURLToPath(config.root) });
				if (result.errors.length > 0) throw new ContentCheckError(formatReport(result));
				for (const warning of result.warnings) logger.warn(formatProblem(warning, 'warning'));
			},
		},
	};
}
