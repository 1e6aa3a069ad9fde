/**
 * `npm run present` as a process: it prints the three links, stops cleanly on Ctrl-C (SIGINT) and on
 * SIGTERM (every connection closed with "going away", exit 0, a summary of what it refused), makes new
 * links on every run, and `--resume` takes up the last session: same links, same port, same slide.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import WebSocket from 'ws';
import { afterAll, describe, expect, it } from 'vitest';
import type { ServerMessage } from '../../src/lib/present/messages.ts';
import { cookieName } from '../../src/lib/present/cookies.ts';
import { terminalQr } from '../../scripts/present/terminal.ts';

const DECK = 'rust-on-the-backend';
const dir = mkdtempSync(path.join(tmpdir(), 'present-cli-'));
const SESSION = path.join(dir, 'session.json');
const running: ChildProcess[] = [];

afterAll(() => {
	for (const child of running) if (child.exitCode === null) child.kill('SIGKILL');
	rmSync(dir, { recursive: true, force: true });
});

interface Started {
	child: ChildProcess;
	output: () => string;
	links: { presenter: string; remote: string; follow: string };
	exited: Promise<number | null>;
}

/** Starts `scripts/present/run.ts` as `npm run present` does, and waits for its links. */
async function present(args: string[]): Promise<Started> {
	const child = spawn(process.execPath, ['--import', './scripts/no-telemetry.ts', 'scripts/present/run.ts', ...args], { env: { ...process.env, TALKBOOK_PRESENT_SESSION: SESSION }, stdio: ['ignore', 'pipe', 'pipe'] });
	running.push(child);
	let text = '';
	child.stdout?.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
	child.stderr?.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
	const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
	await expect.poll(() => /Follow: [^\n]*\n\s+http\S+/.test(text) || child.exitCode !== null, { timeout: 30_000 }).toBe(true);
	const link = (label: string) => new RegExp(`${label}:[^\\n]*\\n\\s+(http\\S+)`).exec(text)?.[1] ?? '';
	return { child, output: () => text, links: { presenter: link('Presenter'), remote: link('Remote'), follow: link('Follow') }, exited };
}

/** The token and port of a link, as a cookie header of its role. */
function cookieOf(link: string, role: 'presenter' | 'remote' | 'follow'): string {
	const url = new URL(link);
	return `${cookieName(role, Number(url.port))}=${url.pathname.split('/')[2]}`;
}

/** A WebSocket of `role` to the server a link points at. */
async function join(link: string, role: 'remote' | 'follow'): Promise<{ ws: WebSocket; messages: ServerMessage[]; closed: Promise<number> }> {
	const url = new URL(link);
	const ws = new WebSocket(`ws://${url.host}/_present/ws?role=${role}&deck=${DECK}`, { headers: { cookie: cookieOf(link, role) } });
	const messages: ServerMessage[] = [];
	ws.on('message', (data) => messages.push(JSON.parse(String(data)) as ServerMessage));
	const closed = new Promise<number>((resolve) => ws.on('close', (code) => resolve(code)));
	await new Promise<void>((resolve, reject) => {
		ws.once('open', () => resolve());
		ws.once('error', reject);
	});
	await expect.poll(() => messages.some((m) => m.type === 'hello')).toBe(true);
	return { ws, messages, closed };
}

describe('npm run present', () => {
	for (const signal of ['SIGINT', 'SIGTERM'] as const) {
		it(`prints the links and stops cleanly on ${signal}`, async () => {
			const run = await present([DECK, '--host', '127.0.0.1']);
			expect(run.output()).toContain('this computer only');
			for (const link of Object.values(run.links)) expect(link).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:\\d+/_present/[A-Za-z0-9_-]{24}/${DECK}$`));
			expect(new Set(Object.values(run.links)).size).toBe(3);
			// QR codes in the terminal, under the remote and the follow link: the banner may come in more
			// than one chunk, so wait for the last of it.
			const qr = { remote: await terminalQr(run.links.remote), follow: await terminalQr(run.links.follow) };
			// A code of at least 21 modules and its margin, two rows of modules per line of half blocks.
			for (const code of Object.values(qr)) expect(code.split('\n').filter((line) => /^\x1b\[47m\x1b\[30m[ ▀▄█]{21,}\x1b\[0m$/.test(line)).length).toBeGreaterThanOrEqual(11);
			await expect.poll(() => run.output()).toContain(`${run.links.remote}\n${qr.remote}\nFollow: `);
			await expect.poll(() => run.output()).toContain(`${run.links.follow}\n${qr.follow}`);
			const entry = await fetch(run.links.presenter, { redirect: 'manual' });
			expect(entry.status).toBe(303);
			const follower = await join(run.links.follow, 'follow');
			run.child.kill(signal);
			expect(await follower.closed).toBe(1001);
			expect(await run.exited).toBe(0);
			expect(run.output()).toMatch(/Stopped\. Connections: 0 presenter, 0 remote, 1 followers/);
			expect(run.output()).toMatch(/Refused requests: none\./);
		}, 60_000);
	}

	it('--resume takes up the last session (links, port, slide, clock); a run without it makes new links', async () => {
		const first = await present([DECK, '--host', '127.0.0.1']);
		const remote = await join(first.links.remote, 'remote');
		remote.ws.send('{"type":"go","to":"next"}');
		remote.ws.send('{"type":"go","to":"next"}');
		await expect.poll(() => remote.messages.filter((m) => m.type === 'state').length).toBe(2);
		first.child.kill('SIGTERM');
		expect(await first.exited).toBe(0);

		const resumed = await present(['--resume', '--host', '127.0.0.1']);
		expect(resumed.links).toEqual(first.links);
		const back = await join(resumed.links.remote, 'remote');
		const hello = back.messages.find((m) => m.type === 'hello');
		expect(hello?.type === 'hello' ? hello.state : null).toMatchObject({ h: 2, f: -1 });
		expect(hello?.type === 'hello' ? hello.state.elapsed : null).toBeGreaterThan(0);
		resumed.child.kill('SIGINT');
		expect(await resumed.exited).toBe(0);

		const fresh = await present([DECK, '--host', '127.0.0.1']);
		for (const role of ['presenter', 'remote', 'follow'] as const) expect(fresh.links[role]).not.toBe(first.links[role]);
		fresh.child.kill('SIGTERM');
		expect(await fresh.exited).toBe(0);
	}, 120_000);

	it('refuses a deck that is not built, and a bad option, with what to do', async () => {
		const unknown = await present(['no-such-deck', '--host', '127.0.0.1']);
		expect(await unknown.exited).toBe(1);
		expect(unknown.output()).toMatch(/no built deck named "no-such-deck"\. Built decks: .*rust-on-the-backend/);
		const bad = await present(['--port', 'eighty']);
		expect(await bad.exited).toBe(2);
		expect(bad.output()).toMatch(/--port needs a whole number[\s\S]*Usage: npm run present/);
	}, 60_000);
});
