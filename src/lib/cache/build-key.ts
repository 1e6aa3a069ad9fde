import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { hashParts } from './hash.ts';

/**
 * What, besides an article's own text, can change what a build makes of it: Talkbook's own code and
 * styles (src/), the Astro config (Markdown and shiki settings), the exact installed packages (the
 * lock file), the Node version and the settings taken from the environment.
 */
export const BUILD_INPUTS = ['src', 'astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json'];

/** Environment variables that change the output (astro.config.mjs reads them). */
export const BUILD_ENV = ['TALKBOOK_SITE', 'TALKBOOK_BASE', 'TALKBOOK_MARKDOWN'];

/** Every file below `dir`, sorted, as paths relative to `root`. */
function filesBelow(root: string, dir: string): string[] {
	const absolute = path.join(root, dir);
	if (!existsSync(absolute)) return [];
	const entries = readdirSync(absolute, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
	return entries.flatMap((entry) => {
		const child = `${dir}/${entry.name}`;
		if (entry.isDirectory()) return filesBelow(root, child);
		return entry.isFile() ? [child] : [];
	});
}

/**
 * A hash of everything in BUILD_INPUTS and BUILD_ENV plus the Node version: the part of every cache key
 * that is not the content itself. Any edit to Talkbook's code, a setting or a package version changes
 * it, so nothing cached by an older setup is ever used.
 */
export function buildKey(root: string, env: NodeJS.ProcessEnv = process.env): string {
	const parts: string[] = [`node ${process.version}`];
	for (const name of BUILD_ENV) parts.push(`${name}=${env[name] ?? ''}`);
	for (const input of BUILD_INPUTS) {
		const isDir = existsSync(path.join(root, input)) && statSync(path.join(root, input)).isDirectory();
		const files = isDir ? filesBelow(root, input) : [input];
		for (const file of files) {
			const absolute = path.join(root, file);
			parts.push(file, existsSync(absolute) ? readFileSync(absolute, 'utf8') : '<missing>');
		}
	}
	return hashParts(...parts);
}
