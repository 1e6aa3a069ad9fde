import { defineMiddleware } from 'astro:middleware';
import { activePageIndexer, pageSourcePath } from '../lib/search/page-indexer.ts';
import { paths } from './site-paths.ts';

/**
 * During a build, hands each rendered page to the search indexer (src/lib/search/page-indexer.ts) as Astro
 * writes it; the response itself passes through untouched. Does nothing in `astro dev`, where no indexer runs.
 */
export const onRequest = defineMiddleware(async (context, next) => {
	const response = await next();
	const indexer = activePageIndexer();
	if (indexer && response.headers.get('content-type')?.startsWith('text/html')) indexer.add(pageSourcePath(context.url.pathname, paths.base), await response.clone().text());
	return response;
});
