import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveRequestPath } from '../../../src/lib/present/paths.ts';
import { contentTypeOf } from '../../../src/lib/site/content-types.ts';

let tmp: string;
let dist: string;

beforeAll(() => {
	tmp = mkdtempSync(path.join(tmpdir(), 'present-paths-'));
	dist = path.join(tmp, 'dist');
	mkdirSync(path.join(dist, 'decks', 'talk'), { recursive: true });
	mkdirSync(path.join(dist, '_astro'));
	writeFileSync(path.join(dist, 'index.html'), 'home');
	writeFileSync(path.join(dist, 'decks', 'talk', 'index.html'), 'deck');
	writeFileSync(path.join(dist, '_astro', 'font.woff2'), 'font');
	writeFileSync(path.join(dist, '.env'), 'secret');
	writeFileSync(path.join(tmp, 'secret.txt'), 'outside');
	mkdirSync(path.join(tmp, 'elsewhere'));
	writeFileSync(path.join(tmp, 'elsewhere', 'index.html'), 'outside');
	symlinkSync(path.join(tmp, 'secret.txt'), path.join(dist, 'leak.txt'));
	symlinkSync(path.join(tmp, 'elsewhere'), path.join(dist, 'dir-leak'));
	symlinkSync(path.join(dist, 'index.html'), path.join(dist, 'alias.html'));
});

afterAll(() => {
	rmSync(tmp, { recursive: true, force: true });
});

const at = (raw: string, base = '/') => resolveRequestPath(dist, base, raw);
const reason = (raw: string, base = '/') => {
	const r = at(raw, base);
	return r.ok ? 'served' : r.reason;
};

describe('request paths under dist/', () => {
	it('serve files and folders (their index.html) under the base', () => {
		expect(at('/')).toMatchObject({ ok: true, route: '/index.html' });
		expect(at('/decks/talk/')).toMatchObject({ ok: true, route: '/decks/talk/index.html' });
		expect(at('/decks/talk')).toMatchObject({ ok: true, route: '/decks/talk/index.html' });
		expect(at('/_astro/font.woff2')).toMatchObject({ ok: true });
		expect(at('/talks/decks/talk/', '/talks/')).toMatchObject({ ok: true, route: '/decks/talk/index.html' });
		expect(at('/alias.html')).toMatchObject({ ok: true });
	});

	it('refuse dot segments, plain or percent-encoded in any case', () => {
		for (const raw of ['/../secret.txt', '/decks/../../secret.txt', '/./index.html', '/%2e%2e/secret.txt', '/%2E%2E/secret.txt', '/.%2e/secret.txt', '/%2e./secret.txt', '/decks/%2e%2e/%2e%2e/secret.txt']) {
			expect(reason(raw), raw).toBe('dot-segment');
		}
	});

	it('refuse encoded slashes and backslashes (..%2f, %5c)', () => {
		for (const raw of ['/..%2fsecret.txt', '/..%2Fsecret.txt', '/decks%2ftalk/index.html', '/..%5csecret.txt']) expect(reason(raw), raw).toBe('encoded-separator');
		expect(reason('/..\\secret.txt')).toBe('backslash');
	});

	it('refuse double encoding', () => {
		for (const raw of ['/%252e%252e/secret.txt', '/%252e%252e%252fsecret.txt', '/..%252fsecret.txt', '/%25%32%65']) expect(reason(raw), raw).toBe('double-encoding');
	});

	it('refuse NUL and control characters, raw or encoded, and malformed escapes', () => {
		expect(reason('/index.html%00.png')).toBe('nul');
		expect(reason('/index.html\u0000')).toBe('nul');
		expect(reason('/a%0d%0aSet-Cookie:x')).toBe('control-character');
		expect(reason('/%e0%a4%a')).toBe('bad-encoding');
		expect(reason('/%zz')).toBe('bad-encoding');
	});

	it('refuse absolute paths and absolute-form targets', () => {
		for (const raw of ['//etc/passwd', '///etc/passwd', '/decks//talk/']) expect(reason(raw), raw).toBe('empty-segment');
		for (const raw of ['http://example.org/etc/passwd', 'etc/passwd', '*', 'C:/Windows/win.ini']) expect(reason(raw), raw).toBe('not-origin-form');
		// An absolute file path as a segment is just a name under dist/ (and not there).
		expect(reason(`/${encodeURIComponent(path.join(tmp, 'secret.txt'))}`)).toBe('encoded-separator');
	});

	it('never follow a symbolic link out of dist/', () => {
		expect(at('/leak.txt')).toEqual({ ok: false, status: 403, reason: 'outside-root' });
		expect(at('/dir-leak/')).toEqual({ ok: false, status: 403, reason: 'outside-root' });
		expect(at('/dir-leak/index.html')).toEqual({ ok: false, status: 403, reason: 'outside-root' });
	});

	it('hide dotfiles and anything outside the base', () => {
		expect(reason('/.env')).toBe('hidden');
		expect(reason('/index.html', '/talks/')).toBe('outside-base');
		expect(reason('/talksx/index.html', '/talks/')).toBe('outside-base');
		expect(reason('/missing.html')).toBe('not-found');
	});
});

describe('content types', () => {
	it('name every kind of file a built site holds, fonts included', () => {
		expect(contentTypeOf('a/b.woff2')).toBe('font/woff2');
		expect(contentTypeOf('x.WOFF')).toBe('font/woff');
		expect(contentTypeOf('x.html')).toBe('text/html; charset=utf-8');
		expect(contentTypeOf('x.js')).toBe('text/javascript; charset=utf-8');
		expect(contentTypeOf('x.css')).toBe('text/css; charset=utf-8');
		expect(contentTypeOf('x.svg')).toBe('image/svg+xml');
		expect(contentTypeOf('x.pdf')).toBe('application/pdf');
		expect(contentTypeOf('pagefind/x.pf_fragment')).toBe('application/octet-stream');
		expect(contentTypeOf('noext')).toBe('application/octet-stream');
	});
});
