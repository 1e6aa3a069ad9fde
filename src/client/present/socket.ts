/**
 * The presenting WebSocket as a page sees it: connects, says when it is lost and reconnects on its own
 * (quickly, then every few seconds), notices a connection that silently died (no answer to its pings),
 * and tells a dropped connection from a refused one (the server restarted with new links).
 */
import type { ServerMessage } from '../../lib/present/messages.ts';

/** Where the connection is. */
export type SocketStatus = 'connecting' | 'open' | 'lost' | 'refused';

/** Client pings while open; the server answers each. */
const PING_MS = 4_000;
/** No message for this long and the connection counts as dead. */
const SILENCE_MS = 10_000;
/** Waits before reconnecting: at once, then longer, up to the last. */
const RETRY_MS = [250, 500, 1_000, 2_000, 3_000];

/** What a page does with the socket. */
export interface SocketHandlers {
	message(message: ServerMessage): void;
	status(status: SocketStatus): void;
}

/** A WebSocket to the presenting server that keeps itself connected. */
export class LiveSocket {
	private ws: WebSocket | null = null;
	private attempts = 0;
	private lastHeard = 0;
	private timers: ReturnType<typeof setInterval>[] = [];
	private retry: ReturnType<typeof setTimeout> | undefined;
	status: SocketStatus = 'connecting';

	private readonly path: string;
	private readonly handlers: SocketHandlers;

	constructor(path: string, handlers: SocketHandlers) {
		this.path = path;
		this.handlers = handlers;
	}

	/** Connects, and from then on reconnects whenever the connection is lost. */
	start(): void {
		this.connect();
		// A phone that slept comes back with a dead socket: reconnect at once rather than on the next retry.
		document.addEventListener('visibilitychange', () => {
			if (document.visibilityState === 'visible' && this.status !== 'open') this.reconnectNow();
		});
	}

	/** Sends a message if connected; returns whether it went out. */
	send(message: object): boolean {
		if (this.ws?.readyState !== WebSocket.OPEN) return false;
		this.ws.send(JSON.stringify(message));
		return true;
	}

	private setStatus(status: SocketStatus): void {
		if (this.status === status) return;
		this.status = status;
		this.handlers.status(status);
	}

	private connect(): void {
		const protocol = location.protocol === 'https:' ? 'wss:' : 'ws:';
		const ws = new WebSocket(`${protocol}//${location.host}${this.path}`);
		this.ws = ws;
		let opened = false;
		ws.addEventListener('open', () => {
			opened = true;
			this.attempts = 0;
			this.lastHeard = Date.now();
			this.setStatus('open');
			this.timers.push(setInterval(() => this.send({ type: 'ping' }), PING_MS));
			this.timers.push(
				setInterval(() => {
					// A dead network never delivers the close: give up on this socket now, not after TCP's timeout.
					if (Date.now() - this.lastHeard > SILENCE_MS) lose();
				}, 1_000),
			);
		});
		ws.addEventListener('message', (event) => {
			this.lastHeard = Date.now();
			if (typeof event.data !== 'string') return;
			try {
				this.handlers.message(JSON.parse(event.data) as ServerMessage);
			} catch (error) {
				console.warn('[present] unreadable message', error);
			}
		});
		const lose = (): void => {
			if (this.ws !== ws) return;
			for (const timer of this.timers) clearInterval(timer);
			this.timers = [];
			this.ws = null;
			ws.close();
			if (opened || this.status !== 'refused') this.setStatus('lost');
			void this.scheduleRetry(!opened);
		};
		ws.addEventListener('close', lose);
	}

	/** After a handshake that failed, asks the server whether our token still counts (403: it does not). */
	private async stillWelcome(): Promise<boolean> {
		try {
			const response = await fetch('/_present/client/present.css', { method: 'HEAD', cache: 'no-store' });
			return response.status !== 403;
		} catch {
			// The server is not there at all: keep trying.
			return true;
		}
	}

	private async scheduleRetry(handshakeFailed: boolean): Promise<void> {
		if (handshakeFailed && !(await this.stillWelcome())) {
			this.setStatus('refused');
		}
		const wait = RETRY_MS[Math.min(this.attempts, RETRY_MS.length - 1)] ?? 3_000;
		this.attempts += 1;
		clearTimeout(this.retry);
		this.retry = setTimeout(() => this.connect(), this.status === 'refused' ? 5_000 : wait);
	}

	private reconnectNow(): void {
		if (this.ws) return;
		clearTimeout(this.retry);
		this.connect();
	}
}
