import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';

/** Where Talkbook's content-addressed cache lives below the project root (next to Astro's and Vite's caches). */
export const CACHE_DIR = path.join('node_modules', '.cache', 'talkbook');

/** How a store reads and writes. */
export interface StoreOptions {
	/** The store's folder. */
	dir: string;
	/** `--fresh`: never read what is there (entries are still written, so the next build can use them). */
	fresh?: boolean;
}

/**
 * A content-addressed store: each value lives in a file named by its key (a hash of everything the value
 * depends on), so an entry is never stale, only unused. Values go through v8 serialization, which keeps
 * Dates, Maps and nested plain data as they were. A corrupt or unreadable entry counts as a miss.
 */
export class CacheStore {
	readonly dir: string;
	readonly fresh: boolean;
	/** Lookups answered from disk and lookups that had to compute, for the build's log line. */
	hits = 0;
	misses = 0;
	/** Folders made already: a build writes thousands of entries, and a mkdir per entry showed in profiles. */
	private readonly made = new Set<string>();

	constructor({ dir, fresh = false }: StoreOptions) {
		this.dir = dir;
		this.fresh = fresh;
	}

	/** The file of a key: `<kind>/<first two hex digits>/<key>`, so no folder grows past a few hundred files. */
	private file(kind: string, key: string): string {
		return path.join(this.dir, kind, key.slice(0, 2), key);
	}

	/** The value stored under `kind`/`key`, or `undefined`. */
	get<T>(kind: string, key: string): T | undefined {
		if (this.fresh) {
			this.misses++;
			return undefined;
		}
		try {
			const value = deserialize(readFileSync(this.file(kind, key))) as T;
			this.hits++;
			return value;
		} catch {
			this.misses++;
			return undefined;
		}
	}

	/** Whether an entry is there (without reading it or counting a lookup); false with `--fresh`. */
	has(kind: string, key: string): boolean {
		return !this.fresh && existsSync(this.file(kind, key));
	}

	/** Stores a value; written to a temporary name and renamed, so a killed build never leaves half an entry. */
	set(kind: string, key: string, value: unknown): void {
		const file = this.file(kind, key);
		const temp = `${file}.${process.pid}.tmp`;
		try {
			const dir = path.dirname(file);
			if (!this.made.has(dir)) {
				mkdirSync(dir, { recursive: true });
				this.made.add(dir);
			}
			writeFileSync(temp, serialize(value));
			renameSync(temp, file);
		} catch {
			// A cache that cannot be written only costs time on the next build.
			rmSync(temp, { force: true });
		}
	}

	/** The stored value, or `compute()`'s result stored under the key. */
	through<T>(kind: string, key: string, compute: () => T): T {
		const cached = this.get<T>(kind, key);
		if (cached !== undefined) return cached;
		const value = compute();
		this.set(kind, key, value);
		return value;
	}
}
