import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Astro's content cache (its data store, with every article's rendered HTML) is keyed on the article
 * text alone: a change to the Markdown plugins, shiki settings or Talkbook's code would leave stale pages
 * in it. So the build records, next to it, the buildKey it was made with and the store file's size and
 * time as the build left it; the next build keeps the store only when both still match, and otherwise
 * runs `astro build --force`. Anything else that writes the store (`astro dev`, a plain `astro build`)
 * changes its time, so it is thrown away too.
 */
export interface AstroCacheFiles {
	/** Astro's data store: node_modules/.astro/data-store.json. */
	store: string;
	/** Where the stamp is kept: node_modules/.cache/talkbook/astro-build-key. */
	stamp: string;
}

/** The two files for a project root (Astro's default cacheDir). */
export function astroCacheFiles(root: string): AstroCacheFiles {
	return {
		store: path.join(root, 'node_modules', '.astro', 'data-store.json'),
		stamp: path.join(root, 'node_modules', '.cache', 'talkbook', 'astro-build-key'),
	};
}

/** The stamp of the store as it is now: the build key, then the store's size and modification time. */
function currentStamp(files: AstroCacheFiles, key: string): string {
	if (!existsSync(files.store)) return `${key}\nno store`;
	const s = statSync(files.store);
	return `${key}\n${s.size} ${s.mtimeMs}`;
}

/** Whether the store can be used by a build with this key (else: `--force`). */
export function astroCacheValid(files: AstroCacheFiles, key: string): boolean {
	if (!existsSync(files.stamp) || !existsSync(files.store)) return false;
	return readFileSync(files.stamp, 'utf8') === currentStamp(files, key);
}

/** Records the store a published build left, for the next build's astroCacheValid. */
export function recordAstroCache(files: AstroCacheFiles, key: string): void {
	writeFileSync(files.stamp, currentStamp(files, key));
}
