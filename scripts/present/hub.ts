/**
 * The WebSocket side of a presenting session: every open connection by deck and role, the talk of each
 * deck, and what a message may do. A driver's `go`/`show` moves the deck's talk and the new state goes to
 * every client of that deck, serialised once; a follower's anything-but-ping is dropped. Every dropped
 * message is counted by reason, each connection is rate-limited, and a connection that keeps flooding,
 * stops answering pings or stops reading is closed.
 */
import type { WebSocket } from 'ws';
import { ConnectionLimits, type ConnectionCaps } from '../../src/lib/present/limits.ts';
import { DROP_REASONS, mayRoleSend, parseClientMessage, type DropReason, type HelloMessage, type ServerMessage } from '../../src/lib/present/messages.ts';
import { RateLimiter, type RateOptions } from '../../src/lib/present/rate-limit.ts';
import type { Talk } from '../../src/lib/present/talk.ts';
import type { Role } from '../../src/lib/present/tokens.ts';

/** Messages over the rate a connection may keep sending before it is closed (1008, policy violation). */
const RATE_STRIKES = 100;
/** A client that has this much unsent data (it stopped reading) is cut off rather than buffered for. */
const MAX_BUFFERED_BYTES = 256 * 1024;
/** Protocol pings; a connection that missed the last one is closed. */
export const PING_INTERVAL_MS = 15_000;

/** What the hub counted since it started. */
export interface HubStats {
	/** Dropped messages by reason. */
	dropped: Record<DropReason, number>;
	/** Connections closed by the hub: flooding, not reading, not answering, frames over the hard size limit. */
	closed: { flooding: number; slow: number; silent: number; oversized: number };
	/** Connections accepted, by role, and the most open at once. */
	accepted: Record<Role, number>;
	peak: number;
}

/** One open connection. */
interface Client {
	ws: WebSocket;
	role: Role;
	deck: string;
	/** The deck's talk, found when the connection was accepted. */
	talk: Talk;
	limiter: RateLimiter;
	strikes: number;
	alive: boolean;
}

/** Options of a hub. */
export interface HubOptions {
	caps: ConnectionCaps;
	rate: RateOptions;
	/** Called after a deck's talk moved (to save the session). */
	onMove?: (deck: string, talk: Talk) => void;
}

/** The session's connections and talks. */
export class Hub {
	readonly stats: HubStats = {
		dropped: Object.fromEntries(DROP_REASONS.map((r) => [r, 0])) as Record<DropReason, number>,
		closed: { flooding: 0, slow: 0, silent: 0, oversized: 0 },
		accepted: { presenter: 0, remote: 0, follow: 0 },
		peak: 0,
	};
	private readonly limits: ConnectionLimits;
	private readonly clients = new Set<Client>();
	private readonly pinger: ReturnType<typeof setInterval>;
	private audienceTimer: ReturnType<typeof setTimeout> | undefined;
	/** The deck that moved last, for followers who open the chooser. */
	live: string | null = null;

	readonly talks: ReadonlyMap<string, Talk>;
	private readonly options: HubOptions;

	constructor(talks: ReadonlyMap<string, Talk>, options: HubOptions) {
		this.talks = talks;
		this.options = options;
		this.limits = new ConnectionLimits(options.caps);
		this.pinger = setInterval(() => this.pingAll(), PING_INTERVAL_MS);
		this.pinger.unref();
	}

	/** Takes a connection place for `role` (before the upgrade is accepted); `false` at the cap. */
	admit(role: Role): boolean {
		return this.limits.admit(role);
	}

	/** Open connections by kind. */
	counts(): { followers: number; drivers: number } {
		return this.limits.counts();
	}

	/** Starts serving an accepted connection (its place was taken with `admit`). */
	connect(ws: WebSocket, role: Role, deck: string): void {
		const talk = this.talks.get(deck);
		if (!talk) {
			this.limits.release(role);
			ws.close(1008, 'unknown deck');
			return;
		}
		const client: Client = { ws, role, deck, talk, limiter: new RateLimiter(this.options.rate), strikes: 0, alive: true };
		this.clients.add(client);
		this.stats.accepted[role] += 1;
		this.stats.peak = Math.max(this.stats.peak, this.clients.size);
		ws.on('pong', () => {
			client.alive = true;
		});
		ws.on('message', (data, isBinary) => this.receive(client, data, isBinary));
		ws.on('error', (error: Error & { code?: string }) => {
			// ws closes a connection whose frame exceeds maxPayload (1009) and reports it here.
			if (error.code === 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH') {
				this.stats.dropped.oversized += 1;
				this.stats.closed.oversized += 1;
			}
		});
		ws.on('close', () => {
			if (!this.clients.delete(client)) return;
			this.limits.release(role);
			if (role !== 'presenter') this.audienceChanged();
		});
		const hello: HelloMessage = { type: 'hello', role, deck, outline: role === 'remote' ? talk.outline : null, state: talk.state(), audience: this.followers() };
		this.send(client, JSON.stringify(hello));
		if (role !== 'presenter') this.audienceChanged();
	}

	/** Followers connected, over every deck. */
	followers(): number {
		return this.limits.counts().followers;
	}

	private drop(reason: DropReason): void {
		this.stats.dropped[reason] += 1;
	}

	private receive(client: Client, data: Parameters<typeof parseClientMessage>[0], isBinary: boolean): void {
		// The rate is checked before parsing, so a flood costs the server as little as possible.
		if (!client.limiter.take()) {
			this.drop('rate');
			client.strikes += 1;
			if (client.strikes === RATE_STRIKES) {
				this.stats.closed.flooding += 1;
				client.ws.close(1008, 'too many messages');
			}
			return;
		}
		const parsed = parseClientMessage(data, isBinary);
		if (!parsed.ok) return this.drop(parsed.reason);
		const message = parsed.message;
		if (!mayRoleSend(client.role, message)) return this.drop('not-allowed');
		const { talk } = client;
		switch (message.type) {
			case 'ping':
				this.send(client, JSON.stringify({ type: 'pong' } satisfies ServerMessage));
				return;
			case 'go':
				if (talk.go(message.to)) this.moved(client.deck, talk);
				return;
			case 'show': {
				const outcome = talk.show({ h: message.h, f: message.f });
				if (outcome === 'refused') this.drop('out-of-range');
				else if (outcome === 'moved') this.moved(client.deck, talk);
				return;
			}
			default: {
				const unknown: never = message;
				throw new Error(`unhandled message ${JSON.stringify(unknown)}`);
			}
		}
	}

	/** Sends a deck's new state to all its clients, serialised once. */
	private moved(deck: string, talk: Talk): void {
		this.live = deck;
		const text = JSON.stringify(talk.state());
		for (const client of this.clients) if (client.deck === deck) this.send(client, text);
		this.options.onMove?.(deck, talk);
	}

	private send(client: Client, text: string): void {
		if (client.ws.readyState !== client.ws.OPEN) return;
		if (client.ws.bufferedAmount > MAX_BUFFERED_BYTES) {
			this.stats.closed.slow += 1;
			client.ws.terminate();
			return;
		}
		client.ws.send(text);
	}

	/** Tells the drivers how many follow (and how many remotes are on), once the room has settled for a moment (not once per phone). */
	private audienceChanged(): void {
		if (this.audienceTimer) return;
		this.audienceTimer = setTimeout(() => {
			this.audienceTimer = undefined;
			const remotes = [...this.clients].filter((client) => client.role === 'remote').length;
			const text = JSON.stringify({ type: 'audience', followers: this.followers(), remotes } satisfies ServerMessage);
			for (const client of this.clients) if (client.role !== 'follow') this.send(client, text);
		}, 200);
		this.audienceTimer.unref();
	}

	private pingAll(): void {
		for (const client of this.clients) {
			if (!client.alive) {
				this.stats.closed.silent += 1;
				client.ws.terminate();
				continue;
			}
			client.alive = false;
			client.ws.ping();
		}
	}

	/** Closes every connection (1001, going away) and stops the pings. */
	close(): void {
		clearInterval(this.pinger);
		if (this.audienceTimer) clearTimeout(this.audienceTimer);
		for (const client of this.clients) client.ws.close(1001, 'the presenting server stopped');
	}
}
