import { existsSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';

/**
 * Set by scripts/build.ts for the `astro build` it runs, after it has checked the content itself, so the
 * content-check integration does not check everything a second time.
 */
export const CONTENT_CHECKED_ENV = 'TALKBOOK_CONTENT_CHECKED';

/** Where a build goes and where it ends up. */
export interface SwapOptions {
	/** The finished build (a temporary folder next to `to`, so the renames stay on one file system). */
	from: string;
	/** The published folder (`dist/`), replaced as a whole. */
	to: string;
}

/**
 * Replaces `to` with `from` by renames, so `to` is never half written: the old folder is moved aside,
 * the new one moved in, and only then the old one deleted. If moving the new one in fails, the old one
 * is put back before the error propagates.
 */
export function swapBuild({ from, to }: SwapOptions): void {
	if (!existsSync(from)) throw new Error(`no build to publish at ${from}`);
	const aside = path.join(path.dirname(to), `.dist-old-${process.pid}`);
	rmSync(aside, { recursive: true, force: true });
	const hadOld = existsSync(to);
	if (hadOld) renameSync(to, aside);
	try {
		renameSync(from, to);
	} catch (error) {
		if (hadOld) renameSync(aside, to);
		throw error;
	}
	rmSync(aside, { recursive: true, force: true });
}

/** Deletes an unfinished build; the published folder is not touched. */
export function discardBuild(from: string): void {
	rmSync(from, { recursive: true, force: true });
}

/** What buildAndSwap runs and where. */
export interface BuildAndSwapOptions {
	/** Project root: the temporary folder is made here (`.dist-tmp-<pid>`, gitignored as `.dist-*`). */
	root: string;
	/** The published folder; `dist/` under the root by default. */
	outDir?: string;
	/** Builds into the given empty folder path; resolves to the build's exit code (0 = success). */
	build: (tempDir: string) => Promise<number>;
}

/**
 * Builds into a temporary folder and publishes it with swapBuild only when the build succeeded; on a
 * non-zero exit code or a thrown error the temporary folder is deleted and the published folder stays
 * exactly as it was. Resolves to the exit code to end with.
 */
export async function buildAndSwap({ root, outDir = path.join(root, 'dist'), build }: BuildAndSwapOptions): Promise<number> {
	const temp = path.join(root, `.dist-tmp-${process.pid}`);
	discardBuild(temp);
	try {
		const code = await build(temp);
		if (code !== 0 || !existsSync(temp)) return code === 0 ? 1 : code;
		swapBuild({ from: temp, to: outDir });
		return 0;
	} finally {
		// After a swap there is nothing left here; after any failure this is the half-written build.
		discardBuild(temp);
	}
}
