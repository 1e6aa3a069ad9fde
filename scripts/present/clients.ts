/**
 * The browser code of presenting, bundled with esbuild when the server starts (about 0.1 s): the deck
 * page's presenting client, the phone remote and their stylesheet. None of it is in the built site, so a
 * deck page that is not presented loads not a byte of it (the 60 KB budget stays as it was).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

/** The server's assets by file name under `/_present/client/`. */
export interface PresentClients {
	assets: ReadonlyMap<string, string>;
}

/** Entry points, by the name they are served under. */
const ENTRIES = { 'deck.js': 'src/client/present/deck.ts', 'remote.js': 'src/client/present/remote.ts' } as const;
const STYLES = { 'present.css': 'src/client/present/present.css' } as const;

/** Bundles the presenting clients of the project at `root`. */
export async function bundlePresentClients(root: string): Promise<PresentClients> {
	const assets = new Map<string, string>();
	const result = await build({
		entryPoints: Object.fromEntries(Object.entries(ENTRIES).map(([name, file]) => [name.replace(/\.js$/, ''), path.join(root, file)])),
		absWorkingDir: root,
		bundle: true,
		format: 'esm',
		platform: 'browser',
		target: 'es2022',
		minify: true,
		write: false,
		outdir: 'out',
		loader: { '.css': 'text' },
		logLevel: 'silent',
		legalComments: 'inline',
	});
	for (const file of result.outputFiles) assets.set(path.basename(file.path), file.text);
	for (const name of Object.keys(ENTRIES)) if (!assets.has(name)) throw new Error(`esbuild produced no ${name}`);
	for (const [name, file] of Object.entries(STYLES)) assets.set(name, readFileSync(path.join(root, file), 'utf8'));
	return { assets };
}
