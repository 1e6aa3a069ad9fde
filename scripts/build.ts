/**
 * `npm run build`: checks the content and runs `astro build` into a temporary folder at the same time
 * (two processes, two cores), then swaps the new build into `dist/` only when both succeeded, so bad
 * content or a failed build leaves the previous `dist/` exactly as it was. Extra arguments go to `astro build`.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { buildAndSwap, CONTENT_CHECKED_ENV } from '../src/lib/check/build-swap.ts';
import { checkContent } from '../src/lib/check/check-content.ts';
import { formatReport, formatSummary } from '../src/lib/check/report.ts';

const root = path.resolve(import.meta.dirname, '..');
const astro = path.join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');

if (!existsSync(astro)) {
	console.error(`astro is not installed (${astro} is missing): run npm install`);
	process.exit(1);
}

/** A running `astro build`: its output is held back until `release()` so a content report is never buried under it. */
interface AstroRun {
	exited: Promise<number>;
	release(): void;
	stop(): void;
}

/** Starts `astro build --outDir <dir>` with the project's Node, telling the content-check integration the content is checked. */
function startAstro(outDir: string): AstroRun {
	// --force: Astro caches rendered Markdown keyed on the article text alone, so a change to the Markdown
	// plugins or shiki settings would otherwise publish stale pages; `npm run dev` keeps the cache.
	const child = spawn(process.execPath, [astro, 'build', '--force', '--outDir', outDir, ...process.argv.slice(2)], {
		cwd: root,
		stdio: ['inherit', 'pipe', 'pipe'],
		// Piped so it can be held back; keep its colours when the user is at a terminal.
		env: { ...process.env, [CONTENT_CHECKED_ENV]: '1', ...(process.stdout.isTTY ? { FORCE_COLOR: '1' } : {}) },
	});
	const held: [NodeJS.WriteStream, Buffer][] = [];
	let released = false;
	child.stdout.on('data', (chunk: Buffer) => (released ? process.stdout.write(chunk) : held.push([process.stdout, chunk])));
	child.stderr.on('data', (chunk: Buffer) => (released ? process.stderr.write(chunk) : held.push([process.stderr, chunk])));
	// Ctrl-C reaches astro too; wait for it to stop so its half-written folder can be deleted.
	const ignore = (): void => {};
	process.on('SIGINT', ignore);
	process.on('SIGTERM', ignore);
	const exited = new Promise<number>((resolve, reject) => {
		child.on('error', reject);
		child.on('close', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
	});
	return {
		exited,
		release() {
			released = true;
			for (const [stream, chunk] of held.splice(0)) stream.write(chunk);
		},
		stop() {
			child.kill('SIGTERM');
		},
	};
}

/** Builds into `outDir` while checking the content; bad content stops the build before anything is swapped in. */
async function checkedBuild(outDir: string): Promise<number> {
	const run = startAstro(outDir);
	// Synchronous, but astro works in its own process meanwhile.
	const result = checkContent({ root });
	if (result.errors.length > 0) {
		run.stop();
		await run.exited;
		console.error(formatReport(result));
		return 1;
	}
	console.log(result.warnings.length > 0 ? formatReport(result) : formatSummary(result));
	run.release();
	return run.exited;
}

const code = await buildAndSwap({ root, build: checkedBuild }).catch((error: unknown) => {
	console.error(error);
	return 1;
});
if (code !== 0) console.error('build failed; dist/ was left as it was');
process.exitCode = code;
