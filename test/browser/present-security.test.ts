/**
 * Every refusal of the presenting server, against the built site on 127.0.0.1: no token or a wrong one
 * gets nothing (pages, files, the remote, the WebSocket upgrade); a follower's navigation is ignored;
 * malformed, oversized, binary and unknown messages are dropped and counted; connections and messages
 * per second are capped; no request reaches a file outside `dist/` (traversal, encoded dots, double
 * encoding, NUL, absolute paths, symbolic links). Requests go out raw (a socket, or `ws`), so nothing
 * normalises them on the way.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guardedPage, launchChromium } from '../../scripts/browser.ts';
import type { PresentServer } from '../../scripts/present/server.ts';
import { MAX_MESSAGE_BYTES, type ServerMessage } from '../../src/lib/present/messages.ts';
import { newTokens, type Role, type Tokens } from '../../src/lib/present/tokens.ts';
import { cookieHeader, startTestPresent } from '../support/present.ts';

const DECK = 'rust-on-the-backend';
type Server = PresentServer & { tokens: Tokens };
let server: Server;

beforeAll(async () => {
	server = await startTestPresent({ decks: [DECK] });
}, 60_000);

afterAll(async () => {
	await server?.close();
});

/** A request as bytes on a socket: status and body of the answer. */
function raw(target: string, headers: Record<string, string> = {}, at: Server = server): Promise<{ status: number; body: string }> {
	return new Promise((resolve, reject) => {
		const socket = connect(at.port, '127.0.0.1');
		const chunks: Buffer[] = [];
		socket.on('data', (chunk: Buffer) => chunks.push(chunk));
		socket.on('error', reject);
		socket.on('close', () => {
			const text = Buffer.concat(chunks).toString('latin1');
			resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0), body: text.slice(text.indexOf('\r\n\r\n') + 4) });
		});
		const lines = [`GET ${target} HTTP/1.1`, `Host: 127.0.0.1:${at.port}`, 'Connection: close', ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`)];
		// Written, not ended: the server closes the connection once it has answered (`Connection: close`).
		socket.write(`${lines.join('\r\n')}\r\n\r\n`, 'latin1');
	});
}

/** Opens the talk's WebSocket as `role` with these headers; the HTTP status when the upgrade is refused. */
function socket(role: string, headers: Record<string, string>, deck = DECK, at: Server = server, pathname = '/_present/ws'): Promise<{ ws: WebSocket; messages: ServerMessage[] } | { status: number }> {
	return new Promise((resolve, reject) => {
		const ws = new WebSocket(`ws://127.0.0.1:${at.port}${pathname}?role=${role}&deck=${deck}`, { headers });
		const messages: ServerMessage[] = [];
		ws.on('message', (data) => messages.push(JSON.parse(String(data)) as ServerMessage));
		ws.on('unexpected-response', (_req, res) => resolve({ status: res.statusCode ?? 0 }));
		ws.on('open', () => resolve({ ws, messages }));
		ws.on('error', (error) => {
			if (!/Unexpected server response/.test(error.message)) reject(error);
		});
	});
}

/** A connected socket of `role` (with its cookie). */
async function joined(role: Role, at: Server = server): Promise<{ ws: WebSocket; messages: ServerMessage[] }> {
	const result = await socket(role, { cookie: cookieHeader(at, role) }, DECK, at);
	if ('status' in result) throw new Error(`${role} refused: ${result.status}`);
	await expect.poll(() => result.messages.some((m) => m.type === 'hello')).toBe(true);
	return result;
}

/** Sends and waits for the server's answer to a ping, so everything sent before it has been handled. */
async function settle(client: { ws: WebSocket; messages: ServerMessage[] }): Promise<void> {
	const pongs = client.messages.filter((m) => m.type === 'pong').length;
	client.ws.send('{"type":"ping"}');
	await expect.poll(() => client.messages.filter((m) => m.type === 'pong').length).toBeGreaterThan(pongs);
}

const seq = (at: Server = server): number => at.hub.talks.get(DECK)!.state().seq;

describe('without the token', () => {
	const stranger = newTokens();
	const wrong = (role: Role) => `talkbook-${role}-${server.port}=${stranger[role]}`;

	it('nothing is served: pages, files, clients, the remote page', async () => {
		for (const target of ['/', `/decks/${DECK}/`, `/decks/${DECK}/?present=presenter`, '/favicon.svg', '/_present/client/deck.js', '/_present/client/remote.js', `/_present/remote/${DECK}`, '/_present/choose/follow']) {
			for (const cookie of [undefined, wrong('follow'), wrong('remote'), wrong('presenter'), `talkbook-follow-${server.port + 1}=${server.tokens.follow}`]) {
				const { status, body } = await raw(target, cookie ? { cookie } : {});
				expect(status, `${target} with ${cookie ?? 'no cookie'}`).toBe(403);
				expect(body).toContain('This talk is private');
			}
		}
	});

	it('a wrong or truncated link gets no cookie and no role', async () => {
		for (const token of [stranger.remote, server.tokens.remote.slice(0, 23), `${server.tokens.remote}x`, '', 'client', 'remote']) {
			const { status } = await raw(`/_present/${token}/${DECK}`);
			expect(status, token).toBe(403);
		}
		const link = await fetch(server.links.remote, { redirect: 'manual' });
		expect(link.status).toBe(303);
		expect(link.headers.get('set-cookie')).toMatch(/HttpOnly; SameSite=Strict$/);
	});

	it("the remote page and the presenter's page need their own role's token, not the follow token", async () => {
		expect((await raw(`/_present/remote/${DECK}`, { cookie: cookieHeader(server, 'follow') })).status).toBe(403);
		expect((await raw(`/_present/remote/${DECK}`, { cookie: cookieHeader(server, 'presenter') })).status).toBe(403);
		expect((await raw(`/decks/${DECK}/?present=presenter`, { cookie: cookieHeader(server, 'follow') })).status).toBe(403);
		expect((await raw(`/_present/remote/${DECK}`, { cookie: cookieHeader(server, 'remote') })).status).toBe(200);
		const follower = await raw(`/decks/${DECK}/?present=follow`, { cookie: cookieHeader(server, 'follow') });
		expect(follower.status).toBe(200);
		// A follower's page holds the follow link, never the remote's.
		expect(follower.body).toContain(server.tokens.follow);
		expect(follower.body).not.toContain(server.tokens.remote);
	});

	it('a browser without the token sees the refusal, and no control, on the remote page', async () => {
		const browser = await launchChromium();
		try {
			const { page } = await guardedPage(await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true }));
			const response = await page.goto(`${server.origin}/_present/remote/${DECK}`);
			expect(response?.status()).toBe(403);
			await expect(page.locator('h1').textContent()).resolves.toBe('This talk is private');
			expect(await page.locator('button').count()).toBe(0);
			// With the follow link first: still no remote.
			await page.goto(server.links.follow);
			expect((await page.goto(`${server.origin}/_present/remote/${DECK}`))?.status()).toBe(403);
		} finally {
			await browser.close();
		}
	});

	it('the WebSocket upgrade is refused: no token, a wrong one, another role\'s, a foreign origin, an unknown deck or path', async () => {
		const before = seq();
		expect(await socket('remote', {})).toEqual({ status: 401 });
		expect(await socket('remote', { cookie: wrong('remote') })).toEqual({ status: 401 });
		expect(await socket('remote', { cookie: cookieHeader(server, 'follow') })).toEqual({ status: 401 });
		expect(await socket('presenter', { cookie: cookieHeader(server, 'remote') })).toEqual({ status: 401 });
		expect(await socket('follow', { cookie: wrong('follow') })).toEqual({ status: 401 });
		expect(await socket('remote', { cookie: cookieHeader(server, 'remote'), origin: 'http://evil.example' })).toEqual({ status: 403 });
		expect(await socket('remote', { cookie: cookieHeader(server, 'remote') }, 'no-such-deck')).toEqual({ status: 400 });
		expect(await socket('admin', { cookie: cookieHeader(server, 'remote') })).toEqual({ status: 400 });
		expect(await socket('remote', { cookie: cookieHeader(server, 'remote') }, DECK, server, '/_present/wss')).toEqual({ status: 404 });
		expect(seq()).toBe(before);
		expect(server.refused['upgrade-token']).toBeGreaterThanOrEqual(5);
	});
});

describe('messages', () => {
	it("a follower's navigation is ignored (and counted); it still receives the talk", async () => {
		const follower = await joined('follow');
		const remote = await joined('remote');
		const before = seq();
		const dropped = server.hub.stats.dropped['not-allowed'];
		for (const message of ['{"type":"go","to":"next"}', '{"type":"go","to":"last"}', '{"type":"show","h":3,"f":-1}']) follower.ws.send(message);
		await settle(follower);
		expect(seq()).toBe(before);
		expect(server.hub.stats.dropped['not-allowed']).toBe(dropped + 3);
		remote.ws.send('{"type":"go","to":"next"}');
		await expect.poll(() => follower.messages.filter((m) => m.type === 'state').at(-1)).toMatchObject({ seq: before + 1 });
		follower.ws.close();
		remote.ws.close();
	});

	it('malformed, oversized, binary and unknown messages are dropped and counted, and the connection goes on', async () => {
		const remote = await joined('remote');
		const before = seq();
		const { dropped } = server.hub.stats;
		const counts = { ...dropped };
		remote.ws.send('{"type":"go","to":"next"');
		remote.ws.send('not json');
		remote.ws.send('{"type":"go","to":"next","then":"last"}');
		remote.ws.send('{"type":"show","h":-1,"f":0}');
		remote.ws.send(`{"type":"go","to":"next","pad":"${'x'.repeat(MAX_MESSAGE_BYTES)}"}`);
		remote.ws.send(Buffer.from('{"type":"go","to":"next"}'), { binary: true });
		remote.ws.send('{"type":"setState","state":{"indexh":9}}');
		remote.ws.send('{"type":"show","h":9999,"f":0}');
		await settle(remote);
		expect(seq()).toBe(before);
		expect(dropped.malformed - counts.malformed).toBe(4);
		expect(dropped.oversized - counts.oversized).toBe(1);
		expect(dropped.binary - counts.binary).toBe(1);
		expect(dropped['unknown-type'] - counts['unknown-type']).toBe(1);
		expect(dropped['out-of-range'] - counts['out-of-range']).toBe(1);
		expect(remote.ws.readyState).toBe(WebSocket.OPEN);
		// A frame over the hard limit is not even read: the connection is closed (1009), and counted.
		const closed = new Promise<number>((resolve) => remote.ws.on('close', (code) => resolve(code)));
		remote.ws.send('x'.repeat(64 * 1024 + 1));
		expect(await closed).toBe(1009);
		await expect.poll(() => server.hub.stats.closed.oversized).toBeGreaterThan(0);
	});
});

describe('limits', () => {
	it('caps messages per second per connection, and closes a connection that keeps flooding', async () => {
		const remote = await joined('remote');
		const before = seq();
		const rate = server.hub.stats.dropped.rate;
		for (let i = 0; i < 60; i++) remote.ws.send('{"type":"go","to":"next"}');
		await expect.poll(() => server.hub.stats.dropped.rate - rate).toBeGreaterThanOrEqual(40);
		// The burst (10) and what the rate refilled meanwhile went through; the rest did not.
		expect(seq() - before).toBeLessThanOrEqual(20);
		expect(seq() - before).toBeGreaterThanOrEqual(10);
		const closed = new Promise<number>((resolve) => remote.ws.on('close', (code) => resolve(code)));
		for (let i = 0; i < 300; i++) remote.ws.send('{"type":"ping"}');
		expect(await closed).toBe(1008);
		expect(server.hub.stats.closed.flooding).toBeGreaterThan(0);
	});

	it('caps connections, followers and the speaker apart: a full room never locks the speaker out', async () => {
		const small = await startTestPresent({ decks: [DECK], caps: { followers: 3, drivers: 2 } });
		try {
			const followers = [await joined('follow', small), await joined('follow', small), await joined('follow', small)];
			expect(await socket('follow', { cookie: cookieHeader(small, 'follow') }, DECK, small)).toEqual({ status: 503 });
			const remote = await joined('remote', small);
			const presenter = await joined('presenter', small);
			expect(await socket('remote', { cookie: cookieHeader(small, 'remote') }, DECK, small)).toEqual({ status: 503 });
			followers[0]!.ws.close();
			await expect.poll(() => small.hub.counts().followers).toBe(2);
			const again = await joined('follow', small);
			expect(small.hub.counts()).toEqual({ followers: 3, drivers: 2 });
			for (const client of [...followers, remote, presenter, again]) client.ws.close();
		} finally {
			await small.close();
		}
	});
});

describe('files outside dist/', () => {
	const attempts = [
		'/../package.json',
		'/../../../../etc/passwd',
		'/decks/../../package.json',
		'/%2e%2e/package.json',
		'/%2E%2E/%2E%2E/etc/passwd',
		'/.%2e/package.json',
		'/..%2fpackage.json',
		'/..%2F..%2Fetc%2Fpasswd',
		'/decks/..%5c..%5cpackage.json',
		'/%252e%252e/package.json',
		'/%252e%252e%252fpackage.json',
		'/..%252fpackage.json',
		'/index.html%00.png',
		'/%00/../package.json',
		'//etc/passwd',
		'/%2fetc%2fpasswd',
		'http://127.0.0.1/../package.json',
		'/%c0%ae%c0%ae/package.json',
		'/node_modules/.bin/node',
		'/.git/HEAD',
	];

	it('are never served, however the path is written', async () => {
		const cookie = cookieHeader(server, 'follow');
		expect((await raw('/favicon.svg', { cookie })).status).toBe(200);
		for (const target of attempts) {
			const { status, body } = await raw(target, { cookie });
			expect([400, 403, 404], `${target} answered ${status}`).toContain(status);
			expect(body, target).not.toMatch(/"name": "talkbook"|root:x:0:0|ref: refs\//);
		}
		// A NUL byte in the request line itself: Node's parser refuses it before any route.
		const nul = await raw('/index.html\u0000', { cookie });
		expect(nul.status).toBe(400);
		expect(server.refused['dot-segment']).toBeGreaterThan(0);
		expect(server.refused['double-encoding']).toBeGreaterThan(0);
		expect(server.refused['encoded-separator']).toBeGreaterThan(0);
	});

	it('are not reached through a symbolic link in dist/', async () => {
		const tmp = mkdtempSync(path.join(tmpdir(), 'present-links-'));
		const dist = path.join(tmp, 'dist');
		mkdirSync(path.join(dist, 'decks', DECK), { recursive: true });
		copyFileSync(path.join('dist', 'decks', DECK, 'index.html'), path.join(dist, 'decks', DECK, 'index.html'));
		copyFileSync('package.json', path.join(tmp, 'secret.json'));
		symlinkSync(path.join(tmp, 'secret.json'), path.join(dist, 'leak.json'));
		symlinkSync(tmp, path.join(dist, 'up'));
		symlinkSync(path.join(dist, 'decks', DECK, 'index.html'), path.join(dist, 'inside.html'));
		const linked = await startTestPresent({ decks: [DECK], dist });
		try {
			const cookie = cookieHeader(linked, 'follow');
			expect((await raw('/inside.html', { cookie }, linked)).status).toBe(200);
			for (const target of ['/leak.json', '/up/secret.json', '/up/']) {
				const { status, body } = await raw(target, { cookie }, linked);
				expect(status, target).toBe(403);
				expect(body).not.toContain('"name": "talkbook"');
			}
		} finally {
			await linked.close();
			rmSync(tmp, { recursive: true, force: true });
		}
	});
});
