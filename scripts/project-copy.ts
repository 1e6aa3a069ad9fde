import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Everything a build of the project reads; tests, caches and dist/ stay behind. */
export const BUILD_INPUTS = ['src', 'public', 'articles', 'decks', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

/**
 * Caches a build writes into `node_modules` (Astro's content data store, Vite's deps). A copy gets its own
 * `node_modules` folder of links to the project's packages, leaving these out, so a build of the copy
 * neither reads the working copy's cached content nor writes its own articles into it.
 */
const PRIVATE_CACHES = new Set(['.astro', '.vite', '.cache']);

/** What to leave out of a copy and which files to add (path relative to the copy → text). */
export interface CopyOptions {
	exclude?: readonly string[];
	extra?: Readonly<Record<string, string>>;
}

/** Copies the project at `from` into `to` (emptied first) so it can be built there, e.g. with other articles. */
export function copyProject(from: string, to: string, { exclude = [], extra = {} }: CopyOptions = {}): void {
	rmSync(to, { recursive: true, force: true });
	mkdirSync(to, { recursive: true });
	for (const input of BUILD_INPUTS) {
		if (exclude.includes(input) || !existsSync(path.join(from, input))) continue;
		cpSync(path.join(from, input), path.join(to, input), { recursive: true });
	}
	const modules = path.join(to, 'node_modules');
	mkdirSync(modules);
	for (const name of readdirSync(path.join(from, 'node_modules'))) {
		if (!PRIVATE_CACHES.has(name)) symlinkSync(path.join(from, 'node_modules', name), path.join(modules, name));
	}
	for (const [file, text] of Object.entries(extra)) {
		mkdirSync(path.dirname(path.join(to, file)), { recursive: true });
		writeFileSync(path.join(to, file), text);
	}
}
