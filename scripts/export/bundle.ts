import path from 'node:path';
import { build } from 'esbuild';

/** The deck client's entry point: the same code the site's deck pages run. */
export const DECK_CLIENT = path.join('src', 'client', 'deck', 'main.ts');

/**
 * The deck client (reveal.js, its notes, zoom and search plugins, fit-to-frame, code steps) bundled with
 * esbuild into one classic script: no imports, no chunks, nothing to fetch, so it runs from file://.
 * The plugins the site loads on first use (`import()` in plugins.ts) are bundled in too: without code
 * splitting esbuild inlines dynamic imports, so the speaker view works offline.
 */
export async function bundleDeckClient(root: string): Promise<string> {
	const result = await build({
		entryPoints: [path.join(root, DECK_CLIENT)],
		absWorkingDir: root,
		bundle: true,
		format: 'iife',
		platform: 'browser',
		target: 'es2022',
		minify: true,
		write: false,
		logLevel: 'silent',
		legalComments: 'inline',
	});
	const file = result.outputFiles[0];
	if (!file) throw new Error(`esbuild produced no output for ${DECK_CLIENT}`);
	return file.text;
}
