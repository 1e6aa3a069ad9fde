import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cachedDeckFonts } from '../../../src/lib/cache/deck-fonts.ts';
import { hashParts } from '../../../src/lib/cache/hash.ts';
import { CacheStore } from '../../../src/lib/cache/store.ts';
import type { DeckFonts } from '../../../src/lib/fonts/deck-fonts.ts';

const HTML = '<section id="a"><div class="slide-body"><h2>Fonts once</h2><p>Body text.</p><pre><code>let x;</code></pre></div></section>';
let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("a deck page's fonts through the cache", () => {
	it('are made once: a second page (another process, the same folder) reads them whole', async () => {
		dir = mkdtempSync(path.join(tmpdir(), 'talkbook-fonts-cache-'));
		const first = await cachedDeckFonts(HTML, { store: new CacheStore({ dir }), buildKey: 'k' });
		const page = { store: new CacheStore({ dir }), buildKey: 'k' };
		await expect(cachedDeckFonts(HTML, page)).resolves.toEqual(first);
		expect([page.store.hits, page.store.misses]).toEqual([1, 0]);
	});

	it('are waited for, not made again, while another running process holds the claim on them', async () => {
		dir = mkdtempSync(path.join(tmpdir(), 'talkbook-fonts-cache-'));
		const store = new CacheStore({ dir });
		const key = hashParts('deck-fonts', 'k', HTML);
		mkdirSync(path.join(dir, 'claims'), { recursive: true });
		// The parent process (the test runner) stands for the build script making them.
		writeFileSync(path.join(dir, 'claims', key), String(process.ppid));
		const made: DeckFonts = { css: '/* made by the other process */', faces: [], uncovered: '' };
		const waiting = cachedDeckFonts(HTML, { store, buildKey: 'k' });
		setTimeout(() => new CacheStore({ dir }).set('deck-fonts', key, made), 150);
		await expect(waiting).resolves.toEqual(made);
	});

	it('are made by this process when the claim is left by one that is gone', async () => {
		dir = mkdtempSync(path.join(tmpdir(), 'talkbook-fonts-cache-'));
		const key = hashParts('deck-fonts', 'k', HTML);
		mkdirSync(path.join(dir, 'claims'), { recursive: true });
		writeFileSync(path.join(dir, 'claims', key), '2147483646');
		const fonts = await cachedDeckFonts(HTML, { store: new CacheStore({ dir }), buildKey: 'k' });
		expect(fonts.css).toContain('@font-face');
	});
});
