import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildOutcome, closingMessage, exitCode, removeStaleBuilds, SwapError, swapBuild } from '../../../src/lib/check/build-swap.ts';
import type { BuildOutcome, SwapFs } from '../../../src/lib/check/build-swap.ts';

const temps: string[] = [];
function tempDir(): string {
	const dir = mkdtempSync(join(tmpdir(), 'talkbook-outcome-'));
	temps.push(dir);
	return dir;
}
afterEach(() => {
	for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function write(dir: string, files: Record<string, string>): void {
	for (const [name, content] of Object.entries(files)) {
		mkdirSync(join(dir, name, '..'), { recursive: true });
		writeFileSync(join(dir, name), content);
	}
}
const list = (dir: string): string[] => readdirSync(dir).sort();

/** Real file system calls, except the ones `fail` names, which throw EACCES on their nth use (1-based). */
function failing(fail: { rename?: number; rm?: (target: string) => boolean }): SwapFs {
	let renames = 0;
	return {
		renameSync(from, to) {
			renames++;
			if (fail.rename === renames) throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
			renameSync(from, to);
		},
		rmSync(target, options) {
			if (fail.rm?.(target)) throw Object.assign(new Error('EBUSY: resource busy'), { code: 'EBUSY' });
			rmSync(target, options);
		},
	};
}

describe('swapBuild when the file system fails', () => {
	it('publishes the new build and names the old one left aside when deleting it fails', () => {
		const root = tempDir();
		write(root, { 'dist/old.html': 'old', 'new/index.html': 'new' });
		const result = swapBuild({ from: join(root, 'new'), to: join(root, 'dist') }, failing({ rm: (t) => t.includes('.dist-old-') && existsSync(t) }));
		expect(readFileSync(join(root, 'dist', 'index.html'), 'utf8')).toBe('new');
		expect(result.leftAside).toBe(join(root, `.dist-old-${process.pid}`));
		expect(list(root)).toEqual([`.dist-old-${process.pid}`, 'dist']);
	});

	it('puts the old build back when moving the new one in fails', () => {
		const root = tempDir();
		write(root, { 'dist/old.html': 'old', 'new/index.html': 'new' });
		const swap = (): unknown => swapBuild({ from: join(root, 'new'), to: join(root, 'dist') }, failing({ rename: 2 }));
		expect(swap).toThrow(SwapError);
		expect(list(join(root, 'dist'))).toEqual(['old.html']);
		try {
			swapBuild({ from: join(root, 'new'), to: join(root, 'dist') }, failing({ rename: 2 }));
		} catch (error) {
			expect((error as SwapError).restored).toBe(true);
		}
	});

	it('says so when the old build cannot be put back either', () => {
		const root = tempDir();
		write(root, { 'dist/old.html': 'old', 'new/index.html': 'new' });
		let error: SwapError | undefined;
		// Moving dist/ aside works; moving the new build in and moving the old one back both fail.
		const fs: SwapFs = {
			renameSync(from, to) {
				if (!from.includes('.dist-old-') && to.endsWith('dist') && from.endsWith('new')) throw new Error('EACCES');
				if (from.includes('.dist-old-')) throw new Error('EIO');
				renameSync(from, to);
			},
			rmSync,
		};
		try {
			swapBuild({ from: join(root, 'new'), to: join(root, 'dist') }, fs);
		} catch (e) {
			error = e as SwapError;
		}
		expect(error).toBeInstanceOf(SwapError);
		expect(error?.restored).toBe(false);
		expect(existsSync(join(root, 'dist'))).toBe(false);
		expect(closingMessage({ kind: 'swap-failed', error: error! })).toMatch(/dist\/ is missing: the previous build is in \.dist-old-\d+\//);
		// The next build puts it back.
		expect(removeStaleBuilds(root, () => false)).toEqual([`.dist-old-${process.pid}`]);
		expect(list(join(root, 'dist'))).toEqual(['old.html']);
	});
});

describe('buildOutcome', () => {
	it('publishes nothing when a signal arrived during the build, and removes the temporary folder', async () => {
		const root = tempDir();
		write(root, { 'dist/sentinel.txt': 'previous' });
		const outcome = await buildOutcome({ root, build: async (dir) => (write(dir, { 'index.html': 'new' }), 0), interrupted: () => 'SIGTERM' });
		expect(outcome).toEqual({ kind: 'interrupted', signal: 'SIGTERM' });
		expect(exitCode(outcome)).toBe(143);
		expect(list(root)).toEqual(['dist']);
		expect(list(join(root, 'dist'))).toEqual(['sentinel.txt']);
	});

	it('reports a published build whose old folder stayed behind', async () => {
		const root = tempDir();
		write(root, { 'dist/sentinel.txt': 'previous' });
		const fs = failing({ rm: (t) => t.includes('.dist-old-') && existsSync(t) });
		const outcome = await buildOutcome({ root, build: async (dir) => (write(dir, { 'index.html': 'new' }), 0), fs });
		expect(outcome.kind).toBe('published');
		expect(exitCode(outcome)).toBe(0);
		expect(closingMessage(outcome)).toMatch(/^build published to dist\/; the previous build could not be deleted and is left in \.dist-old-\d+\//);
		expect(closingMessage(outcome)).not.toMatch(/left as it was/);
	});
});

describe('closingMessage', () => {
	const cases: [BuildOutcome, RegExp][] = [
		[{ kind: 'published', leftAside: null }, /^build published to dist\/$/],
		[{ kind: 'failed', code: 1 }, /^build failed; dist\/ was left as it was$/],
		[{ kind: 'interrupted', signal: 'SIGINT' }, /^build stopped by SIGINT; nothing was published, dist\/ was left as it was$/],
		[{ kind: 'swap-failed', error: new SwapError('could not publish', true, null) }, /dist\/ was left as it was$/],
	];
	it.each(cases)('%j', (outcome, message) => {
		expect(closingMessage(outcome)).toMatch(message);
	});
});

describe('removeStaleBuilds', () => {
	it('removes the folders of builds that are gone and keeps those of a build still running', () => {
		const root = tempDir();
		write(root, { 'dist/a.html': 'a', '.dist-tmp-111/x': 'x', '.dist-old-111/y': 'y', '.dist-tmp-222/z': 'z', '.dist-notes/keep': 'k' });
		expect(removeStaleBuilds(root, (pid) => pid === 222).sort()).toEqual(['.dist-old-111', '.dist-tmp-111']);
		expect(list(root)).toEqual(['.dist-notes', '.dist-tmp-222', 'dist']);
	});
});
