/**
 * The addresses a presenting session hands out. Links carry their token once: `/_present/<token>[/<deck>]`
 * sets the role's cookie and redirects to the page without it, so the token stays out of the address
 * bar, the history and any screenshot of the phone. The server's own routes live under PRESENT_PREFIX,
 * which no built site uses (the server refuses to start if `dist/` has it).
 */
import type { NetworkInterfaceInfo } from 'node:os';
import { deckHref, withBase } from '../site/paths.ts';
import type { Role } from './tokens.ts';

/** Path prefix of the server's own routes (entry links, remote page, clients, WebSocket). */
export const PRESENT_PREFIX = '/_present/';

/** The link that hands out `token`'s role: to one deck, or to the chooser of decks. */
export function entryPath(token: string, deck?: string | null): string {
	return `${PRESENT_PREFIX}${token}${deck ? `/${deck}` : ''}`;
}

/** Where a role goes for a deck once its cookie is set: the deck page for presenter and followers, the remote page for the remote. */
export function rolePagePath(role: Role, deck: string, base: string): string {
	if (role === 'remote') return `${PRESENT_PREFIX}remote/${deck}`;
	return `${withBase(deckHref(deck), base)}?present=${role}`;
}

/** The chooser of decks of a role. */
export function chooserPath(role: Role): string {
	return `${PRESENT_PREFIX}choose/${role}`;
}

/** The WebSocket endpoint for `role` on `deck` (its token travels in the role's cookie, never in the URL). */
export function socketPath(role: Role, deck: string): string {
	return `${PRESENT_PREFIX}ws?role=${role}&deck=${encodeURIComponent(deck)}`;
}

/** An address for a URL (IPv6 in brackets). */
export function hostForUrl(address: string): string {
	return address.includes(':') ? `[${address}]` : address;
}

/** Whether a bind address listens on every interface. */
export function isWildcard(host: string): boolean {
	return host === '0.0.0.0' || host === '::' || host === '';
}

/**
 * The addresses phones on the LAN can reach this machine at, best first: private IPv4 addresses of
 * non-internal interfaces (192.168/16, 10/8, 172.16/12), then other non-internal IPv4. `interfaces` is
 * `os.networkInterfaces()`.
 */
export function lanAddresses(interfaces: NodeJS.Dict<NetworkInterfaceInfo[]>): string[] {
	const all = Object.values(interfaces)
		.flatMap((list) => list ?? [])
		.filter((info) => info.family === 'IPv4' && !info.internal)
		.map((info) => info.address);
	const isPrivate = (a: string) => /^(10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.)/.test(a);
	return [...new Set([...all.filter(isPrivate), ...all.filter((a) => !isPrivate(a))])];
}
