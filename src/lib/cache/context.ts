import path from 'node:path';
import { buildKey } from './build-key.ts';
import { CACHE_DIR, CacheStore } from './store.ts';

/** Set by scripts/build.ts: `--fresh`, so the Astro process ignores every cache as well. */
export const FRESH_ENV = 'TALKBOOK_FRESH';
/** Set by scripts/build.ts: the buildKey() it computed, so the Astro process need not hash the project again. */
export const BUILD_KEY_ENV = 'TALKBOOK_BUILD_KEY';

/** A cache store and the build key its entries are keyed with. */
export interface BuildCache {
	store: CacheStore;
	buildKey: string;
}

/** Kept on globalThis: Astro loads modules twice in one build (config and pages), both must share one store. */
const HOLDER = Symbol.for('talkbook.build-cache');
type Holder = { [HOLDER]?: Map<string, BuildCache> };

/** The project's cache (node_modules/.cache/talkbook/) for this process, made once per root. */
export function buildCache(root: string, env: NodeJS.ProcessEnv = process.env): BuildCache {
	const holder = globalThis as Holder;
	const all = (holder[HOLDER] ??= new Map());
	const absolute = path.resolve(root);
	let cache = all.get(absolute);
	if (!cache) {
		const store = new CacheStore({ dir: path.join(absolute, CACHE_DIR), fresh: env[FRESH_ENV] === '1' });
		cache = { store, buildKey: env[BUILD_KEY_ENV] || buildKey(absolute, env) };
		all.set(absolute, cache);
	}
	return cache;
}
