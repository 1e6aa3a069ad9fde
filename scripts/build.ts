/**
 * `npm run build [-- --fresh] [astro build options]`: checks the content and runs `astro build` into a
 * temporary folder at the same time (two processes, two cores). The check parses every article once and
 * hands the catalog it built to Astro's pages and search index; the new build is swapped into `dist/`
 * only when both succeeded, so bad content, a failed build or a SIGINT/SIGTERM leaves the previous
 * `dist/` exactly as it was.
 *
 * Work is cached by content in node_modules/.cache/talkbook/ (per-article checks and extractions, decks,
 * rendered slides), keyed with a hash of Talkbook's code, settings and package versions (buildKey). Once the
 * catalog is handed over, this process renders the decks' slides into that cache ahead of Astro's deck pages.
 * Astro's own content cache is kept between builds while that key is unchanged and thrown away
 * (`astro build --force`) when it changed. `--fresh` ignores every cache.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { astroCacheFiles, astroCacheValid, recordAstroCache } from '../src/lib/cache/astro-cache.ts';
import { buildKey } from '../src/lib/cache/build-key.ts';
import { warmDeckSlides } from '../src/lib/cache/deck-slides.ts';
import { indexCacheDir, sweepIndexCache } from '../src/lib/search/index-cache.ts';
import { BUILD_KEY_ENV, FRESH_ENV } from '../src/lib/cache/context.ts';
import { CACHE_DIR, CacheStore } from '../src/lib/cache/store.ts';
import { CATALOG_FILE_ENV, writeCatalogFile } from '../src/lib/catalog/handoff.ts';
import { buildOutcome, closingMessage, exitCode, isRunning, removeStaleBuilds } from '../src/lib/check/build-swap.ts';
import { checkProject } from '../src/lib/check/check-content.ts';
import { formatReport, formatSummary } from '../src/lib/check/report.ts';
import { siteUrl } from '../src/lib/site/origin.ts';
import { markdownPipeline, useMarkdownPipeline } from '../src/lib/article/pipeline.ts';
import { normalizeBase } from '../src/lib/site/paths.ts';

const root = path.resolve(import.meta.dirname, '..');
const astro = path.join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
const cacheDir = path.join(root, CACHE_DIR);
const astroCache = astroCacheFiles(root);

if (!existsSync(astro)) {
	console.error(`astro is not installed (${astro} is missing): run npm install`);
	process.exit(1);
}

const args = process.argv.slice(2);
const fresh = args.includes('--fresh');
const astroArgs = args.filter((arg) => arg !== '--fresh');

/** A running `astro build`: its output is held back until `release()` so a content report is never buried under it. */
interface AstroRun {
	exited: Promise<number>;
	done(): boolean;
	release(): void;
	stop(): void;
}

/** Starts `astro build --outDir <dir>` with the project's Node in a process group of its own (stopped as a whole). */
function startAstro(outDir: string, force: boolean, env: Record<string, string>): AstroRun {
	const child = spawn(process.execPath, [astro, 'build', ...(force ? ['--force'] : []), '--outDir', outDir, ...astroArgs], {
		cwd: root,
		stdio: ['ignore', 'pipe', 'pipe'],
		detached: true,
		// Piped so it can be held back; keep its colours when the user is at a terminal.
		env: { ...process.env, ...env, ...(process.stdout.isTTY ? { FORCE_COLOR: '1' } : {}) },
	});
	const held: [NodeJS.WriteStream, Buffer][] = [];
	let released = false;
	let finished = false;
	child.stdout.on('data', (chunk: Buffer) => (released ? process.stdout.write(chunk) : held.push([process.stdout, chunk])));
	child.stderr.on('data', (chunk: Buffer) => (released ? process.stderr.write(chunk) : held.push([process.stderr, chunk])));
	const exited = new Promise<number>((resolve, reject) => {
		child.on('error', reject);
		child.on('close', (code, signal) => {
			finished = true;
			resolve(code ?? (signal ? 1 : 0));
		});
	});
	const signalGroup = (signal: NodeJS.Signals): void => {
		try {
			if (child.pid !== undefined) process.kill(-child.pid, signal);
		} catch {
			// Already gone.
		}
	};
	return {
		exited,
		done: () => finished,
		release() {
			released = true;
			for (const [stream, chunk] of held.splice(0)) stream.write(chunk);
		},
		stop() {
			if (finished) return;
			signalGroup('SIGTERM');
			// Astro (and pagefind's binary under it) get a moment to stop, then are killed.
			const kill = setTimeout(() => signalGroup('SIGKILL'), 5000);
			void exited.finally(() => clearTimeout(kill));
		},
	};
}

let signal: NodeJS.Signals | null = null;
let running: AstroRun | null = null;
const onSignal = (received: NodeJS.Signals): void => {
	if (signal) return;
	signal = received;
	console.error(`\n${received}: stopping the build; nothing will be published`);
	running?.stop();
};
process.on('SIGINT', onSignal);
process.on('SIGTERM', onSignal);

const stale = removeStaleBuilds(root);
if (stale.length > 0) console.log(`removed what killed builds left behind: ${stale.join(', ')}`);
mkdirSync(cacheDir, { recursive: true });
// Catalog hand-overs of killed builds (catalog-<pid>.v8): removed like their .dist-tmp-<pid> folders.
for (const name of readdirSync(cacheDir)) {
	const pid = /^catalog-(\d+)\.v8(?:\.tmp)?$/.exec(name)?.[1];
	if (pid && Number(pid) !== process.pid && !isRunning(Number(pid))) rmSync(path.join(cacheDir, name), { force: true });
}
const key = buildKey(root);
const forceAstro = fresh || !astroCacheValid(astroCache, key);
const catalogFile = path.join(cacheDir, `catalog-${process.pid}.v8`);

/** Builds into `outDir` while checking the content; bad content stops the build before anything is swapped in. */
async function checkedBuild(outDir: string): Promise<number> {
	// Node's own compile cache (V8 code of astro, vite and the rest, checked by Node against each file's
	// content) spares the Astro process most of its start-up compiling; about 0.3 s of CPU a build here.
	const compileCache = fresh ? {} : { NODE_COMPILE_CACHE: path.join(cacheDir, 'node-compile') };
	const env = { [CATALOG_FILE_ENV]: catalogFile, [BUILD_KEY_ENV]: key, ...compileCache, ...(fresh ? { [FRESH_ENV]: '1' } : {}) };
	const run = startAstro(outDir, forceAstro, env);
	running = run;
	try {
		const started = performance.now();
		const store = new CacheStore({ dir: cacheDir, fresh });
		const site = siteUrl();
		const siteOrigin = site ? new URL(site).origin : '';
		const base = normalizeBase(process.env['TALKBOOK_BASE'] ?? '/');
		// TALKBOOK_MARKDOWN, or the default; a pipeline set in astro.config.mjs instead is seen by Astro's side, which then checks again.
		const markdown = markdownPipeline();
		useMarkdownPipeline(markdown);
		// Synchronous, but astro starts in its own process meanwhile.
		const { result, catalog } = checkProject({ root, cache: store, buildKey: key });
		if (signal) return 1;
		if (!catalog) {
			console.error(formatReport(result));
			return 1;
		}
		console.log(result.warnings.length > 0 ? formatReport(result) : formatSummary(result));
		console.log(`content check in ${Math.round(performance.now() - started)} ms (${store.hits} cached, ${store.misses} computed)${forceAstro ? '; Astro content cache rebuilt' : ''}`);
		writeCatalogFile(catalogFile, { markdown, catalog });
		run.release();
		// The search indexes the last build set aside: deleted now, while Astro works, not at the end of a build.
		sweepIndexCache(indexCacheDir(cacheDir));
		// Meanwhile this process renders the decks' slides into the cache for their pages (not with --fresh,
		// where Astro reads no cache).
		const warming = fresh ? Promise.resolve(0) : warmDeckSlides(catalog.decks, siteOrigin || null, base, { store, buildKey: key }, () => run.done() || signal !== null);
		const code = await run.exited;
		await warming;
		return code;
	} finally {
		// Whatever happened above, astro is not left running into the temporary folder.
		run.stop();
		await run.exited.catch(() => 1);
		rmSync(catalogFile, { force: true });
		rmSync(`${catalogFile}.tmp`, { force: true });
	}
}

const outcome = await buildOutcome({ root, build: checkedBuild, interrupted: () => signal }).catch((error: unknown) => {
	console.error(error);
	return { kind: 'failed', code: 1 } as const;
});
if (outcome.kind === 'published') recordAstroCache(astroCache, key);
const message = closingMessage(outcome);
if (outcome.kind === 'published' && !outcome.leftAside) console.log(message);
else console.error(message);
process.exitCode = exitCode(outcome);
