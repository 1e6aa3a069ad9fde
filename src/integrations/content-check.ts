import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { buildCache } from '../lib/cache/context.ts';
import { setBuildCatalog } from '../lib/catalog/catalog.ts';
import { CATALOG_FILE_ENV, readCatalogFile } from '../lib/catalog/handoff.ts';
import { checkProject } from '../lib/check/check-content.ts';
import { normalizeBase } from '../lib/site/paths.ts';
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
 * The content check and the catalog, once per build. Under `npm run build` the build script checks the
 * content while Astro starts and hands over the catalog it built (TALKBOOK_CATALOG_FILE); this waits for it
 * before any page renders. A plain `astro build` checks here, before Astro reads the content, so it refuses
 * bad content just like `npm run build`; `astro dev` reports problems as warnings or stops on errors at
 * start. Pages and the search index then share the one catalog (src/lib/catalog).
 */
export default function contentCheck(): AstroIntegration {
	let root = process.cwd();
	let siteOrigin = '';
	let base = '/';
	return {
		name: 'talkbook:content-check',
		hooks: {
			'astro:config:setup': ({ config, command, logger }) => {
				root = fileURLToPath(config.root);
				siteOrigin = config.site ? new URL(config.site).origin : '';
				base = normalizeBase(config.base);
				if (command !== 'build' && command !== 'dev') return;
				if (command === 'build' && process.env[CATALOG_FILE_ENV]) return;
				const { store, buildKey } = buildCache(root);
				const { result, catalog } = checkProject({ root, base, ...(siteOrigin ? { siteOrigin } : {}), cache: store, buildKey });
				if (result.errors.length > 0) throw new ContentCheckError(formatReport(result));
				for (const warning of result.warnings) logger.warn(formatProblem(warning, 'warning'));
				if (command === 'build' && catalog) setBuildCatalog(catalog);
			},
			'astro:build:start': async ({ logger }) => {
				const file = process.env[CATALOG_FILE_ENV];
				if (!file) return;
				const handoff = await readCatalogFile(file);
				if (handoff.siteOrigin === siteOrigin && handoff.base === base) {
					setBuildCatalog(handoff.catalog);
					return;
				}
				// Only when `site` or `base` was changed on the command line: the decks spell them out, so check again here.
				logger.info(`site ${siteOrigin || '(none)'}${base} differs from the build script's ${handoff.siteOrigin || '(none)'}${handoff.base}: building the catalog again`);
				const { store, buildKey } = buildCache(root);
				const { result, catalog } = checkProject({ root, base, ...(siteOrigin ? { siteOrigin } : {}), cache: store, buildKey });
				if (!catalog) throw new ContentCheckError(formatReport(result));
				setBuildCatalog(catalog);
			},
		},
	};
}
