/**
 * The session `--resume` takes up again: the links' tokens, the port, the decks and where each talk
 * was. Written next to the build caches, readable by its owner only (0600), on every move (at most
 * once a second) and at the end. A session older than a day is not resumed: a talk is over by then.
 */
import { chmodSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isTokenShaped, ROLES, type Tokens } from '../../src/lib/present/tokens.ts';

/** Where a deck's talk was, and for how long it had run. */
export interface SavedTalk {
	h: number;
	f: number;
	elapsed: number | null;
}

/** A saved session. */
export interface Session {
	tokens: Tokens;
	host: string;
	port: number;
	decks: string[];
	talks: Record<string, SavedTalk>;
	savedAt: number;
}

/** Oldest session `--resume` takes. */
const MAX_AGE_MS = 24 * 60 * 60 * 1000;

/** The session file of the project at `root` (`TALKBOOK_PRESENT_SESSION` names another, for tests). */
export function sessionFile(root: string): string {
	return process.env['TALKBOOK_PRESENT_SESSION'] || path.join(root, 'node_modules', '.cache', 'talkbook', 'present-session.json');
}

/** Writes the session, readable by its owner only, through a rename so it is never half written. */
export function saveSession(file: string, session: Session): void {
	mkdirSync(path.dirname(file), { recursive: true });
	const temporary = `${file}.tmp-${process.pid}`;
	writeFileSync(temporary, JSON.stringify(session), { mode: 0o600 });
	chmodSync(temporary, 0o600);
	renameSync(temporary, file);
}

/** The last session, or why there is none to resume. */
export function loadSession(file: string, now = Date.now()): Session | string {
	let value: unknown;
	try {
		value = JSON.parse(readFileSync(file, 'utf8'));
	} catch {
		return 'no earlier session was saved on this machine';
	}
	const s = value as Partial<Session>;
	const tokensOk = typeof s.tokens === 'object' && s.tokens !== null && ROLES.every((role) => isTokenShaped((s.tokens as Record<string, unknown>)[role]));
	if (!tokensOk || typeof s.port !== 'number' || !Array.isArray(s.decks) || typeof s.savedAt !== 'number' || typeof s.host !== 'string') return 'the saved session is unreadable';
	if (now - s.savedAt > MAX_AGE_MS) return 'the saved session is more than a day old';
	return { tokens: s.tokens as Tokens, host: s.host, port: s.port, decks: s.decks.map(String), talks: (s.talks ?? {}) as Record<string, SavedTalk>, savedAt: s.savedAt };
}
