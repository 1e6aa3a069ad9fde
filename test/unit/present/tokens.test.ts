import { describe, expect, it } from 'vitest';
import { cookieName, cookieToken, parseCookies, tokenCookie } from '../../../src/lib/present/cookies.ts';
import { drives, holdsRole, isTokenShaped, newTokens, roleOfToken, TOKEN_BYTES } from '../../../src/lib/present/tokens.ts';

describe('tokens', () => {
	it('are 144 random bits each (24 base64url characters), distinct, and new on every call', () => {
		expect(TOKEN_BYTES * 8).toBeGreaterThanOrEqual(128);
		const a = newTokens();
		const b = newTokens();
		for (const token of [...Object.values(a), ...Object.values(b)]) expect(token).toMatch(/^[A-Za-z0-9_-]{24}$/);
		expect(new Set([...Object.values(a), ...Object.values(b)]).size).toBe(6);
	});

	it('refuse to start from a source that repeats itself or gives too few bytes', () => {
		expect(() => newTokens((n) => new Uint8Array(n))).toThrow(/repeated/);
		let i = 0;
		expect(() => newTokens(() => new Uint8Array([i++]))).toThrow(/too few bytes/);
	});

	it('grant exactly their own role', () => {
		const tokens = newTokens();
		expect(roleOfToken(tokens, tokens.presenter)).toBe('presenter');
		expect(roleOfToken(tokens, tokens.remote)).toBe('remote');
		expect(roleOfToken(tokens, tokens.follow)).toBe('follow');
		expect(holdsRole(tokens, 'remote', tokens.remote)).toBe(true);
		expect(holdsRole(tokens, 'remote', tokens.follow)).toBe(false);
		expect(holdsRole(tokens, 'presenter', tokens.remote)).toBe(false);
	});

	it('grant nothing to a missing, wrong, truncated, padded or malformed token', () => {
		const tokens = newTokens();
		const wrong = newTokens().remote;
		// Right but for its last character: a comparison that stops early would let it through.
		const nearly = `${tokens.remote.slice(0, 23)}${tokens.remote.endsWith('A') ? 'B' : 'A'}`;
		for (const candidate of [undefined, null, '', wrong, nearly, tokens.remote.slice(1), `${tokens.remote}x`, ` ${tokens.remote}`, tokens.remote.toLowerCase() === tokens.remote ? 'x'.repeat(24) : tokens.remote.toLowerCase(), 'A'.repeat(24), `${tokens.remote.slice(0, 23)}=`, 42, { toString: () => tokens.remote }]) {
			expect(roleOfToken(tokens, candidate), String(candidate)).toBeNull();
			expect(holdsRole(tokens, 'remote', candidate), String(candidate)).toBe(false);
		}
		expect(isTokenShaped('a'.repeat(25))).toBe(false);
	});

	it('let the presenter and the remote drive, never a follower', () => {
		expect([drives('presenter'), drives('remote'), drives('follow')]).toEqual([true, true, false]);
	});
});

describe('token cookies', () => {
	it('are HttpOnly, SameSite=Strict, named by role and port', () => {
		expect(tokenCookie('remote', 4321, 'T'.repeat(24))).toBe(`talkbook-remote-4321=${'T'.repeat(24)}; Path=/; HttpOnly; SameSite=Strict`);
		expect(cookieName('follow', 80)).toBe('talkbook-follow-80');
	});

	it('are read from a Cookie header, the first of a repeated name winning, other ports and roles ignored', () => {
		const header = `a=1; talkbook-remote-4321=first; talkbook-remote-4321=second; talkbook-remote-9999=other; broken; =x; talkbook-follow-4321=f`;
		expect(parseCookies(header).get('a')).toBe('1');
		expect(cookieToken(header, 'remote', 4321)).toBe('first');
		expect(cookieToken(header, 'follow', 4321)).toBe('f');
		expect(cookieToken(header, 'presenter', 4321)).toBeUndefined();
		expect(cookieToken(undefined, 'remote', 4321)).toBeUndefined();
	});
});
