import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { buildCache } from '../lib/cache/context.ts';
import { setBuildCatalog } from '../lib/catalog/catalog.ts';
import { CATALOG_FILE_ENV, readCatalogFile } from '../lib/catalog/handoff.ts';
import { checkProject } from '../lib/check/check-content.ts';
import { DEFAULT_MARKDOWN_PIPELINE, useMarkdownPipeline } from '../lib/article/pipeline.ts';
import type { MarkdownPipeline } from '../lib/article/pipeline.ts';
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
export default function contentCheck({ markdown = DEFAULT_MARKDOWN_PIPELINE }: { markdown?: MarkdownPipeline } = {}): AstroIntegration {
	// Every parse of this process (the check here, or the catalog of `astro dev`) reads Markdown as the site renders it.
	useMarkdownPipeline(markdown);
	let root = process.cwd();
	return {
		name: 'talkbook:content-check',
		hooks: {
			'astro:config:setup': ({ config, command, logger }) => {
				root = fileURLToPath(config.root);
				if (command !== 'build' && command !== 'dev') return;
				if (command === 'build' && process.env[CATALOG_FILE_ENV]) return;
				const { store, buildKey } = buildCache(root);
				const { result, catalog } = checkProject({ root, cache: store, buildKey });
				if (result.errors.length > 0) throw new ContentCheckError(formatReport(result));
				for (const warning of result.warnings) logger.warn(formatProblem(warning, 'warning'));
				if (command === 'build' && catalog) setBuildCatalog(catalog);
			},
			'astro:build:start': async ({ logger }) => {
				const file = process.env[CATALOG_FILE_ENV];
				if (!file) return;
				const handoff = await readCatalogFile(file);
				if (handoff.markdown === markdown) {
					setBuildCatalog(handoff.catalog);
					return;
				}
				// Only when the Markdown pipeline was set in astro.config.mjs rather than by its environment variable:
				// the articles are read with it, so check again here.
				logger.info(`the Markdown pipeline ${markdown} differs from the build script's ${handoff.markdown}: building the catalog again`);
				const { store, buildKey } = buildCache(root);
				const { result, catalog } = checkProject({ root, cache: store, buildKey });
				if (!catalog) throw new ContentCheckError(formatReport(result));
				setBuildCatalog(catalog);
			},
		},
	};
}
