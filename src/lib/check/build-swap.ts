import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';

/** Where a build goes and where it ends up. */
export interface SwapOptions {
	/** The finished build (a temporary folder next to `to`, so the renames stay on one file system). */
	from: string;
	/** The published folder (`dist/`), replaced as a whole. */
	to: string;
}

/** How a swap ended when the new build is in place: `leftAside` is the old build that could not be deleted. */
export interface SwapResult {
	leftAside: string | null;
}

/** A swap that failed; says where the published folder is now, so the closing message can be true. */
export class SwapError extends Error {
	/** Whether `to` holds the previous build as it was (false: it is at `aside`, or there was none). */
	readonly restored: boolean;
	readonly aside: string | null;
	constructor(message: string, restored: boolean, aside: string | null, options?: ErrorOptions) {
		super(message, options);
		this.name = 'SwapError';
		this.restored = restored;
		this.aside = aside;
	}
}

/** File system calls swapBuild makes, replaceable in tests to make each step fail. */
export interface SwapFs {
	renameSync: (from: string, to: string) => void;
	rmSync: (target: string, options: { recursive: true; force: true }) => void;
}

const realFs: SwapFs = { renameSync, rmSync };

/**
 * Replaces `to` with `from` by renames, so `to` is never half written: the old folder is moved aside,
 * the new one moved in, and only then the old one deleted. If moving the new one in fails, the old one
 * is put back and a SwapError says whether that worked; if deleting the old one fails, the new build
 * is published and the result names the folder left aside.
 */
export function swapBuild({ from, to }: SwapOptions, fs: SwapFs = realFs): SwapResult {
	if (!existsSync(from)) throw new SwapError(`no build to publish at ${from}`, true, null);
	const aside = path.join(path.dirname(to), `.dist-old-${process.pid}`);
	fs.rmSync(aside, { recursive: true, force: true });
	const hadOld = existsSync(to);
	if (hadOld) {
		try {
			fs.renameSync(to, aside);
		} catch (error) {
			throw new SwapError(`could not move ${to} aside: ${String(error)}`, true, null, { cause: error });
		}
	}
	try {
		fs.renameSync(from, to);
	} catch (error) {
		if (!hadOld) throw new SwapError(`could not publish ${from}: ${String(error)}`, true, null, { cause: error });
		try {
			fs.renameSync(aside, to);
		} catch {
			throw new SwapError(`could not publish ${from}, nor put the previous build back from ${aside}: ${String(error)}`, false, aside, { cause: error });
		}
		throw new SwapError(`could not publish ${from}: ${String(error)}`, true, null, { cause: error });
	}
	try {
		if (hadOld) fs.rmSync(aside, { recursive: true, force: true });
	} catch {
		return { leftAside: aside };
	}
	return { leftAside: null };
}

/** Deletes an unfinished build; the published folder is not touched. */
export function discardBuild(from: string): void {
	rmSync(from, { recursive: true, force: true });
}

/** Whether a process with this id runs (the pid in a `.dist-tmp-<pid>` name). */
export function isRunning(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		// EPERM: it runs, as another user.
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

/**
 * Removes `.dist-tmp-<pid>` and `.dist-old-<pid>` folders that builds killed before they could clean up
 * left behind in `root`; those of a build still running (another pid that is alive) are kept. When
 * `dist/` itself is missing (a swap that could not put it back), the old build is moved back instead of
 * deleted. Returns the names removed or restored.
 */
export function removeStaleBuilds(root: string, alive: (pid: number) => boolean = isRunning, outDir = path.join(root, 'dist')): string[] {
	let names: string[];
	try {
		names = readdirSync(root);
	} catch {
		return [];
	}
	const removed: string[] = [];
	for (const name of names) {
		const match = /^\.dist-(?:tmp|old)-(\d+)$/.exec(name);
		if (!match) continue;
		const pid = Number(match[1]);
		if (pid !== process.pid && alive(pid)) continue;
		removed.push(name);
		if (name.startsWith('.dist-old-') && !existsSync(outDir)) {
			renameSync(path.join(root, name), outDir);
			continue;
		}
		rmSync(path.join(root, name), { recursive: true, force: true });
	}
	return removed;
}

/** How a build ended, for the exit code and a closing message that is true in every case. */
export type BuildOutcome =
	| { kind: 'published'; leftAside: string | null }
	| { kind: 'failed'; code: number }
	| { kind: 'interrupted'; signal: NodeJS.Signals }
	| { kind: 'swap-failed'; error: SwapError };

/** What buildAndSwap runs and where. */
export interface BuildAndSwapOptions {
	/** Project root: the temporary folder is made here (`.dist-tmp-<pid>`, gitignored as `.dist-*`). */
	root: string;
	/** The published folder; `dist/` under the root by default. */
	outDir?: string;
	/** Builds into the given empty folder path; resolves to the build's exit code (0 = success). */
	build: (tempDir: string) => Promise<number>;
	/** A signal that arrived while building (checked after `build` resolves): nothing is published then. */
	interrupted?: () => NodeJS.Signals | null;
	/** For tests: the file system calls of the swap. */
	fs?: SwapFs;
}

/**
 * Builds into a temporary folder and publishes it with swapBuild only when the build succeeded and no
 * signal arrived; on a non-zero exit code, a signal or a thrown error the temporary folder is deleted
 * and the published folder stays exactly as it was (a thrown error propagates after the cleanup).
 */
export async function buildOutcome({ root, outDir = path.join(root, 'dist'), build, interrupted = () => null, fs }: BuildAndSwapOptions): Promise<BuildOutcome> {
	const temp = path.join(root, `.dist-tmp-${process.pid}`);
	discardBuild(temp);
	try {
		const code = await build(temp);
		const signal = interrupted();
		if (signal) return { kind: 'interrupted', signal };
		if (code !== 0 || !existsSync(temp)) return { kind: 'failed', code: code === 0 ? 1 : code };
		try {
			return { kind: 'published', ...swapBuild({ from: temp, to: outDir }, fs) };
		} catch (error) {
			if (error instanceof SwapError) return { kind: 'swap-failed', error };
			throw error;
		}
	} finally {
		// After a swap there is nothing left here; after any failure this is the half-written build.
		discardBuild(temp);
	}
}

/** buildOutcome as an exit code: 0 only when the new build was published. */
export async function buildAndSwap(options: BuildAndSwapOptions): Promise<number> {
	return exitCode(await buildOutcome(options));
}

/** The exit code for an outcome (128 + the signal's number after a signal, as shells report it). */
export function exitCode(outcome: BuildOutcome): number {
	switch (outcome.kind) {
		case 'published':
			return 0;
		case 'failed':
			return outcome.code;
		case 'interrupted':
			return outcome.signal === 'SIGINT' ? 130 : outcome.signal === 'SIGTERM' ? 143 : 1;
		case 'swap-failed':
			return 1;
	}
}

/** The build's last line: what happened to `dist/`, true for every outcome. `dist` is the folder as the user knows it. */
export function closingMessage(outcome: BuildOutcome, dist = 'dist/'): string {
	switch (outcome.kind) {
		case 'published':
			return outcome.leftAside
				? `build published to ${dist}; the previous build could not be deleted and is left in ${path.basename(outcome.leftAside)}/ (the next build removes it)`
				: `build published to ${dist}`;
		case 'failed':
			return `build failed; ${dist} was left as it was`;
		case 'interrupted':
			return `build stopped by ${outcome.signal}; nothing was published, ${dist} was left as it was`;
		case 'swap-failed':
			return outcome.error.restored
				? `build could not be published (${outcome.error.message}); ${dist} was left as it was`
				: `build could not be published (${outcome.error.message}); ${dist} is missing: the previous build is in ${path.basename(outcome.error.aside ?? '')}/ (the next build puts it back)`;
	}
}
