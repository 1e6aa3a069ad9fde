import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildArticleDeck } from '../../src/lib/deck/build-article-deck.ts';
import { extractArticle } from '../../src/lib/extract/index.ts';
import type { Slide } from '../../src/lib/deck/model.ts';

/** Notes of the code and chart slides of a deck, each slide's joined, to check no two of them say the same. */
function newSlideNotes(slides: readonly Slide[]): string[] {
	return slides.filter((slide) => slide.kind === 'code' || slide.kind === 'chart').flatMap((slide) => slide.notes);
}

const root = join(import.meta.dirname, '..', '..');
const BACKEND = 'articles/why-rust-on-the-backend.md';
const GROWING = 'articles/why-rust-is-growing-fast.md';

/** Extracts a real article of the site (these tests run once the article exists). */
function extract(file: string) {
	return extractArticle(readFileSync(join(root, file), 'utf8'), file);
}

describe.skipIf(!existsSync(join(root, BACKEND)))(BACKEND, () => {
	it('has six Key Takeaways and at least one table', () => {
		const article = extract(BACKEND);
		expect(article.takeaways).toMatchObject({ origin: 'body', heading: 'Key Takeaways' });
		expect(article.takeaways?.items).toHaveLength(6);
		expect(article.tables.length).toBeGreaterThanOrEqual(1);
	});

	it('shows the Axum handler split by item and parse_event stepped over its items', () => {
		const slides = buildArticleDeck(extract(BACKEND)).slides.filter((slide) => slide.kind === 'code');
		expect(slides.map((slide) => [slide.id, slide.title, slide.firstLine])).toEqual([
			['code-1', 'What You Actually Get', 1],
			['code-1-2', 'What You Actually Get', 9],
			['code-2', 'A Real-World Comparison: Parsing at Scale', 1],
		]);
		expect(slides[0]?.code).toContain('async fn health()');
		expect(slides[1]?.code).toMatch(/^#\[tokio::main\]\nasync fn main\(\)/);
		expect(slides[2]?.steps).toEqual([[1], [3, 4, 5, 6, 7, 8], [10, 11, 12]]);
		expect(slides[2]?.notes.join(' ')).toContain('serde_json compiles to code');
		const notes = newSlideNotes(slides);
		expect(new Set(notes).size).toBe(notes.length);
	});

	it('builds a deck whose every slide has notes', () => {
		const deck = buildArticleDeck(extract(BACKEND));
		expect(deck.slides[0]?.id).toBe('title');
		expect(deck.slides.at(-1)?.id).toBe('closing');
		for (const slide of deck.slides) expect(slide.notes.length, slide.id).toBeGreaterThan(0);
	});
});

describe.skipIf(!existsSync(join(root, GROWING)))(GROWING, () => {
	it('has three takeaways from its TL;DR and at least one table', () => {
		const article = extract(GROWING);
		expect(article.takeaways).toMatchObject({ origin: 'body', heading: 'TL;DR' });
		expect(article.takeaways?.items).toHaveLength(3);
		expect(article.tables.length).toBeGreaterThanOrEqual(1);
	});

	it('has one Cargo.toml manifest with ten dependencies, tokio first and tracing-subscriber last', () => {
		const manifests = extract(GROWING).cargo.filter((config) => config.kind === 'manifest');
		expect(manifests).toHaveLength(1);
		const [manifest] = manifests;
		expect(manifest?.title).toBe('Cargo.toml');
		expect(manifest?.dependencies).toHaveLength(10);
		expect(manifest?.dependencies[0]).toMatchObject({ name: 'tokio', features: ['full'] });
		expect(manifest?.dependencies[0]?.version).toMatch(/^1\.29/);
		expect(manifest?.dependencies.at(-1)?.name).toBe('tracing-subscriber');
	});

	it('has one Cargo config, ~/.cargo/config.toml', () => {
		const configs = extract(GROWING).cargo.filter((config) => config.kind === 'config');
		expect(configs.map((config) => config.title)).toEqual(['~/.cargo/config.toml']);
	});

	it('shows the blocking std::fs::read anti-pattern and the tokio::fs::read fix as an auto-animated pair', () => {
		const slides = buildArticleDeck(extract(GROWING)).slides;
		const pair = slides.filter((slide) => slide.kind === 'code');
		expect(pair.map((slide) => [slide.id, slide.label, slide.pair])).toEqual([
			['code-1', 'Anti-pattern: blocking in async context', { id: 'code-1', role: 'before' }],
			['code-1-2', 'Better', { id: 'code-1', role: 'after' }],
		]);
		expect(pair[0]?.code).toContain('std::fs::read("config.toml").unwrap()');
		expect(pair[1]?.code).toContain('tokio::fs::read("config.toml").await?');
		// Each half starts from the prose about its own code, then the deck's picker tops it up from the section.
		expect(pair[0]?.notes.join(' ')).toContain('A single std::fs::read_to_string on a tokio worker thread can stall every concurrent request.');
		expect(pair[1]?.notes).toContain('Use tokio::fs or spawn_blocking.');
		expect(pair[0]?.notes.join(' ')).not.toContain('Use tokio::fs or spawn_blocking.');
		const ids = slides.map((slide) => slide.id);
		expect(ids.indexOf('code-1-2')).toBe(ids.indexOf('code-1') + 1);
	});

	it('charts the memory and build-time tables right after them, with the range drawn as one', () => {
		const slides = buildArticleDeck(extract(GROWING)).slides;
		const ids = slides.map((slide) => slide.id);
		expect(ids.slice(ids.indexOf('table-1'), ids.indexOf('table-1') + 4)).toEqual(['table-1', 'chart-1', 'table-2', 'chart-2']);
		const charts = slides.filter((slide) => slide.kind === 'chart');
		expect(charts[0]?.chart).toMatchObject({ unit: 'GB', series: ['Go', 'Rust'], rows: [{ label: 'Resident set', bars: [{ label: '1.2 GB' }, { label: '110 MB' }] }] });
		expect(charts[1]?.chart.rows.map((row) => row.bars[0])).toEqual([
			{ value: 90, low: null, label: '90 seconds' },
			{ value: 8, low: 3, label: '3-8 seconds' },
		]);
		const notes = newSlideNotes(slides);
		expect(new Set(notes).size).toBe(notes.length);
	});

	it('builds a deck with cargo and stack slides', () => {
		const ids = buildArticleDeck(extract(GROWING)).slides.map((slide) => slide.id);
		expect(ids).toContain('cargo-1');
		expect(ids).toContain('stack-1');
		expect(ids).toContain('cargo-2');
	});
});
