import path from 'node:path';
import { buildKey } from '../cache/build-key.ts';
import { buildCache } from '../cache/context.ts';
import type { CacheStore } from '../cache/store.ts';
import { checkProject } from '../check/check-content.ts';
import { contentFiles, fingerprint } from './files.ts';
import type { Catalog } from './types.ts';

export type { Catalog } from './types.ts';

/** Where the catalog reads from. */
export interface CatalogOptions {
	/** Project root; `articles/` and `decks/` are read below it. */
	root: string;
	/** Content-addressed cache of per-article work; none: everything is computed. */
	cache?: CacheStore;
	/** buildKey() of the project, needed with `cache`. */
	buildKey?: string;
}

/**
 * Reads and checks every article and builds every deck in one pass (the content check's own, see
 * checkProject); throws the first TalkbookError (file:line:column) on bad input.
 */
export function buildCatalog(options: CatalogOptions): Catalog {
	const { result, catalog } = checkProject(options);
	if (!catalog) throw result.errors[0] ?? new Error('the content check failed');
	return catalog;
}

/**
 * Astro loads this module twice in one build (once for the config's integrations, once bundled for
 * the pages), so the state lives on `globalThis`, where both copies find it.
 */
const HOLDER = Symbol.for('talkbook.catalog');
type Holder = { [HOLDER]?: { build?: Catalog; live?: { key: string; catalog: Catalog } } };

function state(): NonNullable<Holder[typeof HOLDER]> {
	const holder = globalThis as Holder;
	holder[HOLDER] ??= {};
	return holder[HOLDER];
}

/**
 * Hands the catalog a build computed once (with its content check) to every page and integration of that
 * build: from then on loadCatalog returns it without looking at the files again.
 */
export function setBuildCatalog(catalog: Catalog): void {
	state().build = catalog;
}

/**
 * The catalog for pages: during a build, the one the build computed (setBuildCatalog); otherwise (dev
 * server, tests) built on first call and rebuilt when a content file changes, through the project cache.
 */
export function loadCatalog(options: CatalogOptions): Catalog {
	const s = state();
	if (s.build) return s.build;
	const files = [...contentFiles(options.root, 'articles'), ...contentFiles(options.root, 'decks')];
	const key = `${path.resolve(options.root)}|${fingerprint(files)}`;
	if (s.live?.key === key) return s.live.catalog;
	// The key is hashed again on each content change: a dev server outlives edits to Talkbook's code too.
	const shared = options.cache ? null : buildCache(options.root);
	const catalog = buildCatalog(shared ? { ...options, cache: shared.store, buildKey: buildKey(options.root) } : options);
	s.live = { key, catalog };
	return catalog;
}
