import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/** Every npm script of the project, by name. */
const scripts: Record<string, string> = JSON.parse(readFileSync('package.json', 'utf8')).scripts;
const PRELOAD = 'node --import ./scripts/no-telemetry.ts ';

/** A home folder Astro has never seen (so it would print its first-run notice), and the environment of a non-CI shell there. */
const home = mkdtempSync(path.join(os.tmpdir(), 'talkbook-telemetry-'));
const emptyProject = path.join(home, 'project');
mkdirSync(emptyProject);
function freshShell(): NodeJS.ProcessEnv {
	const env: NodeJS.ProcessEnv = { ...process.env, HOME: home, XDG_CONFIG_HOME: home, APPDATA: home };
	// ci-info's signals: in CI Astro never prints the notice, which would hide the bug this looks for.
	for (const name of Object.keys(env)) if (/^(CI|CONTINUOUS_INTEGRATION|BUILD_NUMBER|RUN_ID|GITHUB_ACTIONS|ASTRO_TELEMETRY_DISABLED|TELEMETRY_DISABLED)$/.test(name)) delete env[name];
	return env;
}
afterAll(() => rmSync(home, { recursive: true, force: true }));

/** Output of `astro preview` on an empty project (it stops at once: nothing is built), run as `command` runs it. */
function previewOutput(command: string[]): string {
	const result = spawnSync(command[0]!, [...command.slice(1), '--root', emptyProject], { env: freshShell(), encoding: 'utf8', timeout: 60_000 });
	return `${result.stdout}${result.stderr}`;
}

const NOTICE = /anonymous usage data|astro telemetry disable/i;

describe('telemetry', () => {
	it('every script that runs node goes through the preload that turns Astro telemetry off', () => {
		const commands = Object.entries(scripts).flatMap(([name, line]) => line.split('&&').map((part) => [name, part.trim()] as const));
		const bare = commands.filter(([, part]) => !part.startsWith('npm run ') && !part.startsWith(PRELOAD));
		expect(bare).toEqual([]);
		for (const name of ['dev', 'build', 'preview', 'start', 'check', 'export', 'bench']) expect(scripts[name], name).toBeDefined();
	});

	it('astro run plainly in a fresh home prints its notice (so the next check can fail)', () => {
		expect(previewOutput([process.execPath, 'node_modules/astro/bin/astro.mjs', 'preview'])).toMatch(NOTICE);
	});

	it('`npm run preview` prints no telemetry notice in a fresh home', () => {
		// A fresh home again: the run above recorded that the notice was shown.
		rmSync(path.join(home, 'astro'), { recursive: true, force: true });
		const output = previewOutput(['npm', 'run', '--silent', 'preview', '--']);
		expect(output).toMatch(/does not exist|dist/i);
		expect(output).not.toMatch(NOTICE);
	});
});
