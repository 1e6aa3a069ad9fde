import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { BUILD_INPUTS, copyProject as copyInto } from '../../scripts/project-copy.ts';

const run = promisify(execFile);

/** The project this suite tests (the working copy vitest runs in). */
export const PROJECT_ROOT = process.cwd();

/** The project's build script: content check and `astro build` into a temp folder swapped into `dist/`. */
const BUILD_SCRIPT = 'scripts/build.ts';

/** Every file under `p` (or `p` itself), as paths relative to `root`, sorted. */
export function listFiles(root: string, p = ''): string[] {
	const full = path.join(root, p);
	if (!statSync(full).isDirectory()) return [p];
	return readdirSync(full)
		.sort()
		.flatMap((name) => listFiles(root, p ? `${p}/${name}` : name));
}

/** Hash of the build inputs plus the extra files, so a build of the same input can be recognised and reused. */
export function inputHash(extra: Readonly<Record<string, string>> = {}, env: Readonly<Record<string, string>> = {}): string {
	const hash = createHash('sha256');
	for (const [name, value] of Object.entries(env).sort(([a], [b]) => a.localeCompare(b))) hash.update(`env:${name}=${value}\0`);
	for (const input of BUILD_INPUTS) {
		if (!existsSync(path.join(PROJECT_ROOT, input))) continue;
		for (const file of listFiles(PROJECT_ROOT, input)) {
			hash.update(`${file}\0`).update(readFileSync(path.join(PROJECT_ROOT, file))).update('\0');
		}
	}
	for (const [file, text] of Object.entries(extra).sort(([a], [b]) => a.localeCompare(b))) hash.update(`extra:${file}\0${text}\0`);
	hash.update(readFileSync(path.join(PROJECT_ROOT, 'package-lock.json')));
	return hash.digest('hex').slice(0, 16);
}

/** Copies the build inputs (plus `extra` files, path → text) into `dir`, which is emptied first. */
export function copyProject(dir: string, extra: Readonly<Record<string, string>> = {}): void {
	copyInto(PROJECT_ROOT, dir, { extra });
}

/** Runs the production build in `dir` (a copy made by copyProject) into `dir/dist`. */
export async function buildProject(dir: string, extraEnv: Readonly<Record<string, string>> = {}): Promise<void> {
	const args = [path.join(dir, BUILD_SCRIPT)];
	const binDir = path.join(PROJECT_ROOT, 'node_modules', '.bin');
	try {
		// The project's own Node (this process's) runs the build, and is first on PATH for anything it spawns.
		await run(process.execPath, args, {
			cwd: dir,
			env: { ...process.env, ...extraEnv, ASTRO_TELEMETRY_DISABLED: '1', PATH: `${path.dirname(process.execPath)}${path.delimiter}${binDir}${path.delimiter}${process.env['PATH'] ?? ''}` },
			maxBuffer: 64 * 1024 * 1024,
		});
	} catch (error) {
		const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
		throw new Error(`build in ${dir} failed:\n${stdout.slice(-4000)}\n${stderr.slice(-4000)}`, { cause: error });
	}
}

/** Parent of every temp build of this suite. */
export const BUILDS_DIR = path.join(os.tmpdir(), 'talkbook-test-builds');

/** Other runs' builds older than this are removed (younger ones may still be in use by a parallel run). */
const STALE_MS = 30 * 60 * 1000;

function removeStale(keep: string): void {
	if (!existsSync(BUILDS_DIR)) return;
	for (const name of readdirSync(BUILDS_DIR)) {
		const dir = path.join(BUILDS_DIR, name);
		if (dir === keep) continue;
		try {
			if (Date.now() - statSync(dir).mtimeMs > STALE_MS) rmSync(dir, { recursive: true, force: true });
		} catch {
			/* removed meanwhile by another run */
		}
	}
}

/** Copies the project plus `extra` into a new folder of its own and builds it; the caller removes it when done. */
export async function freshBuild(label: string, extra: Readonly<Record<string, string>> = {}, env: Readonly<Record<string, string>> = {}): Promise<string> {
	mkdirSync(BUILDS_DIR, { recursive: true });
	const dir = mkdtempSync(path.join(BUILDS_DIR, `${label}-tmp-`));
	try {
		copyProject(dir, extra);
		await buildProject(dir, env);
		return dir;
	} catch (error) {
		rmSync(dir, { recursive: true, force: true });
		throw error;
	}
}

/**
 * A built copy of the project plus `extra` files, shared by every test (and run) that asks for the same
 * input: `<dir>/dist` holds the site. It is built once per input hash, in a folder of its own that is
 * renamed into place only when the build succeeded, so parallel runs never see a half-built copy.
 */
export async function sharedBuild(label: string, extra: Readonly<Record<string, string>> = {}, env: Readonly<Record<string, string>> = {}): Promise<string> {
	const dir = path.join(BUILDS_DIR, `${label}-${inputHash(extra, env)}`);
	removeStale(dir);
	if (existsSync(path.join(dir, 'dist'))) {
		// In use again: not stale for other runs' clean-up.
		const now = new Date();
		utimesSync(dir, now, now);
		return dir;
	}
	const built = await freshBuild(label, extra, env);
	try {
		renameSync(built, dir);
	} catch {
		// Another run published the same input first: use that one.
		rmSync(built, { recursive: true, force: true });
		if (!existsSync(path.join(dir, 'dist'))) throw new Error(`could not publish the build of ${label} at ${dir}`);
	}
	return dir;
}
