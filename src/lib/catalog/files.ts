import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** Extensions of content files Talkbook reads. */
const CONTENT = /\.(md|mdx)$/i;

/** A content file: its path relative to the project root (as errors print it) and its absolute path. */
export interface ContentFile {
	file: string;
	absolute: string;
}

/** The Markdown/MDX files directly in `dir` (relative to `root`), sorted by name so every build sees one order. */
export function contentFiles(root: string, dir: string): ContentFile[] {
	const absoluteDir = path.join(root, dir);
	let names: string[];
	try {
		names = readdirSync(absoluteDir);
	} catch {
		return [];
	}
	return names
		.filter((name) => CONTENT.test(name) && !name.startsWith('_') && !name.startsWith('.'))
		.sort()
		.map((name) => ({ file: `${dir}/${name}`, absolute: path.join(absoluteDir, name) }));
}

/** Cheap fingerprint of a set of files (name, size, mtime) so a cached catalog is rebuilt when any changes. */
export function fingerprint(files: readonly ContentFile[]): string {
	return files
		.map(({ absolute }) => {
			const s = statSync(absolute);
			return `${absolute}:${s.size}:${s.mtimeMs}`;
		})
		.join('|');
}
