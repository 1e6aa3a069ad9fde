/**
 * What clients and the server say to each other over the WebSocket, as JSON text frames. Every message
 * from a client is hostile until parsed here: at most MAX_MESSAGE_BYTES, text, JSON, and exactly one of
 * the shapes below (strict: an extra field is as malformed as a missing one). What fails is dropped and
 * counted by its reason; nothing a client sends can make the server throw.
 */
import { z } from 'astro/zod';
import { drives, type Role } from './tokens.ts';

/** Largest message a client may send, in bytes (the largest valid one is under 60). */
export const MAX_MESSAGE_BYTES = 256;

/** Where the remote (or the presenter) asks the talk to go. */
export const GO_TARGETS = ['next', 'prev', 'first', 'last'] as const;

const go = z.strictObject({ type: z.literal('go'), to: z.enum(GO_TARGETS) });
/** A slide index and fragment step as reveal.js counts them (`f` -1: no fragment shown). */
const show = z.strictObject({ type: z.literal('show'), h: z.number().int().min(0).max(9999), f: z.number().int().min(-1).max(999) });
const ping = z.strictObject({ type: z.literal('ping') });

/** Shapes a client may send. */
const clientMessage = z.discriminatedUnion('type', [go, show, ping]);

/** A message a client sent that passed validation. */
export type ClientMessage = z.infer<typeof clientMessage>;

/** Why a client's message was dropped. */
export type DropReason = 'oversized' | 'binary' | 'malformed' | 'unknown-type' | 'not-allowed' | 'out-of-range' | 'rate';

/** Every DropReason, for counters that list each one even at zero. */
export const DROP_REASONS: readonly DropReason[] = ['oversized', 'binary', 'malformed', 'unknown-type', 'not-allowed', 'out-of-range', 'rate'];

/** A parsed message, or why it was dropped. */
export type Parsed = { ok: true; message: ClientMessage } | { ok: false; reason: DropReason };

const KNOWN_TYPES = new Set(['go', 'show', 'ping']);

/** Refuses bytes that are not UTF-8 (a frame that is not text), rather than replacing them. */
const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Parses one frame a client sent (`data` as `ws` hands it over). */
export function parseClientMessage(data: string | Buffer | ArrayBuffer | Buffer[], isBinary: boolean): Parsed {
	if (isBinary) return { ok: false, reason: 'binary' };
	const bytes = Array.isArray(data) ? Buffer.concat(data) : Buffer.isBuffer(data) ? data : typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data);
	if (bytes.length > MAX_MESSAGE_BYTES) return { ok: false, reason: 'oversized' };
	let value: unknown;
	try {
		value = JSON.parse(UTF8.decode(bytes));
	} catch {
		return { ok: false, reason: 'malformed' };
	}
	const type = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as { type?: unknown }).type : undefined;
	if (typeof type === 'string' && !KNOWN_TYPES.has(type)) return { ok: false, reason: 'unknown-type' };
	const result = clientMessage.safeParse(value);
	return result.success ? { ok: true, message: result.data } : { ok: false, reason: 'malformed' };
}

/** Whether a role may send a message: followers only ping; moving the talk is the drivers'. */
export function mayRoleSend(role: Role, message: ClientMessage): boolean {
	if (message.type === 'ping') return true;
	return drives(role);
}

/** A notes paragraph as the remote shows it: plain text, and the fragment step it belongs to. */
export interface OutlineNote {
	text: string;
	step: number | null;
}

/** One slide of a deck as the server and the remote know it. */
export interface OutlineSlide {
	/** The `<section id>`. */
	id: string;
	title: string;
	/** Fragment steps reveal.js goes through on it. */
	fragments: number;
	/** Seconds of the talk it is given (`data-timing`); 0 when unknown. */
	timing: number;
	notes: OutlineNote[];
}

/** A deck as the server presents it, read from its built page. */
export interface DeckOutline {
	slug: string;
	title: string;
	/** The talk's length (`data-deck-minutes`); 0 when unknown. */
	minutes: number;
	slides: OutlineSlide[];
}

/** Where a talk is: slide `h` (0-based) with `f + 1` of its fragments shown. */
export interface Position {
	h: number;
	f: number;
}

/** The talk's state, sent to every client of the deck whenever it moves. */
export interface StateMessage extends Position {
	type: 'state';
	deck: string;
	/** Increases with every move of this deck's talk. */
	seq: number;
	/** Milliseconds since the talk started (the first move), or `null` before; clients count on from it. */
	elapsed: number | null;
}

/** Sent once on connecting: who the client is, the deck (the remote also gets its outline) and where the talk is. */
export interface HelloMessage {
	type: 'hello';
	role: Role;
	deck: string;
	/** The deck's outline, for the remote (notes, titles, timings); followers and the presenter have the page. */
	outline: DeckOutline | null;
	state: StateMessage;
	audience: number;
}

/** How many followers (and remotes) are connected, for the presenter and the remote. */
export interface AudienceMessage {
	type: 'audience';
	followers: number;
	/** Remotes connected: the presenter folds the remote's QR code away once one is. */
	remotes: number;
}

/** Anything the server sends. */
export type ServerMessage = HelloMessage | StateMessage | AudienceMessage | { type: 'pong' };
