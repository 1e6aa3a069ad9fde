import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parsePresentArgs } from '../../../scripts/present/args.ts';
import { loadSession, saveSession } from '../../../scripts/present/session.ts';
import { newTokens } from '../../../src/lib/present/tokens.ts';

describe('npm run present arguments', () => {
	it('default to every interface, a free port and every deck', () => {
		expect(parsePresentArgs([])).toEqual({ decks: [], host: '0.0.0.0', port: null, resume: false, maxFollowers: null, help: false });
	});

	it('read decks as people paste them, --host, --port (also with =), --resume', () => {
		expect(parsePresentArgs(['--', 'decks/talk.md', '/decks/other/', '--host', '127.0.0.1', '--port=4000', '--resume', '--max-followers', '50'])).toEqual({
			decks: ['talk', 'other'],
			host: '127.0.0.1',
			port: 4000,
			resume: true,
			maxFollowers: 50,
			help: false,
		});
	});

	it('refuse what they cannot mean', () => {
		expect(() => parsePresentArgs(['--port', '70000'])).toThrow(/--port needs a whole number/);
		expect(() => parsePresentArgs(['--port', 'x'])).toThrow(/--port/);
		expect(() => parsePresentArgs(['--host'])).toThrow(/--host needs an address/);
		expect(() => parsePresentArgs(['--hots', 'x'])).toThrow(/unknown option --hots/);
		expect(() => parsePresentArgs(['../etc'])).toThrow(/not a deck name/);
	});
});

describe('the saved session', () => {
	const dir = mkdtempSync(path.join(tmpdir(), 'present-session-'));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('is readable by its owner only, and comes back as it was saved', () => {
		const file = path.join(dir, 'session.json');
		const session = { tokens: newTokens(), host: '0.0.0.0', port: 4321, decks: ['talk'], talks: { talk: { h: 3, f: 0, elapsed: 60_000 } }, savedAt: Date.now() };
		saveSession(file, session);
		expect(statSync(file).mode & 0o777).toBe(0o600);
		expect(loadSession(file)).toEqual(session);
	});

	it('is not resumed when missing, unreadable, holding a malformed token, or more than a day old', () => {
		expect(loadSession(path.join(dir, 'none.json'))).toMatch(/no earlier session/);
		const file = path.join(dir, 'bad.json');
		writeFileSync(file, '{');
		expect(loadSession(file)).toMatch(/no earlier session|unreadable/);
		writeFileSync(file, JSON.stringify({ tokens: { presenter: 'x', remote: 'y', follow: 'z' }, host: '0.0.0.0', port: 1, decks: [], savedAt: Date.now() }));
		expect(loadSession(file)).toMatch(/unreadable/);
		const old = { tokens: newTokens(), host: '0.0.0.0', port: 1, decks: [], talks: {}, savedAt: Date.now() - 25 * 60 * 60 * 1000 };
		saveSession(file, old);
		expect(loadSession(file)).toMatch(/more than a day old/);
	});
});
