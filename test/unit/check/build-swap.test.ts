import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildAndSwap, swapBuild } from '../../../src/lib/check/build-swap.ts';
import { copyProject } from '../../../scripts/project-copy.ts';

const project = join(import.meta.dirname, '..', '..', '..');
/** The project's own Node 24 (scripts are TypeScript run by Node's type stripping), whatever runs vitest. */
const node = existsSync(join(project, 'node_modules', '.bin', 'node')) ? join(project, 'node_modules', '.bin', 'node') : process.execPath;
const temps: string[] = [];

/** A fresh directory under the OS temp dir, removed after the test. */
function tempDir(): string {
	const dir = mkdtempSync(join(tmpdir(), 'talkbook-swap-'));
	temps.push(dir);
	return dir;
}

/** Writes `files` (relative path → content) below `dir`. */
function write(dir: string, files: Record<string, string>): void {
	for (const [name, content] of Object.entries(files)) {
		mkdirSync(join(dir, name, '..'), { recursive: true });
		writeFileSync(join(dir, name), content);
	}
}

/** Names directly in `dir`, sorted. */
function list(dir: string): string[] {
	return readdirSync(dir).sort();
}

afterEach(() => {
	for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('swapBuild', () => {
	it('replaces the published folder as a whole and leaves nothing aside', () => {
		const root = tempDir();
		write(root, { 'dist/old.html': 'old', 'dist/sub/x.txt': 'x', 'new/index.html': 'new' });
		swapBuild({ from: join(root, 'new'), to: join(root, 'dist') });
		expect(list(root)).toEqual(['dist']);
		expect(list(join(root, 'dist'))).toEqual(['index.html']);
	});

	it('publishes when there was no previous folder', () => {
		const root = tempDir();
		write(root, { 'new/index.html': 'new' });
		swapBuild({ from: join(root, 'new'), to: join(root, 'dist') });
		expect(readFileSync(join(root, 'dist', 'index.html'), 'utf8')).toBe('new');
	});

	it('refuses a missing build and keeps the published folder', () => {
		const root = tempDir();
		write(root, { 'dist/sentinel.txt': 'previous' });
		expect(() => swapBuild({ from: join(root, 'missing'), to: join(root, 'dist') })).toThrow(/no build/);
		expect(readFileSync(join(root, 'dist', 'sentinel.txt'), 'utf8')).toBe('previous');
	});
});

describe('buildAndSwap', () => {
	it('publishes a successful build', async () => {
		const root = tempDir();
		write(root, { 'dist/sentinel.txt': 'previous' });
		const code = await buildAndSwap({ root, build: async (dir) => (write(dir, { 'index.html': 'fresh' }), 0) });
		expect(code).toBe(0);
		expect(list(join(root, 'dist'))).toEqual(['index.html']);
		expect(list(root)).toEqual(['dist']);
	});

	it('leaves dist/ untouched and removes the half-written build when the build exits non-zero', async () => {
		const root = tempDir();
		write(root, { 'dist/sentinel.txt': 'previous' });
		const code = await buildAndSwap({ root, build: async (dir) => (write(dir, { 'half.html': 'half' }), 2) });
		expect(code).toBe(2);
		expect(readFileSync(join(root, 'dist', 'sentinel.txt'), 'utf8')).toBe('previous');
		expect(list(root)).toEqual(['dist']);
	});

	it('leaves dist/ untouched when the build throws', async () => {
		const root = tempDir();
		write(root, { 'dist/sentinel.txt': 'previous' });
		const failing = async (dir: string): Promise<number> => {
			write(dir, { 'half.html': 'half' });
			throw new Error('boom');
		};
		await expect(buildAndSwap({ root, build: failing })).rejects.toThrow('boom');
		expect(list(join(root, 'dist'))).toEqual(['sentinel.txt']);
		expect(list(root)).toEqual(['dist']);
	});

	it('fails a build that exits 0 without writing anything', async () => {
		const root = tempDir();
		write(root, { 'dist/sentinel.txt': 'previous' });
		expect(await buildAndSwap({ root, build: async () => 0 })).toBe(1);
		expect(list(join(root, 'dist'))).toEqual(['sentinel.txt']);
	});
});

describe('scripts/build.ts', () => {
	it('stops on bad content with file:line:column and leaves dist/ untouched', { timeout: 120_000 }, () => {
		const root = tempDir();
		// A copy with node_modules of its own, so this build does not write into the project's Astro cache.
		copyProject(project, root);
		write(root, {
			'dist/sentinel.txt': 'previous build',
			'articles/broken.md': '---\ntitle: "Broken"\ndescription: "Links nowhere."\ndate: 2024-01-02\n---\n\n## Intro\n\nSee [it](/articles/nope/).\n',
		});
		const run = spawnSync(node, ['scripts/build.ts'], {
			cwd: root,
			encoding: 'utf8',
			env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
		});
		expect(run.status).not.toBe(0);
		expect(`${run.stdout}${run.stderr}`).toContain('articles/broken.md:9:5: error: broken link "/articles/nope/": no article "nope"');
		expect(readFileSync(join(root, 'dist', 'sentinel.txt'), 'utf8')).toBe('previous build');
		expect(list(join(root, 'dist'))).toEqual(['sentinel.txt']);
		expect(list(root).filter((name) => name.startsWith('.dist-'))).toEqual([]);
	});
});

/** Processes (other than this one) whose working directory is `dir`: a build's astro left running would be one. */
function processesIn(dir: string): number[] {
	return readdirSync('/proc')
		.filter((name) => /^\d+$/.test(name) && Number(name) !== process.pid)
		.filter((name) => {
			try {
				return readlinkSync(`/proc/${name}/cwd`) === dir;
			} catch {
				return false;
			}
		})
		.map(Number);
}

describe('scripts/build.ts and signals', () => {
	for (const signal of ['SIGTERM', 'SIGINT'] as const) {
		it(`stops on ${signal} without publishing, stops astro and removes its folders`, { timeout: 120_000 }, async () => {
			const root = tempDir();
			copyProject(project, root);
			// Left by builds that were killed: the next build removes them.
			write(root, { 'dist/sentinel.txt': 'previous build', '.dist-tmp-999999/half.html': 'half', '.dist-old-999999/old.html': 'old' });
			const child = spawn(node, ['scripts/build.ts'], { cwd: root, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
			let output = '';
			child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
			child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
			const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
			// Once the check has passed, astro is building into .dist-tmp-<pid>.
			await expect.poll(() => output, { timeout: 90_000, interval: 50 }).toMatch(/content check: /);
			child.kill(signal);
			const code = await exited;
			expect(output).toContain(`build stopped by ${signal}; nothing was published, dist/ was left as it was`);
			expect(code).toBe(signal === 'SIGTERM' ? 143 : 130);
			expect(list(join(root, 'dist'))).toEqual(['sentinel.txt']);
			expect(list(root).filter((name) => name.startsWith('.dist-'))).toEqual([]);
			expect(processesIn(root)).toEqual([]);
		});
	}
});
