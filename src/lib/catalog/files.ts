import { lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { TalkbookError } from '../errors.ts';

/** Names of files Talkbook reads as content: Markdown or MDX, whatever the case of the extension. */
const CONTENT = /\.(md|mdx)$/i;

/** A content file name that is its own URL: a slug, then `.md` or `.mdx`. The one rule of every step. */
export const SLUG_FILE = /^[a-z0-9]+(?:-[a-z0-9]+)*\.(?:md|mdx)$/;

/** The glob the content collection loads with: the same top-level files, without `_`- and dot-files. */
export const CONTENT_GLOB = ['*.{md,mdx}', '!_*', '!.*'];

/** A content file: its path relative to the project root (as errors print it) and its absolute path. */
export interface ContentFile {
	file: string;
	absolute: string;
}

/** Files that are not content at all and stay out of every step: `_partial.md` (notes, drafts of drafts) and dot-files. */
function isIgnored(name: string): boolean {
	return name.startsWith('_') || name.startsWith('.');
}

/** The slug a file name would need: lower-case letters and digits joined by single hyphens. */
export function suggestedFileName(name: string): string {
	const extension = (CONTENT.exec(name)?.[1] ?? 'md').toLowerCase();
	const stem = name
		.replace(CONTENT, '')
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	return `${stem || 'article'}.${extension}`;
}

/** Whether `target` lies inside `root` (both absolute, symlinks resolved). */
function inside(root: string, target: string): boolean {
	const relative = path.relative(root, target);
	return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/** Every Markdown/MDX file below a folder, for naming them when the folder is refused. */
function nestedContent(absoluteDir: string, dir: string): string[] {
	try {
		return readdirSync(absoluteDir, { withFileTypes: true }).flatMap((entry) => {
			if (isIgnored(entry.name)) return [];
			const child = `${dir}/${entry.name}`;
			if (entry.isDirectory()) return nestedContent(path.join(absoluteDir, entry.name), child);
			return CONTENT.test(entry.name) ? [child] : [];
		});
	} catch {
		return [];
	}
}

/** What one entry of a content folder is: a file to read, a problem, or nothing for Talkbook. */
function classify(root: string, dir: string, name: string, taken: ReadonlySet<string>): ContentFile | TalkbookError[] | null {
	if (isIgnored(name)) return null;
	const file = `${dir}/${name}`;
	const absolute = path.join(root, dir, name);
	const at = { line: 1, column: 1 };
	const link = lstatSync(absolute);
	if (link.isSymbolicLink()) {
		let real: string;
		try {
			real = realpathSync(absolute);
		} catch {
			return CONTENT.test(name) ? [new TalkbookError('symbolic link to a file that does not exist', file, at)] : null;
		}
		if (!inside(realpathSync(root), real)) return CONTENT.test(name) || statSync(real).isDirectory() ? [new TalkbookError(`symbolic link to ${path.relative(realpathSync(root), real)}, outside the project; copy the file into ${dir}/`, file, at)] : null;
	}
	const stat = statSync(absolute);
	if (stat.isDirectory()) {
		return nestedContent(absolute, file).map((nested) => new TalkbookError(`files in subfolders of ${dir}/ are not published; move it to ${dir}/ (the file name is the URL)`, nested, at));
	}
	if (!CONTENT.test(name)) return null;
	if (!stat.isFile()) return [new TalkbookError('not a regular file', file, at)];
	if (!SLUG_FILE.test(name)) {
		const suggestion = suggestedFileName(name);
		const clash = taken.has(suggestion) ? ` (${dir}/${suggestion} already exists: both would publish one URL)` : '';
		return [new TalkbookError(`file name "${name}" is not a slug (lower-case letters, digits and single hyphens, then .md or .mdx); rename it to ${suggestion}${clash}`, file, at)];
	}
	return { file, absolute };
}

/** Names in a folder, sorted so every build sees one order; none when the folder is missing. */
function namesIn(absoluteDir: string): string[] {
	try {
		return readdirSync(absoluteDir).sort();
	} catch {
		return [];
	}
}

/**
 * Reads a content folder (`articles/`, `decks/`) by the one rule every step follows: top-level files named
 * `<slug>.md` or `<slug>.mdx` are content; `_`-files and dot-files are skipped by every step; anything else
 * that looks like content (a name that is not a slug, a subfolder's files, a symbolic link out of the
 * project) is an error at `file:1:1` and is not read.
 */
export function scanContentFolder(root: string, dir: string): { files: ContentFile[]; errors: TalkbookError[] } {
	const names = namesIn(path.join(root, dir));
	const taken = new Set(names.filter((name) => SLUG_FILE.test(name)));
	const files: ContentFile[] = [];
	const errors: TalkbookError[] = [];
	for (const name of names) {
		const entry = classify(root, dir, name, taken);
		if (Array.isArray(entry)) errors.push(...entry);
		else if (entry) files.push(entry);
	}
	return { files, errors };
}

/** The content files of `dir` (relative to `root`) that every step reads, sorted by name. */
export function contentFiles(root: string, dir: string): ContentFile[] {
	return scanContentFolder(root, dir).files;
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
