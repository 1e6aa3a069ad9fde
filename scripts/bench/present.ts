/**
 * `npm run bench:present -- [--followers N] [--rounds R] [--deck <slug>]`: how fast the room follows.
 *
 * 1. Fan-out, on the loopback address: the presenting server (scripts/present/server.ts, in a process of
 *    its own) with N followers (default 300) and a remote, all `ws` clients of this process. Each round the
 *    remote sends "next" (or "prev", alternately) and the time until the last of the N followers has the
 *    new state is taken. Rounds alternate with a bare `ws` broadcast server in another process (every
 *    message sent on to every client: the floor of the stack), so the ratio of the two is measured on the
 *    same machine at the same moment. Both servers' memory (RSS and heap after a collection) is read
 *    before the followers connect and after the rounds.
 * 2. Real pages, in headless Chromium: the presenter's deck page, two followers' deck pages and the phone
 *    remote, served by the presenting server. Rounds of a key press on the presenter, then of a tap on the
 *    remote; each until both followers' reveal.js has shown the new slide or fragment (their own event,
 *    on the machine's one clock).
 *
 * Prints medians, p95 and maxima, and writes bench/present-results.json. Nothing here is asserted: the
 * target (p95 under 100 ms for 300 followers; followers within 200 ms of the presenter) is read, not
 * tested, as every time in this project.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import WebSocket from 'ws';
import type { Page } from 'playwright-core';
import { guardedPage, launchChromium } from '../browser.ts';
import { cookieName } from '../../src/lib/present/cookies.ts';
import type { Tokens } from '../../src/lib/present/tokens.ts';
import { entryPath, socketPath } from '../../src/lib/present/urls.ts';
import { spreadOf, type Spread } from './present-stats.ts';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const RESULTS = path.join(ROOT, 'bench', 'present-results.json');

interface Ready {
	type: 'ready';
	port: number;
	tokens?: Tokens;
	memory: Memory;
}
interface Memory {
	rss: number;
	heapUsed: number;
}

function log(line: string): void {
	console.log(`[bench:present] ${line}`);
}

/** Starts a server process (`talkbook` or `bare`) and waits until it listens. */
function startChild(kind: 'talkbook' | 'bare', deck: string, followers: number): Promise<{ child: ChildProcess; ready: Ready }> {
	const child = fork(path.join(ROOT, 'scripts', 'bench', 'present-child.ts'), [kind, deck, String(followers)], {
		execArgv: ['--expose-gc', '--import', './scripts/no-telemetry.ts'],
		cwd: ROOT,
		stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
	});
	return new Promise((resolve, reject) => {
		child.once('message', (message) => resolve({ child, ready: message as Ready }));
		child.once('exit', (code) => reject(new Error(`${kind} server exited with ${code}`)));
	});
}

/** The server process's memory now. */
function memoryOf(child: ChildProcess): Promise<Memory> {
	return new Promise((resolve) => {
		child.once('message', (message) => resolve((message as { memory: Memory }).memory));
		child.send({ type: 'memory' });
	});
}

/** A client: its socket, and a hook called with each message's text at the moment it arrives. */
interface Client {
	ws: WebSocket;
	onText: ((text: string, at: number) => void) | null;
}

async function connect(url: string, cookie?: string): Promise<Client> {
	const ws = new WebSocket(url, { perMessageDeflate: false, ...(cookie ? { headers: { cookie } } : {}) });
	const client: Client = { ws, onText: null };
	ws.on('message', (data) => client.onText?.(String(data), performance.now()));
	await new Promise<void>((resolve, reject) => {
		ws.once('open', () => resolve());
		ws.once('error', reject);
	});
	return client;
}

/** Opens `count` clients, a few at a time (as a room joins). */
async function connectMany(count: number, url: string, cookie?: string): Promise<Client[]> {
	const clients: Client[] = [];
	for (let i = 0; i < count; i += 25) clients.push(...(await Promise.all(Array.from({ length: Math.min(25, count - i) }, () => connect(url, cookie)))));
	return clients;
}

/** One round: sends `text` from `sender`, resolves with the ms until every one of `followers` got a message that `matches`. */
function round(sender: Client, followers: readonly Client[], text: string, matches: (text: string) => boolean): Promise<number> {
	return new Promise((resolve, reject) => {
		let waiting = followers.length;
		let last = 0;
		const timer = setTimeout(() => reject(new Error(`a round timed out with ${waiting} followers waiting`)), 10_000);
		for (const follower of followers) {
			follower.onText = (message, at) => {
				if (!matches(message)) return;
				follower.onText = null;
				last = Math.max(last, at);
				if (--waiting === 0) {
					clearTimeout(timer);
					resolve(last - start);
				}
			};
		}
		const start = performance.now();
		sender.ws.send(text);
	});
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface FanOut {
	talkbook: Spread;
	bare: Spread;
	/** Median of talkbook's round over the bare round next to it. */
	ratio: number;
	memory: { talkbook: { idle: Memory; loaded: Memory }; bare: { idle: Memory; loaded: Memory } };
}

async function fanOut(deck: string, followers: number, rounds: number): Promise<FanOut> {
	const talkbook = await startChild('talkbook', deck, followers);
	const bare = await startChild('bare', deck, followers);
	try {
		const tokens = talkbook.ready.tokens as Tokens;
		const port = talkbook.ready.port;
		const socket = (role: 'remote' | 'follow') => `ws://127.0.0.1:${port}${socketPath(role, deck)}`;
		const cookie = (role: 'remote' | 'follow') => `${cookieName(role, port)}=${tokens[role]}`;
		const idle = { talkbook: talkbook.ready.memory, bare: bare.ready.memory };
		log(`connecting ${followers} followers and a remote to each server`);
		const tFollowers = await connectMany(followers, socket('follow'), cookie('follow'));
		const tRemote = await connect(socket('remote'), cookie('remote'));
		const bareUrl = `ws://127.0.0.1:${bare.ready.port}/`;
		const bFollowers = await connectMany(followers, bareUrl);
		const bRemote = await connect(bareUrl);
		await sleep(500);
		const times = { talkbook: [] as number[], bare: [] as number[] };
		let seq = 0;
		// The first rounds warm both up (JIT, socket buffers) and are not counted.
		const warmup = 5;
		for (let i = 0; i < rounds + warmup; i++) {
			const to = i % 2 === 0 ? 'next' : 'prev';
			const want = `"seq":${seq + 1},`;
			const t = await round(tRemote, tFollowers, JSON.stringify({ type: 'go', to }), (text) => text.includes(want));
			seq += 1;
			await sleep(30);
			// The same message, as large as the talk's state, through the bare server.
			const payload = JSON.stringify({ type: 'state', deck, h: i, f: -1, seq: i, elapsed: 1000 });
			const b = await round(bRemote, bFollowers, payload, (text) => text === payload);
			await sleep(30);
			if (i >= warmup) {
				times.talkbook.push(t);
				times.bare.push(b);
			}
		}
		const loaded = { talkbook: await memoryOf(talkbook.child), bare: await memoryOf(bare.child) };
		for (const client of [...tFollowers, tRemote, ...bFollowers, bRemote]) client.ws.terminate();
		const ratios = times.talkbook.map((t, i) => t / Math.max(0.001, times.bare[i] ?? t));
		return {
			talkbook: spreadOf(times.talkbook),
			bare: spreadOf(times.bare),
			ratio: spreadOf(ratios).median,
			memory: { talkbook: { idle: idle.talkbook, loaded: loaded.talkbook }, bare: { idle: idle.bare, loaded: loaded.bare } },
		};
	} finally {
		talkbook.child.kill();
		bare.child.kill();
	}
}

/** Records, in a deck page, when its reveal.js shows a new slide or fragment (on the machine's clock). */
const RECORD_MOVES = `
	window.__moves = [];
	const hook = () => {
		if (!window.Reveal || document.documentElement.dataset.deckReady !== 'true') return setTimeout(hook, 20);
		for (const type of ['slidechanged', 'fragmentshown', 'fragmenthidden']) window.Reveal.on(type, () => {
			const { h, f } = window.Reveal.getIndices();
			window.__moves.push({ h, f: typeof f === 'number' ? f : -1, at: performance.timeOrigin + performance.now() });
		});
	};
	hook();
	document.addEventListener('keydown', () => { window.__pressed = performance.timeOrigin + performance.now(); }, true);
	document.addEventListener('pointerup', () => { window.__pressed = performance.timeOrigin + performance.now(); }, true);
`;

interface BrowserFollow {
	presenterKey: Spread;
	remoteTap: Spread;
}

async function pages(deck: string, rounds: number): Promise<BrowserFollow> {
	const talkbook = await startChild('talkbook', deck, 10);
	const browser = await launchChromium();
	try {
		const tokens = talkbook.ready.tokens as Tokens;
		const origin = `http://127.0.0.1:${talkbook.ready.port}`;
		const open = async (role: 'presenter' | 'follow' | 'remote', options: object): Promise<Page> => {
			const { page } = await guardedPage(await browser.newContext(options));
			await page.addInitScript(RECORD_MOVES);
			await page.goto(`${origin}${entryPath(tokens[role], deck)}`);
			if (role === 'remote') await page.waitForSelector('.remote[data-state="open"][data-seq]');
			else await page.waitForFunction(() => document.documentElement.dataset['presentStatus'] === 'open');
			return page;
		};
		const presenter = await open('presenter', { viewport: { width: 1280, height: 720 } });
		const followers = [await open('follow', { viewport: { width: 1280, height: 720 } }), await open('follow', { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true })];
		const remote = await open('remote', { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
		const shown = (page: Page) => page.evaluate(() => window.Reveal!.getIndices());
		/** Presses, then waits until both followers show what the presenter shows; the ms from the press to the later one. */
		const measure = async (press: () => Promise<void>, pressedIn: Page): Promise<number> => {
			await Promise.all(followers.map((page) => page.evaluate(() => ((window as unknown as { __moves: unknown[] }).__moves = []))));
			const before = await shown(presenter);
			await press();
			const pressed = await pressedIn.evaluate(() => (window as unknown as { __pressed: number }).__pressed);
			// Where the presenter went (after a tap on the remote, once the server's state reached it).
			await presenter.waitForFunction(([h, f]) => {
				const now = window.Reveal!.getIndices();
				return now.h !== h || (now.f ?? -1) !== f;
			}, [before.h, before.f ?? -1], { timeout: 10_000, polling: 5 });
			const target = await shown(presenter);
			const arrivals: number[] = [];
			for (const page of followers) {
				const at = await page.waitForFunction(
					([h, f]) => {
						const moves = (window as unknown as { __moves: { h: number; f: number; at: number }[] }).__moves;
						return moves.find((m) => m.h === h && m.f === f)?.at ?? false;
					},
					[target.h, typeof target.f === 'number' ? target.f : -1],
					{ timeout: 10_000, polling: 10 },
				);
				arrivals.push(Number(await at.jsonValue()));
			}
			return Math.max(...arrivals) - pressed;
		};
		const key: number[] = [];
		const tap: number[] = [];
		for (let i = 0; i < rounds + 2; i++) {
			const k = await measure(() => presenter.keyboard.press(i % 2 === 0 ? 'ArrowRight' : 'ArrowLeft'), presenter);
			await sleep(100);
			const t = await measure(() => remote.tap(i % 2 === 0 ? '.remote-go' : '.remote-prev'), remote);
			await sleep(100);
			if (i >= 2) {
				key.push(k);
				tap.push(t);
			}
		}
		return { presenterKey: spreadOf(key), remoteTap: spreadOf(tap) };
	} finally {
		await browser.close();
		talkbook.child.kill();
	}
}

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
const ms = (s: Spread) => `median ${s.median.toFixed(1)} ms, p95 ${s.p95.toFixed(1)} ms, max ${s.max.toFixed(1)} ms (${s.n} rounds)`;

async function main(): Promise<void> {
	const { values } = parseArgs({ args: process.argv.slice(2), options: { followers: { type: 'string' }, rounds: { type: 'string' }, deck: { type: 'string' }, 'page-rounds': { type: 'string' } } });
	const followers = Number(values.followers ?? 300);
	const rounds = Number(values.rounds ?? 100);
	const pageRounds = Number(values['page-rounds'] ?? 30);
	const deck = values.deck ?? 'rust-on-the-backend';
	if (!existsSync(path.join(ROOT, 'dist', 'decks', deck, 'index.html'))) throw new Error(`dist/ has no deck "${deck}": run \`npm run build\` first`);
	log(`fan-out: ${followers} followers, ${rounds} rounds alternating with a bare ws broadcast server`);
	const fan = await fanOut(deck, followers, rounds);
	log(`pages: presenter, two followers and the remote in Chromium, ${pageRounds} rounds each`);
	const browser = await pages(deck, pageRounds);
	const perFollower = (fan.memory.talkbook.loaded.rss - fan.memory.talkbook.idle.rss) / followers;
	const lines = [
		'',
		`Remote "next" to the last of ${followers} followers (loopback, ws clients):`,
		`  talkbook server  ${ms(fan.talkbook)}`,
		`  bare ws server   ${ms(fan.bare)}`,
		`  ratio            ${fan.ratio.toFixed(2)}× the bare broadcast (median of alternating rounds)`,
		`Server memory (RSS; heap after GC): idle ${mib(fan.memory.talkbook.idle.rss)} (${mib(fan.memory.talkbook.idle.heapUsed)}), with ${followers} followers ${mib(fan.memory.talkbook.loaded.rss)} (${mib(fan.memory.talkbook.loaded.heapUsed)}): ${(perFollower / 1024).toFixed(1)} KiB per follower; bare ws server ${mib(fan.memory.bare.idle.rss)} → ${mib(fan.memory.bare.loaded.rss)}`,
		`Followers' pages in Chromium (reveal.js has shown the step), both of two followers:`,
		`  after the presenter's key  ${ms(browser.presenterKey)}`,
		`  after the remote's tap     ${ms(browser.remoteTap)}`,
		`Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, load ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}, Node ${process.version}`,
	];
	console.log(lines.join('\n'));
	const results = { date: new Date().toISOString(), command: `npm run bench:present -- --followers ${followers} --rounds ${rounds} --page-rounds ${pageRounds}`, deck, followers, fanOut: fan, pages: browser, machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model ?? '', load: os.loadavg(), node: process.version } };
	writeFileSync(RESULTS, `${JSON.stringify(results, null, '\t')}\n`);
	log(`wrote ${path.relative(ROOT, RESULTS)}`);
}

main().catch((error: unknown) => {
	console.error('[bench:present] failed:', error instanceof Error ? error.message : error);
	process.exitCode = 1;
});
