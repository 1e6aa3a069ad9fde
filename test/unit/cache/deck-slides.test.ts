import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cachedDeckSlides, deckPageOptions, warmDeckSlides } from '../../../src/lib/cache/deck-slides.ts';
import { CacheStore } from '../../../src/lib/cache/store.ts';
import { buildCatalog } from '../../../src/lib/catalog/catalog.ts';

const root = path.resolve(import.meta.dirname, '../../..');
let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('warmDeckSlides', () => {
	it('renders every deck into the cache under the key its page asks for, so the page renders nothing', async () => {
		dir = mkdtempSync(path.join(tmpdir(), 'talkbook-warm-'));
		const { decks } = buildCatalog({ root });
		const warmer = { store: new CacheStore({ dir }), buildKey: 'k' };
		await expect(warmDeckSlides(decks, null, '/talks/', warmer, () => false)).resolves.toBe(decks.length);
		// A second store on the same folder: what the Astro process sees.
		const page = { store: new CacheStore({ dir }), buildKey: 'k' };
		for (const deck of decks) {
			const html = await cachedDeckSlides(deck, deckPageOptions(deck, null, '/talks/'), page);
			expect(html).toContain('<section');
			expect(html).toContain('href="/talks/');
		}
		expect([page.store.hits, page.store.misses]).toEqual([decks.length, 0]);
		// Another base is another key: not served from the warm entries.
		await cachedDeckSlides(decks[0]!, deckPageOptions(decks[0]!, null, '/'), page);
		expect(page.store.misses).toBe(1);
	});

	it('stops when asked', async () => {
		dir = mkdtempSync(path.join(tmpdir(), 'talkbook-warm-'));
		const { decks } = buildCatalog({ root });
		await expect(warmDeckSlides(decks, null, '/', { store: new CacheStore({ dir }), buildKey: 'k' }, () => true)).resolves.toBe(0);
	});
});
