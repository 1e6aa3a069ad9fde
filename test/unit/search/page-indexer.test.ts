import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { IndexCache } from '../../../src/lib/search/index-cache.ts';
import { PageIndexer, pageSourcePath } from '../../../src/lib/search/page-indexer.ts';

describe('pageSourcePath', () => {
	it('maps a page URL path to its file in dist/, under any base', () => {
		expect(pageSourcePath('/articles/why-rust/', '/')).toBe('articles/why-rust/index.html');
		expect(pageSourcePath('/talks/decks/x/', '/talks/')).toBe('decks/x/index.html');
		expect(pageSourcePath('/talks/', '/talks/')).toBe('index.html');
		expect(pageSourcePath('/', '/')).toBe('index.html');
		expect(pageSourcePath('/404.html', '/')).toBe('404.html');
		expect(pageSourcePath('/tags/caf%C3%A9/', '/')).toBe('tags/café/index.html');
	});
});

describe('PageIndexer', () => {
	let dir = '';
	afterEach(() => rmSync(dir, { recursive: true, force: true }));

	it('indexes the pages it is handed, skips pages without indexed content, and writes the index', async () => {
		dir = mkdtempSync(path.join(os.tmpdir(), 'talkbook-indexer-'));
		const indexer = new PageIndexer();
		indexer.add('articles/a/index.html', '<html lang="en"><body><main data-pagefind-body><h1>Alpha</h1><p>Backpressure in tokio.</p></main></body></html>');
		indexer.add('decks/a/index.html', '<html lang="en"><body><div data-pagefind-body><section id="one" data-pagefind-title="One"><h2>One</h2><p>Slides on backpressure.</p></section></div></body></html>');
		indexer.add('index.html', '<html lang="en"><body><h1>Home</h1></body></html>');
		expect(indexer.pages).toBe(2);
		await expect(indexer.write(dir)).resolves.toEqual({ files: 2, records: 2, reused: false });
		expect(readdirSync(path.join(dir, 'pagefind'))).toContain('pagefind-entry.json');
	});

	it('copies the last index when every page is the same, and writes a new one when a page changed', async () => {
		dir = mkdtempSync(path.join(os.tmpdir(), 'talkbook-indexer-'));
		const cache = { store: new IndexCache(path.join(dir, 'cache')), buildKey: 'k' };
		const page = (text: string) => `<html lang="en"><body><main data-pagefind-body><h1>Alpha</h1><p>${text}</p></main></body></html>`;
		const run = async (site: string, text: string) => {
			const indexer = new PageIndexer();
			indexer.add('articles/a/index.html', page(text));
			return indexer.write(path.join(dir, site), cache);
		};
		await expect(run('one', 'Backpressure.')).resolves.toMatchObject({ reused: false, records: 1 });
		await expect(run('two', 'Backpressure.')).resolves.toMatchObject({ reused: true, records: 1 });
		const files = (site: string) => readdirSync(path.join(dir, site, 'pagefind'), { recursive: true }).map(String).sort();
		expect(files('two')).toEqual(files('one'));
		await expect(run('three', 'Backpressure, edited.')).resolves.toMatchObject({ reused: false });
	});

	it('refuses to write an index no page had content for', async () => {
		dir = mkdtempSync(path.join(os.tmpdir(), 'talkbook-indexer-'));
		const indexer = new PageIndexer();
		indexer.add('index.html', '<html><body><h1>Home</h1></body></html>');
		await expect(indexer.write(dir)).rejects.toThrow(/no page .* has content for the search index/);
	});
});
