/**
 * The presenting server: the built `dist/` over HTTP under its base path, the server's own routes under
 * `/_present/`, and the WebSocket of the talk (the `ws` library; no protocol code of our own). Nothing is
 * served to a request without a valid token cookie; a token link sets that cookie and redirects to the
 * page without the token. See README, "Present from the phone", for the security model.
 */
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import path from 'node:path';
import { WebSocketServer } from 'ws';
import { contentTypeOf } from '../../src/lib/site/content-types.ts';
import { cookieToken, tokenCookie } from '../../src/lib/present/cookies.ts';
import { injectPresentClient, type PresentConfig, type ShownLink } from '../../src/lib/present/inject.ts';
import { DEFAULT_CAPS, type ConnectionCaps } from '../../src/lib/present/limits.ts';
import type { DeckOutline } from '../../src/lib/present/messages.ts';
import { deckOutline } from '../../src/lib/present/outline.ts';
import { resolveRequestPath } from '../../src/lib/present/paths.ts';
import { DEFAULT_RATE, type RateOptions } from '../../src/lib/present/rate-limit.ts';
import { Talk } from '../../src/lib/present/talk.ts';
import { holdsRole, isRole, roleOfToken, ROLES, type Role, type Tokens } from '../../src/lib/present/tokens.ts';
import { chooserPath, entryPath, hostForUrl, PRESENT_PREFIX, rolePagePath, socketPath } from '../../src/lib/present/urls.ts';
import { qrSvg } from '../../src/lib/render/qr.ts';
import { Hub } from './hub.ts';
import { chooserPage, PAGE_CSP, refusedPage, remotePage } from './pages.ts';
import type { PresentClients } from './clients.ts';

/** Largest WebSocket frame `ws` accepts at all; bigger ones close the connection (1009). Up to it, a message over MAX_MESSAGE_BYTES is dropped and counted. */
const HARD_FRAME_LIMIT = 64 * 1024;

/** What to serve and how. */
export interface PresentOptions {
	/** The built site. */
	dist: string;
	/** Its base path (`/` or `/talks/`), as the build recorded it. */
	base: string;
	/** Decks to present (slugs of `dist/decks/<slug>/`). */
	decks: readonly string[];
	tokens: Tokens;
	/** Address to listen on: `0.0.0.0` (every interface) or one address such as `127.0.0.1`. */
	host: string;
	/** Port; 0 for any free one. */
	port: number;
	/** The address printed in links (the LAN address when listening on every interface). */
	publicHost: string;
	clients: PresentClients;
	caps?: ConnectionCaps;
	rate?: RateOptions;
	/** Where each deck's talk starts (a resumed session), and how long it has run. */
	restore?: Readonly<Record<string, { h: number; f: number; elapsed: number | null }>>;
	onMove?: (deck: string, talk: Talk) => void;
}

/** HTTP requests refused, by reason (no token, wrong path, …). */
export type RefusalCounts = Record<string, number>;

/** A running presenting server. */
export interface PresentServer {
	server: Server;
	hub: Hub;
	port: number;
	/** `http://<publicHost>:<port>`. */
	origin: string;
	decks: readonly DeckOutline[];
	/** The links to hand out, by role: to the one deck, or to the chooser when there are several. */
	links: Record<Role, string>;
	/** HTTP and upgrade requests refused, by reason. */
	refused: RefusalCounts;
	close(): Promise<void>;
}

/** Writes a small response with the headers every response of this server has. */
function reply(res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}): void {
	res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'content-security-policy': PAGE_CSP, ...SAFE_HEADERS, ...headers });
	res.end(body);
}

/** Sent with every response: no sniffing types, no referrer (a token never leaks through a link), not framed by others. */
const SAFE_HEADERS = { 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer', 'x-frame-options': 'SAMEORIGIN' } as const;

/** Starts a presenting server; resolves once it listens. */
export async function startPresentServer(options: PresentOptions): Promise<PresentServer> {
	const dist = path.resolve(options.dist);
	if (options.base === '/' && existsSync(path.join(dist, PRESENT_PREFIX.slice(1, -1)))) {
		throw new Error(`dist/ has a folder ${PRESENT_PREFIX}, which the presenting server's own routes use`);
	}
	const outlines = options.decks.map((slug) => deckOutline(slug, readFileSync(path.join(dist, 'decks', slug, 'index.html'), 'utf8')));
	const bySlug = new Map(outlines.map((outline) => [outline.slug, outline]));
	const talks = new Map(outlines.map((outline) => [outline.slug, new Talk(outline)]));
	for (const [slug, saved] of Object.entries(options.restore ?? {})) talks.get(slug)?.restore(saved, saved.elapsed);
	const hub = new Hub(talks, { caps: options.caps ?? DEFAULT_CAPS, rate: options.rate ?? DEFAULT_RATE, ...(options.onMove ? { onMove: options.onMove } : {}) });
	const refused: RefusalCounts = {};
	const refuse = (reason: string): void => {
		refused[reason] = (refused[reason] ?? 0) + 1;
	};
	const single = outlines.length === 1 ? outlines[0]?.slug ?? null : null;
	let port = options.port;
	const origin = (): string => `http://${hostForUrl(options.publicHost)}:${port}`;
	const link = (role: Role): string => `${origin()}${entryPath(options.tokens[role], single)}`;
	// A link and its QR code are the same for every page once the server listens (the port is known).
	const shownLinks = new Map<Role, ShownLink>();
	const shown = (role: Role, label: string): ShownLink => {
		let known = shownLinks.get(role);
		if (!known) shownLinks.set(role, (known = { url: link(role), qr: qrSvg(link(role), 240, label) }));
		return known;
	};

	/** The role this request's cookies prove, if `role` is given only that one. */
	const holder = (req: IncomingMessage, role?: Role): Role | null => {
		for (const r of role ? [role] : ROLES) if (holdsRole(options.tokens, r, cookieToken(req.headers.cookie, r, port))) return r;
		return null;
	};

	/** Each deck page as a role gets it, made on its first request: the deck and its outline were read at start. */
	const deckPages = new Map<string, string>();
	const serveDeckPage = (res: ServerResponse, file: string, slug: string, role: 'presenter' | 'follow', head: boolean): void => {
		let html = deckPages.get(`${role} ${slug}`);
		if (html === undefined) {
			const config: PresentConfig = {
				role,
				deck: slug,
				socket: socketPath(role, slug),
				follow: shown('follow', 'QR code: follow the talk on your phone'),
				remote: role === 'presenter' ? shown('remote', 'QR code: the remote, for the speaker only') : null,
			};
			html = injectPresentClient(readFileSync(file, 'utf8'), config, `${PRESENT_PREFIX}client/deck.js`);
			deckPages.set(`${role} ${slug}`, html);
		}
		res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...SAFE_HEADERS });
		res.end(head ? undefined : html);
	};

	const serveOwn = (req: IncomingMessage, res: ServerResponse, rest: string, head: boolean): void => {
		const parts = rest.split('/');
		const [first = '', second] = parts;
		if (first === 'client' && second && parts.length === 2) {
			if (!holder(req)) return (refuse('no-token'), reply(res, 403, refusedPage()));
			const asset = options.clients.assets.get(second);
			if (!asset) return (refuse('not-found'), reply(res, 404, 'Not found'));
			res.writeHead(200, { 'content-type': contentTypeOf(second), 'cache-control': 'no-cache', ...SAFE_HEADERS });
			res.end(head ? undefined : asset);
			return;
		}
		if (first === 'remote' && second && parts.length === 2) {
			const outline = bySlug.get(second);
			if (!holder(req, 'remote')) return (refuse('no-remote-token'), reply(res, 403, refusedPage()));
			if (!outline) return (refuse('not-found'), reply(res, 404, 'Not found'));
			return reply(res, 200, head ? '' : remotePage(outline, { deck: outline.slug, socket: socketPath('remote', outline.slug) }));
		}
		if (first === 'choose' && isRole(second) && parts.length === 2) {
			if (!holder(req, second)) return (refuse('no-token'), reply(res, 403, refusedPage()));
			// The room goes straight to the talk that is on, once one is.
			if (second === 'follow' && hub.live) return reply(res, 303, '', { location: rolePagePath('follow', hub.live, options.base) });
			return reply(res, 200, head ? '' : chooserPage(second, outlines, options.base, hub.live));
		}
		if (first === 'ws') return (refuse('not-upgrade'), reply(res, 426, 'WebSocket only', { upgrade: 'websocket' }));
		// A token link: `/_present/<token>` or `/_present/<token>/<deck>`.
		const role = parts.length <= 2 ? roleOfToken(options.tokens, first) : null;
		if (!role) return (refuse('bad-token'), reply(res, 403, refusedPage()));
		if (second !== undefined && !bySlug.has(second)) return (refuse('not-found'), reply(res, 404, refusedPage()));
		const deck = second ?? single;
		const location = deck ? rolePagePath(role, deck, options.base) : chooserPath(role);
		reply(res, 303, '', { location, 'set-cookie': tokenCookie(role, port, options.tokens[role]) });
	};

	const serveSite = (req: IncomingMessage, res: ServerResponse, rawPath: string, query: URLSearchParams, head: boolean): void => {
		const role = holder(req);
		if (!role) return (refuse('no-token'), reply(res, 403, refusedPage()));
		const resolved = resolveRequestPath(dist, options.base, rawPath);
		if (!resolved.ok) return (refuse(resolved.reason), reply(res, resolved.status, resolved.status === 404 ? 'Not found' : 'Bad request', { 'content-type': 'text/plain; charset=utf-8' }));
		const asked = query.get('present');
		const deck = /^\/decks\/([a-z0-9-]+)\/index\.html$/.exec(resolved.route)?.[1];
		// The speaker view's previews load this page's URL with `receiver` added: plain decks, never a second presenter.
		if (asked !== null && deck && bySlug.has(deck) && !query.has('receiver')) {
			if ((asked !== 'presenter' && asked !== 'follow') || !holder(req, asked)) return (refuse('no-role-token'), reply(res, 403, refusedPage()));
			return serveDeckPage(res, resolved.file, deck, asked, head);
		}
		const type = contentTypeOf(resolved.file);
		res.writeHead(200, { 'content-type': type, 'cache-control': type.startsWith('text/html') ? 'no-store' : 'no-cache', ...SAFE_HEADERS });
		if (head) return void res.end();
		createReadStream(resolved.file)
			.on('error', () => res.destroy())
			.pipe(res);
	};

	const server = createServer((req, res) => {
		const head = req.method === 'HEAD';
		if (req.method !== 'GET' && !head) return (refuse('method'), reply(res, 405, 'Method not allowed', { allow: 'GET, HEAD' }));
		const target = req.url ?? '/';
		const q = target.indexOf('?');
		const rawPath = q < 0 ? target : target.slice(0, q);
		const query = new URLSearchParams(q < 0 ? '' : target.slice(q + 1));
		if (rawPath.startsWith(PRESENT_PREFIX)) return serveOwn(req, res, rawPath.slice(PRESENT_PREFIX.length), head);
		serveSite(req, res, rawPath, query, head);
	});
	// Slow or idle clients do not hold sockets forever.
	server.headersTimeout = 10_000;
	server.requestTimeout = 30_000;
	// Every socket, WebSocket or not: room for each connection's page loads (a browser opens up to six) and no more.
	const caps = options.caps ?? DEFAULT_CAPS;
	server.maxConnections = (caps.followers + caps.drivers) * 4 + 64;

	const wss = new WebSocketServer({ noServer: true, maxPayload: HARD_FRAME_LIMIT, perMessageDeflate: false, clientTracking: false });
	const deny = (socket: Socket, status: string, reason: string): void => {
		refuse(reason);
		socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
	};
	server.on('upgrade', (req: IncomingMessage, socket: Socket, head: Buffer) => {
		socket.on('error', () => socket.destroy());
		const target = req.url ?? '';
		const q = target.indexOf('?');
		if ((q < 0 ? target : target.slice(0, q)) !== `${PRESENT_PREFIX}ws`) return deny(socket, '404 Not Found', 'upgrade-path');
		const query = new URLSearchParams(target.slice(q + 1));
		const role = query.get('role');
		const deck = query.get('deck') ?? '';
		if (!isRole(role) || !bySlug.has(deck)) return deny(socket, '400 Bad Request', 'upgrade-query');
		// Cross-site WebSocket hijacking: a browser page of another origin is refused even if cookies went along.
		const from = req.headers.origin;
		if (from !== undefined && from !== `http://${req.headers.host ?? ''}`) return deny(socket, '403 Forbidden', 'upgrade-origin');
		if (!holder(req, role)) return deny(socket, '401 Unauthorized', 'upgrade-token');
		if (!hub.admit(role)) return deny(socket, '503 Service Unavailable', 'upgrade-cap');
		wss.handleUpgrade(req, socket, head, (ws) => hub.connect(ws, role, deck));
	});

	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(options.port, options.host, () => {
			server.off('error', reject);
			resolve();
		});
	});
	port = (server.address() as AddressInfo).port;
	return {
		server,
		hub,
		port,
		origin: origin(),
		decks: outlines,
		links: { presenter: link('presenter'), remote: link('remote'), follow: link('follow') },
		refused,
		close: () =>
			new Promise<void>((resolve) => {
				hub.close();
				wss.close();
				server.close(() => resolve());
				server.closeAllConnections();
			}),
	};
}
