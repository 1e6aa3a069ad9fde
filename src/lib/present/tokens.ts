/**
 * Roles of a presenting session and the tokens that grant them. Each run draws three tokens of
 * TOKEN_BYTES random bytes (144 bits, over the 128 the threat model asks for): whoever holds the
 * presenter's or the remote's drives the talk, whoever holds the follow token only watches it. A token
 * is compared in constant time, so timing tells nothing about how much of a guess was right.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';

/** Who a connection is: the deck on the projector, the speaker's phone, or someone in the room. */
export const ROLES = ['presenter', 'remote', 'follow'] as const;

/** One of ROLES. */
export type Role = (typeof ROLES)[number];

/** Random bytes in a token: 144 bits, written as 24 base64url characters. */
export const TOKEN_BYTES = 18;

/** What a token looks like: exactly the 24 base64url characters newTokens writes. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{24}$/;

/** The session's token of each role. */
export type Tokens = Readonly<Record<Role, string>>;

/** Three fresh, distinct tokens (`random` is for tests; the default is the system's CSPRNG). */
export function newTokens(random: (bytes: number) => Uint8Array = randomBytes): Tokens {
	const draw = (): string => Buffer.from(random(TOKEN_BYTES)).toString('base64url');
	const tokens = { presenter: draw(), remote: draw(), follow: draw() };
	if (new Set(Object.values(tokens)).size !== ROLES.length) throw new Error('token source repeated itself: refusing to start with equal tokens');
	if (!Object.values(tokens).every((token) => TOKEN_SHAPE.test(token))) throw new Error('token source gave too few bytes');
	return tokens;
}

/** Whether `value` has the shape of a token (so a malformed one is refused before any comparison). */
export function isTokenShaped(value: unknown): value is string {
	return typeof value === 'string' && TOKEN_SHAPE.test(value);
}

/** Constant-time equality of a candidate with a token of the same (fixed) length. */
function same(token: string, candidate: string): boolean {
	const a = Buffer.from(token, 'utf8');
	const b = Buffer.from(candidate, 'utf8');
	return a.length === b.length && timingSafeEqual(a, b);
}

/** Whether `candidate` is the token of `role`. */
export function holdsRole(tokens: Tokens, role: Role, candidate: unknown): boolean {
	return isTokenShaped(candidate) && same(tokens[role], candidate);
}

/** The role whose token `candidate` is, or `null` (every role is compared, whatever matches first). */
export function roleOfToken(tokens: Tokens, candidate: unknown): Role | null {
	if (!isTokenShaped(candidate)) return null;
	let found: Role | null = null;
	for (const role of ROLES) if (same(tokens[role], candidate)) found = role;
	return found;
}

/** Whether a role may move the talk: the presenter and the remote; followers only receive. */
export function drives(role: Role): boolean {
	return role === 'presenter' || role === 'remote';
}

/** Whether `value` names a role. */
export function isRole(value: unknown): value is Role {
	return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
