import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ReadSiteFile } from './inline.ts';
import { stripBase } from '../../src/lib/site/paths.ts';

/**
 * Writes `data` to `file` through a temporary name in the same folder and a rename, so a reader (or a
 * failed run) never sees half a file.
 */
export function writeAtomic(file: string, data: string | Uint8Array): void {
	const temporary = temporaryName(file);
	try {
		writeFileSync(temporary, data);
		renameSync(temporary, file);
	} catch (error) {
		rmSync(temporary, { force: true });
		throw error;
	}
}

/** Temporary sibling of `file` that keeps its extension: `.name.tmp-<pid>.ext`. */
export function temporaryName(file: string): string {
	const ext = path.extname(file);
	return path.join(path.dirname(file), `.${path.basename(file, ext)}.tmp-${process.pid}${ext}`);
}

/**
 * Writes `data` to a temporary sibling of `file`, runs `check` on it, and only then renames it into place.
 * If the check (or anything) fails, the temporary file is removed and `file` is left as it was.
 */
export async function withTemporary<T>(file: string, data: string | Uint8Array, check: (temporary: string) => T | Promise<T>): Promise<T> {
	const temporary = temporaryName(file);
	try {
		writeFileSync(temporary, data);
		const result = await check(temporary);
		renameSync(temporary, file);
		return result;
	} catch (error) {
		rmSync(temporary, { force: true });
		throw error;
	}
}

/** Slugs of the decks in a built site: `dist/decks/<slug>/index.html`, sorted. */
export function listBuiltDecks(dist: string): string[] {
	const decks = path.join(dist, 'decks');
	if (!existsSync(decks)) return [];
	return readdirSync(decks, { withFileTypes: true })
		.filter((entry) => entry.isDirectory() && existsSync(path.join(decks, entry.name, 'index.html')))
		.map((entry) => entry.name)
		.sort();
}

/** Reads files of the built site by URL path (under the site's `base`, which the build left out of `dist`), never outside `dist`. */
export function siteReader(dist: string, base = '/'): ReadSiteFile {
	const root = path.resolve(dist);
	return (urlPath) => {
		const route = stripBase(urlPath, base);
		if (route === null) return null;
		const file = path.join(root, path.normalize(route));
		if (!file.startsWith(root + path.sep)) return null;
		try {
			return statSync(file).isFile() ? readFileSync(file) : null;
		} catch {
			return null;
		}
	};
}
