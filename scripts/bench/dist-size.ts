import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** Where the bytes of a dist/ are: its top-level folders, with every other file as `other`. */
export type DistArea = 'articles' | 'decks' | 'pagefind' | 'tags' | 'other';

/** The size of a dist/: its bytes on disk, what a host serving it with gzip sends, and both per area. */
export interface DistSize {
	bytes: number;
	/** Each file gzipped (level 6, as hosts do) unless it is compressed already (pagefind's files, images, fonts). */
	gzipBytes: number;
	byArea: Record<DistArea, { bytes: number; gzipBytes: number }>;
}

/** Files no host compresses again: pagefind writes its index gzipped, and images and fonts are compressed formats. */
const COMPRESSED = /\.(pf_fragment|pf_index|pf_meta|pf_filter|wasm|png|jpe?g|webp|avif|gif|woff2?)$/;

const AREAS: readonly DistArea[] = ['articles', 'decks', 'pagefind', 'tags'];

/** Measures every file under `dist`. */
export function distSize(dist: string): DistSize {
	const byArea = Object.fromEntries([...AREAS, 'other'].map((a) => [a, { bytes: 0, gzipBytes: 0 }])) as DistSize['byArea'];
	const visit = (dir: string): void => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const full = path.join(dir, entry.name);
			if (entry.isDirectory()) visit(full);
			else if (entry.isFile()) {
				const bytes = readFileSync(full);
				const top = path.relative(dist, full).split(path.sep)[0] as DistArea;
				const area = byArea[AREAS.includes(top) ? top : 'other'];
				area.bytes += bytes.length;
				area.gzipBytes += COMPRESSED.test(entry.name) ? bytes.length : gzipSync(bytes, { level: 6 }).length;
			}
		}
	};
	visit(dist);
	const areas = Object.values(byArea);
	return { bytes: areas.reduce((n, a) => n + a.bytes, 0), gzipBytes: areas.reduce((n, a) => n + a.gzipBytes, 0), byArea };
}
