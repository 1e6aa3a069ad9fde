/**
 * A presenting server for tests: the built `dist/` served on 127.0.0.1 by the same code as
 * `npm run present` (scripts/present/server.ts), with fresh tokens, and helpers to open its roles.
 */
import path from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { bundlePresentClients, type PresentClients } from '../../scripts/present/clients.ts';
import { startPresentServer, type PresentOptions, type PresentServer } from '../../scripts/present/server.ts';
import { siteBaseOf } from '../../scripts/export/single-file.ts';
import { readFileSync } from 'node:fs';
import { newTokens, type Role, type Tokens } from '../../src/lib/present/tokens.ts';
import { cookieName } from '../../src/lib/present/cookies.ts';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
let clients: Promise<PresentClients> | undefined;

/** The presenting clients, bundled once per test file. */
export function presentClients(): Promise<PresentClients> {
	clients ??= bundlePresentClients(ROOT);
	return clients;
}

/** Starts a presenting server over `dist/` on 127.0.0.1 (any free port unless given). */
export async function startTestPresent(options: Partial<PresentOptions> & { decks: readonly string[] }): Promise<PresentServer & { tokens: Tokens }> {
	const dist = options.dist ?? path.join(ROOT, 'dist');
	const tokens = options.tokens ?? newTokens();
	const base = options.base ?? siteBaseOf(readFileSync(path.join(dist, 'decks', options.decks[0] as string, 'index.html'), 'utf8'));
	const server = await startPresentServer({ host: '127.0.0.1', port: 0, publicHost: '127.0.0.1', clients: await presentClients(), ...options, dist, base, tokens });
	return Object.assign(server, { tokens });
}

/** The `Cookie` header a holder of `role`'s token sends. */
export function cookieHeader(server: PresentServer & { tokens: Tokens }, role: Role): string {
	return `${cookieName(role, server.port)}=${server.tokens[role]}`;
}

/** Gives a browser context `role`'s cookie as the entry link would (for tests that go straight to a page). */
export async function grant(context: BrowserContext, server: PresentServer & { tokens: Tokens }, role: Role): Promise<void> {
	await context.addCookies([{ name: cookieName(role, server.port), value: server.tokens[role], domain: '127.0.0.1', path: '/', httpOnly: true, sameSite: 'Strict' }]);
}
