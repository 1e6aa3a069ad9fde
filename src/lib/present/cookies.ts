/**
 * The token a browser shows on every request after it opened its link once: one cookie per role,
 * named with the server's port (two sessions on one machine keep theirs apart), HttpOnly (no script
 * reads it), SameSite=Strict (no other site's page sends it, WebSocket handshakes included).
 */
import { isRole, type Role } from './tokens.ts';

/** Name of a role's cookie for the server on `port`: `talkbook-remote-49152`. */
export function cookieName(role: Role, port: number): string {
	return `talkbook-${role}-${Math.trunc(port)}`;
}

/** The `Set-Cookie` value that hands a browser its token (a session cookie: it ends with the browser). */
export function tokenCookie(role: Role, port: number, token: string): string {
	return `${cookieName(role, port)}=${token}; Path=/; HttpOnly; SameSite=Strict`;
}

/**
 * The cookies of a `Cookie` header by name; a name given twice keeps its first value, as browsers send
 * the most specific first. Values are taken as they are (tokens are base64url, never quoted or encoded).
 */
export function parseCookies(header: string | undefined): Map<string, string> {
	const cookies = new Map<string, string>();
	for (const pair of (header ?? '').split(';')) {
		const eq = pair.indexOf('=');
		if (eq <= 0) continue;
		const name = pair.slice(0, eq).trim();
		if (name !== '' && !cookies.has(name)) cookies.set(name, pair.slice(eq + 1).trim());
	}
	return cookies;
}

/** The token a request carries for `role` on the server at `port`, if any. */
export function cookieToken(header: string | undefined, role: Role, port: number): string | undefined {
	return isRole(role) ? parseCookies(header).get(cookieName(role, port)) : undefined;
}
