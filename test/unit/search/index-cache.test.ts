import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { IndexCache, pageDigest, sweepIndexCache } from '../../../src/lib/search/index-cache.ts';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function index(at: string, content: string): void {
	mkdirSync(path.join(at, 'fragment'), { recursive: true });
	writeFileSync(path.join(at, 'pagefind-entry.json'), content);
	writeFileSync(path.join(at, 'fragment', 'a.pf_fragment'), content);
}

describe('IndexCache', () => {
	it('keys by every page and the build key, whatever the order pages came in', () => {
		const a = pageDigest('articles/a/index.html', '<p>a</p>');
		const b = pageDigest('decks/a/index.html', '<p>b</p>');
		expect(IndexCache.key('k', [a, b])).toBe(IndexCache.key('k', [b, a]));
		expect(IndexCache.key('k', [a, b])).not.toBe(IndexCache.key('other', [a, b]));
		expect(IndexCache.key('k', [a, b])).not.toBe(IndexCache.key('k', [a, pageDigest('decks/a/index.html', '<p>b!</p>')]));
		expect(pageDigest('x', 'y')).not.toBe(pageDigest('x\0', 'y'.slice(1)));
	});

	it('restores the stored index only under its key, keeps only the newest, and never restores when fresh', () => {
		dir = mkdtempSync(path.join(tmpdir(), 'talkbook-index-cache-'));
		const cache = new IndexCache(path.join(dir, 'cache'));
		const built = path.join(dir, 'built');
		index(built, 'one');
		expect(cache.restore('k1', path.join(dir, 'out'))).toBe(false);
		cache.store('k1', built);
		index(built, 'two');
		cache.store('k2', built);
		expect(readdirSync(path.join(dir, 'cache')).filter((n) => !n.startsWith('.'))).toEqual(['k2']);
		sweepIndexCache(path.join(dir, 'cache'));
		expect(readdirSync(path.join(dir, 'cache'))).toEqual(['k2']);
		const out = path.join(dir, 'out');
		index(out, 'stale');
		expect(cache.restore('k1', out)).toBe(false);
		expect(cache.restore('k2', out)).toBe(true);
		expect(readFileSync(path.join(out, 'fragment', 'a.pf_fragment'), 'utf8')).toBe('two');
		expect(new IndexCache(path.join(dir, 'cache'), true).restore('k2', out)).toBe(false);
	});
});
