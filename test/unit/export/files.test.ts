import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listBuiltDecks, siteReader, temporaryName, withTemporary, writeAtomic } from '../../../scripts/export/files.ts';
import { selectDecks } from '../../../scripts/export/export.ts';

let dir: string;
beforeEach(() => {
	dir = mkdtempSync(path.join(os.tmpdir(), 'talkbook-export-'));
});
afterEach(() => {
	rmSync(dir, { recursive: true, force: true });
});

describe('writing files whole', () => {
	it('keeps the extension on the temporary name, hidden in the same folder', () => {
		expect(temporaryName('/out/talk.html')).toBe(`/out/.talk.tmp-${process.pid}.html`);
	});

	it('writeAtomic leaves only the final file', () => {
		const file = path.join(dir, 'talk.pdf');
		writeAtomic(file, 'one');
		writeAtomic(file, 'two');
		expect(readFileSync(file, 'utf8')).toBe('two');
		expect(readdirSync(dir)).toEqual(['talk.pdf']);
	});

	it('withTemporary renames only after the check passed, and cleans up when it fails', async () => {
		const file = path.join(dir, 'talk.html');
		writeFileSync(file, 'old');
		await expect(
			withTemporary(file, 'broken', (temporary) => {
				expect(readFileSync(temporary, 'utf8')).toBe('broken');
				throw new Error('does not start');
			}),
		).rejects.toThrow('does not start');
		expect(readFileSync(file, 'utf8')).toBe('old');
		expect(readdirSync(dir)).toEqual(['talk.html']);
		await expect(withTemporary(file, 'new', async () => 12)).resolves.toBe(12);
		expect(readFileSync(file, 'utf8')).toBe('new');
		expect(readdirSync(dir)).toEqual(['talk.html']);
	});
});

describe('the built site', () => {
	it('lists decks that have a page, sorted', () => {
		for (const slug of ['b-talk', 'a-talk', 'no-page']) mkdirSync(path.join(dir, 'decks', slug), { recursive: true });
		writeFileSync(path.join(dir, 'decks', 'index.html'), '');
		writeFileSync(path.join(dir, 'decks', 'a-talk', 'index.html'), '');
		writeFileSync(path.join(dir, 'decks', 'b-talk', 'index.html'), '');
		expect(listBuiltDecks(dir)).toEqual(['a-talk', 'b-talk']);
		expect(listBuiltDecks(path.join(dir, 'missing'))).toEqual([]);
	});

	it('reads site files by URL path, never outside the site or a folder', () => {
		mkdirSync(path.join(dir, 'dist', '_astro'), { recursive: true });
		writeFileSync(path.join(dir, 'dist', '_astro', 'a.css'), 'css');
		writeFileSync(path.join(dir, 'secret.txt'), 'secret');
		const read = siteReader(path.join(dir, 'dist'));
		expect(Buffer.from(read('/_astro/a.css')!).toString()).toBe('css');
		expect(read('/_astro')).toBeNull();
		expect(read('/../secret.txt')).toBeNull();
		expect(read('/missing.css')).toBeNull();
	});

	it('reads a site built for a base by the URL paths its pages use, and nothing outside the base', () => {
		mkdirSync(path.join(dir, 'dist', '_astro'), { recursive: true });
		writeFileSync(path.join(dir, 'dist', '_astro', 'a.css'), 'css');
		const read = siteReader(path.join(dir, 'dist'), '/talks/');
		expect(Buffer.from(read('/talks/_astro/a.css')!).toString()).toBe('css');
		expect(read('/_astro/a.css')).toBeNull();
	});
});

describe('selectDecks', () => {
	const available = ['rust-on-the-backend', 'why-rust-on-the-backend'];

	it('takes every deck, or the ones asked for in that order', () => {
		expect(selectDecks([], available)).toEqual(available);
		expect(selectDecks(['why-rust-on-the-backend'], available)).toEqual(['why-rust-on-the-backend']);
	});

	it('names unknown decks and lists the available ones', () => {
		expect(() => selectDecks(['rust-on-the-frontend'], available)).toThrow('no deck named "rust-on-the-frontend". Available decks: rust-on-the-backend, why-rust-on-the-backend');
		expect(() => selectDecks([], [])).toThrow(/no decks/);
	});
});
