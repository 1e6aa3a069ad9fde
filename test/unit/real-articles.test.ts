import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildArticleDeck } from '../../src/lib/deck/build-article-deck.ts';
import { extractArticle } from '../../src/lib/extract/index.ts';

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

	it('builds a deck with cargo and stack slides', () => {
		const ids = buildArticleDeck(extract(GROWING)).slides.map((slide) => slide.id);
		expect(ids).toContain('cargo-1');
		expect(ids).toContain('stack-1');
		expect(ids).toContain('cargo-2');
	});
});
