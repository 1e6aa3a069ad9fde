import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';

/**
 * Puts the tree `from` at `to` as hard links (a copy where links fail, e.g. across devices): cheap for an
 * index's two thousand files, and safe because no one writes into an index's files once pagefind made them.
 */
function linkTree(from: string, to: string): void {
	mkdirSync(to, { recursive: true });
	for (const entry of readdirSync(from, { withFileTypes: true })) {
		const source = path.join(from, entry.name);
		const target = path.join(to, entry.name);
		if (entry.isDirectory()) linkTree(source, target);
		else {
			try {
				linkSync(source, target);
			} catch {
				copyFileSync(source, target);
			}
		}
	}
}

/**
 * The last written search index, kept by content: its key hashes every indexed page (path and HTML) with the
 * build key (Talkbook's code, settings and package versions, pagefind's included). A rebuild whose pages are
 * all the same links the stored index into place instead of having pagefind write it again (3 s at 1,000 articles); any other
 * build misses and writes. Only the newest index is kept.
 */
export class IndexCache {
	readonly #dir: string;
	readonly #fresh: boolean;

	/** `dir`: the cache's folder; `fresh`: never restore (`--fresh`), only store. */
	constructor(dir: string, fresh = false) {
		this.#dir = dir;
		this.#fresh = fresh;
	}

	/** The key of an index of these pages (each page's digest, pageDigest) under `buildKey`; independent of page order. */
	static key(buildKey: string, pageDigests: readonly string[]): string {
		const hash = createHash('sha256').update(buildKey);
		for (const digest of [...pageDigests].sort()) hash.update(`\0${digest}`);
		return hash.digest('hex');
	}

	/** Puts the index stored under `key` at `outputPath` (hard links); whether there was one. */
	restore(key: string, outputPath: string): boolean {
		const stored = path.join(this.#dir, key);
		if (this.#fresh || !existsSync(stored)) return false;
		rmSync(outputPath, { recursive: true, force: true });
		linkTree(stored, outputPath);
		return true;
	}

	/**
	 * Keeps the index at `outputPath` (hard links) under `key`, in place of any older one; a failure only costs the
	 * next build the write. Older indexes are renamed aside (`.old-*`), not deleted here: deleting two thousand
	 * files would hold up the build, so the next build sweeps them while Astro works (sweepIndexCache).
	 */
	store(key: string, outputPath: string): void {
		const temp = path.join(this.#dir, `.${key}.${process.pid}.tmp`);
		try {
			mkdirSync(this.#dir, { recursive: true });
			linkTree(outputPath, temp);
			for (const name of readdirSync(this.#dir)) if (!name.startsWith('.')) renameSync(path.join(this.#dir, name), path.join(this.#dir, `.old-${name}-${process.pid}`));
			renameSync(temp, path.join(this.#dir, key));
		} catch {
			rmSync(temp, { recursive: true, force: true });
		}
	}
}

/** Where the index cache lives in Talkbook's cache folder. */
export function indexCacheDir(cacheDir: string): string {
	return path.join(cacheDir, 'pagefind');
}

/** Deletes the indexes store() set aside in `dir`. */
export function sweepIndexCache(dir: string): void {
	if (!existsSync(dir)) return;
	for (const name of readdirSync(dir)) if (name.startsWith('.old-')) rmSync(path.join(dir, name), { recursive: true, force: true });
}

/** A page's digest for IndexCache.key: its path in `dist/` and its HTML. */
export function pageDigest(sourcePath: string, html: string): string {
	return createHash('sha256').update(sourcePath).update('\0').update(html).digest('hex');
}
