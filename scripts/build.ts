/**
 * `npm run build`: checks the content first and stops with the report on any error; then runs
 * `astro build` into a temporary folder and swaps it into `dist/` only when the build succeeded, so a
 * failed build leaves the previous `dist/` exactly as it was. Extra arguments go to `astro build`.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { buildAndSwap, CONTENT_CHECKED_ENV } from '../src/lib/check/build-swap.ts';
import { checkContent } from '../src/lib/check/check-content.ts';
import { formatReport, formatSummary } from '../src/lib/check/report.ts';

const root = path.resolve(import.meta.dirname, '..');
const astro = path.join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');

const result = checkContent({ root });
if (result.errors.length > 0) {
	console.error(formatReport(result));
	console.error('build stopped: fix the errors above; dist/ was left as it was');
	process.exit(1);
}
if (result.warnings.length > 0) console.error(formatReport(result));
else console.log(formatSummary(result));
if (!existsSync(astro)) {
	console.error(`astro is not installed (${astro} is missing): run npm install`);
	process.exit(1);
}

/** Runs `astro build --outDir <dir>` with the project's Node, telling the content-check integration the content is checked. */
function astroBuild(outDir: string): Promise<number> {
	// --force: Astro caches rendered Markdown keyed on the article text alone, so a change to the Markdown
	// plugins or shiki settings would otherwise publish stale pages; `npm run dev` keeps the cache.
	const child = spawn(process.execPath, [astro, 'build', '--force', '--outDir', outDir, ...process.argv.slice(2)], {
		cwd: root,
		stdio: 'inherit',
		env: { ...process.env, [CONTENT_CHECKED_ENV]: '1' },
	});
	// Ctrl-C reaches astro too; wait for it to stop so its half-written folder can be deleted.
	const ignore = (): void => {};
	process.on('SIGINT', ignore);
	process.on('SIGTERM', ignore);
	return new Promise((resolve, reject) => {
		child.on('error', reject);
		child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
	});
}

const code = await buildAndSwap({ root, build: astroBuild }).catch((error: unknown) => {
	console.error(error);
	return 1;
});
if (code !== 0) console.error('build failed; dist/ was left as it was');
process.exitCode = code;
