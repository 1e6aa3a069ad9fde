import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { parse as parseToml } from 'smol-toml';
import { toString } from 'mdast-util-to-string';
import type { Code, Heading, List, Root, Table } from 'mdast';
import { parseMarkdown } from '../../../src/lib/article/parse.ts';
import { articleSchema } from '../../../src/lib/schema/article.ts';
import { generateCorpus } from '../../../scripts/bench/corpus.ts';
import { mixSeed, mulberry32, Rng } from '../../../scripts/bench/rng.ts';
import { SEARCH_QUERIES, TAG_POOL } from '../../../scripts/bench/vocabulary.ts';
import type { CorpusArticle } from '../../../scripts/bench/corpus.ts';

const corpus = generateCorpus({ articles: 200, seed: 1 });

interface Parsed {
	article: CorpusArticle;
	frontmatter: Record<string, unknown>;
	tree: Root;
	tables: Table[];
	fences: Code[];
	headings: Heading[];
}

const parsed: Parsed[] = corpus.map((article) => {
	const tree = parseMarkdown(article.source, article.file);
	const yamlNode = tree.children[0];
	if (yamlNode?.type !== 'yaml') throw new Error(`${article.file}: no frontmatter`);
	const tables: Table[] = [];
	const fences: Code[] = [];
	const headings: Heading[] = [];
	for (const node of tree.children) {
		if (node.type === 'table') tables.push(node);
		if (node.type === 'code') fences.push(node);
		if (node.type === 'heading') headings.push(node);
	}
	return { article, frontmatter: parseYaml(yamlNode.value) as Record<string, unknown>, tree, tables, fences, headings };
});

const TAKEAWAY_HEADING = /^(key takeaways|takeaways|tl;dr|summary)$/i;

/** The list right under a takeaways heading, as the extractor reads it (prose before it allowed). */
function takeawaysList(p: Parsed): List | null {
	const index = p.tree.children.findIndex((n) => n.type === 'heading' && n.depth === 2 && TAKEAWAY_HEADING.test(toString(n)));
	if (index < 0) return null;
	for (const node of p.tree.children.slice(index + 1)) {
		if (node.type === 'heading') return null;
		if (node.type === 'list') return node;
	}
	return null;
}

function proseWords(p: Parsed): number {
	const text = p.tree.children
		.filter((n) => n.type === 'paragraph' || n.type === 'list')
		.map((n) => toString(n))
		.join(' ');
	return text.split(/\s+/).filter(Boolean).length;
}

describe('PRNG', () => {
	it('mulberry32 is deterministic and in [0, 1)', () => {
		const a = mulberry32(42);
		const b = mulberry32(42);
		const values = Array.from({ length: 1000 }, () => a());
		expect(values).toEqual(Array.from({ length: 1000 }, () => b()));
		expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
		expect(new Set(values).size).toBeGreaterThan(990);
	});
	it('mixSeed separates streams', () => {
		expect(mixSeed(1, 0, 3)).not.toBe(mixSeed(1, 1, 3));
		expect(mixSeed(1, 0, 3)).not.toBe(mixSeed(2, 0, 3));
		expect(mixSeed(1, 2)).toBe(mixSeed(1, 2));
	});
	it('Rng.int covers both ends and sample draws distinct items', () => {
		const r = new Rng(7);
		const ints = new Set(Array.from({ length: 500 }, () => r.int(3, 9)));
		expect([...ints].sort()).toEqual([3, 4, 5, 6, 7, 8, 9]);
		const s = r.sample([1, 2, 3, 4, 5, 6], 4);
		expect(new Set(s).size).toBe(4);
	});
});

describe('generateCorpus determinism', () => {
	it('gives a byte-identical corpus for the same seed', () => {
		const again = generateCorpus({ articles: 200, seed: 1 });
		expect(again.map((a) => a.file)).toEqual(corpus.map((a) => a.file));
		expect(again.map((a) => a.source).join('\0')).toBe(corpus.map((a) => a.source).join('\0'));
	});
	it('gives a different corpus for another seed', () => {
		const other = generateCorpus({ articles: 20, seed: 2 });
		expect(other.map((a) => a.source)).not.toEqual(corpus.slice(0, 20).map((a) => a.source));
	});
	it('a smaller corpus is a prefix of a larger one (away from a series cut at its end)', () => {
		const small = generateCorpus({ articles: 20, seed: 1 });
		expect(small.slice(0, 15).map((a) => a.source)).toEqual(corpus.slice(0, 15).map((a) => a.source));
	});
	it('rejects a bad article count', () => {
		expect(() => generateCorpus({ articles: 0 })).toThrow(/positive integer/);
		expect(() => generateCorpus({ articles: 2.5 })).toThrow(/positive integer/);
	});
});

describe('every article', () => {
	it('has a unique slug-safe file name matching its slug', () => {
		expect(new Set(corpus.map((a) => a.slug)).size).toBe(corpus.length);
		for (const a of corpus) {
			expect(a.file).toMatch(/^[a-z0-9][a-z0-9-]*\.mdx?$/);
			expect(a.file.replace(/\.mdx?$/, '')).toBe(a.slug);
		}
	});

	it('has frontmatter that passes the article schema', () => {
		for (const p of parsed) {
			const result = articleSchema.safeParse(p.frontmatter);
			if (!result.success) throw new Error(`${p.article.file}: ${result.error.message}`);
			const data = result.data;
			expect(data.tags.length, p.article.file).toBeGreaterThanOrEqual(2);
			expect(data.tags.length, p.article.file).toBeLessThanOrEqual(4);
			expect(new Set(data.tags).size).toBe(data.tags.length);
			for (const tag of data.tags) expect(TAG_POOL).toContain(tag);
			expect(data.draft).toBe(false);
			const year = data.date.getUTCFullYear();
			expect(year).toBeGreaterThanOrEqual(2019);
			expect(year).toBeLessThanOrEqual(2025);
		}
	});

	it('has no # heading, and 4+ ## sections', () => {
		for (const p of parsed) {
			expect(p.headings.filter((h) => h.depth === 1), p.article.file).toEqual([]);
			expect(p.headings.filter((h) => h.depth === 2 && !TAKEAWAY_HEADING.test(toString(h))).length, p.article.file).toBeGreaterThanOrEqual(4);
		}
	});

	it('has 800–2000 words of prose, give or take its lists', () => {
		for (const p of parsed) {
			const words = proseWords(p);
			expect(words, p.article.file).toBeGreaterThanOrEqual(800);
			expect(words, p.article.file).toBeLessThanOrEqual(2400);
			expect(Math.abs(words - p.article.features.words) / words, p.article.file).toBeLessThan(0.15);
		}
	});

	it('has 0–3 GFM tables with an alignment per column; long ones have 10–20 rows, wide ones 6–7 columns', () => {
		for (const p of parsed) {
			expect(p.tables.length, p.article.file).toBeLessThanOrEqual(3);
			expect(p.tables.length).toBe(p.article.features.tables.length);
			p.tables.forEach((t, i) => {
				const columns = t.children[0]?.children.length ?? 0;
				const rows = t.children.length - 1;
				expect(t.align?.length).toBe(columns);
				expect(columns).toBeGreaterThanOrEqual(3);
				expect(columns).toBeLessThanOrEqual(7);
				expect(rows).toBeGreaterThanOrEqual(3);
				expect(rows).toBeLessThanOrEqual(20);
				for (const row of t.children) expect(row.children.length).toBe(columns);
				expect({ rows, columns }).toEqual(p.article.features.tables[i]);
			});
		}
	});

	it('names the language of every code fence; has 0–2 toml fences, each a titled Cargo file that parses', () => {
		for (const p of parsed) {
			for (const fence of p.fences) expect(fence.lang, p.article.file).toMatch(/^(rust|toml|sh)$/);
			const toml = p.fences.filter((f) => f.lang === 'toml');
			expect(toml.length, p.article.file).toBeLessThanOrEqual(2);
			expect(toml.length).toBe(p.article.features.toml.length);
			toml.forEach((fence, i) => {
				const title = /title="([^"]+)"/.exec(fence.meta ?? '')?.[1];
				expect(title, p.article.file).toBeDefined();
				const data = parseToml(fence.value) as Record<string, Record<string, unknown>>;
				const kind = p.article.features.toml[i];
				if (kind === 'manifest') {
					expect(title).toMatch(/(^|\/)Cargo\.toml$/);
					expect(data['package']).toBeTypeOf('object');
					const deps = Object.keys(data['dependencies'] ?? {});
					expect(deps.length, p.article.file).toBeGreaterThanOrEqual(5);
					expect(deps.length, p.article.file).toBeLessThanOrEqual(15);
					expect(fence.value).toMatch(/^[\w-]+ = \{ version = "[^"]+", (default-features = false, )?features = \[/m);
				} else {
					expect(title).toMatch(/^(~\/)?\.cargo\/config\.toml$/);
					expect(data['package']).toBeUndefined();
					expect(Object.keys(data).length).toBeGreaterThanOrEqual(2);
				}
				const steps = /\{([^}]*)\}\s*$/.exec(fence.meta ?? '')?.[1];
				if (steps) {
					const lines = fence.value.split('\n').length;
					const named = steps.split(/[|,]/).flatMap((item) => item.split('-').map(Number));
					expect(Math.max(...named), p.article.file).toBeLessThanOrEqual(lines);
					expect(Math.min(...named)).toBeGreaterThanOrEqual(1);
				}
			});
		}
	});

	it('has a 3–9 item takeaways list under its heading when it has one', () => {
		for (const p of parsed) {
			const list = takeawaysList(p);
			if (p.article.features.takeaways === 0) {
				expect(list, p.article.file).toBeNull();
				continue;
			}
			expect(list, p.article.file).not.toBeNull();
			expect(list?.children.length).toBe(p.article.features.takeaways);
			expect(list?.children.length).toBeGreaterThanOrEqual(3);
			expect(list?.children.length).toBeLessThanOrEqual(9);
			expect(list?.ordered ?? false).toBe(p.article.features.takeawaysNumbered);
		}
	});

	it('links only to articles of the corpus', () => {
		const slugs = new Set(corpus.map((a) => a.slug));
		for (const a of corpus) {
			for (const [, slug] of a.source.matchAll(/\]\(\/articles\/([^/)]+)\/\)/g)) expect(slugs.has(slug as string), `${a.file} → ${slug}`).toBe(true);
		}
	});

	it('keeps MDX articles free of JSX-looking prose ({, <) outside code', () => {
		for (const p of parsed.filter((x) => x.article.file.endsWith('.mdx'))) {
			const prose = p.article.source.replace(/```[\s\S]*?```/g, '').replace(/`[^`]*`/g, '');
			expect(prose, p.article.file).not.toMatch(/[{}<>]/);
		}
	});
});

describe('the corpus as a whole (200 articles)', () => {
	const f = corpus.map((a) => a.features);
	const tables = f.flatMap((x) => x.tables);
	const manifests = parsed.flatMap((p) => p.fences.filter((c) => c.lang === 'toml' && /Cargo\.toml/.test(c.meta ?? '')));

	it('has takeaways on most articles, some numbered, under every heading style', () => {
		const withList = f.filter((x) => x.takeaways > 0);
		expect(withList.length / f.length).toBeGreaterThan(0.7);
		expect(withList.filter((x) => x.takeawaysNumbered).length).toBeGreaterThan(10);
		expect(new Set(withList.map((x) => x.takeawaysHeading))).toEqual(new Set(['Key Takeaways', 'Takeaways', 'TL;DR', 'Summary']));
		expect(f.filter((x) => x.frontmatterTakeaways > 0).length).toBeGreaterThan(0);
	});

	it('has long (10–20 rows) and wide (6–7 columns) tables, and every alignment', () => {
		expect(tables.filter((t) => t.rows >= 10).length).toBeGreaterThan(10);
		expect(tables.filter((t) => t.columns >= 6).length).toBeGreaterThan(10);
		const aligns = new Set(parsed.flatMap((p) => p.tables.flatMap((t) => t.align ?? [])));
		expect(aligns).toEqual(new Set(['left', 'center', 'right', null]));
		expect(parsed.some((p) => p.tables.some((t) => toString(t).length > 0 && p.article.source.includes('| `')))).toBe(true);
	});

	it('has manifests with `.workspace = true` and `{ version, features }` dependencies, and .cargo configs', () => {
		expect(manifests.length).toBeGreaterThan(40);
		expect(manifests.filter((m) => /^[\w-]+\.workspace = true$/m.test(m.value)).length).toBeGreaterThan(10);
		expect(manifests.every((m) => /features = \[/.test(m.value))).toBe(true);
		expect(f.flatMap((x) => x.toml).filter((k) => k === 'config').length).toBeGreaterThan(20);
		expect(parsed.some((p) => p.fences.some((c) => c.lang === 'toml' && /\{[\d|,-]+\}/.test(c.meta ?? '')))).toBe(true);
	});

	it('has rust fences, series with upcoming parts, dates over several years, a few MDX and a few plain articles', () => {
		expect(f.filter((x) => x.rust > 0).length).toBeGreaterThan(60);
		const series = parsed.filter((p) => p.frontmatter['series']);
		expect(series.length).toBeGreaterThan(10);
		expect(series.some((p) => ((p.frontmatter['series'] as { upcoming?: unknown[] }).upcoming ?? []).length > 0)).toBe(true);
		const years = new Set(parsed.map((p) => String(p.frontmatter['date']).slice(0, 4)));
		expect(years.size).toBeGreaterThanOrEqual(5);
		expect(corpus.filter((a) => a.file.endsWith('.mdx')).length).toBeGreaterThan(0);
		const plain = parsed.filter((p) => p.article.features.plain);
		expect(plain.length).toBe(8);
		for (const p of plain) {
			expect(p.tables).toEqual([]);
			expect(p.fences.filter((c) => c.lang === 'toml')).toEqual([]);
			expect(takeawaysList(p)).toBeNull();
			expect(p.frontmatter['takeaways']).toBeUndefined();
		}
	});

	it('contains every benchmark search query already at 20 articles, from common to rare', () => {
		const small = generateCorpus({ articles: 20, seed: 1 });
		const share = (articles: readonly CorpusArticle[], query: string): number =>
			articles.filter((a) => new RegExp(`\\b${query}\\b`, 'i').test(a.source)).length / articles.length;
		for (const query of SEARCH_QUERIES) expect(share(small, query), query).toBeGreaterThan(0);
		expect(share(corpus, SEARCH_QUERIES[0])).toBeGreaterThan(0.8);
		expect(share(corpus, SEARCH_QUERIES[SEARCH_QUERIES.length - 1] as string)).toBeLessThan(0.15);
	});

	it('has a long tail of identifiers, so its vocabulary keeps growing with its size', () => {
		const vocabulary = (articles: readonly CorpusArticle[]): number =>
			new Set(articles.flatMap((a) => a.source.toLowerCase().match(/[a-z_][a-z0-9_]+/g) ?? [])).size;
		const small = vocabulary(corpus.slice(0, 20));
		const large = vocabulary(corpus);
		expect(large).toBeGreaterThan(small * 2.5);
	});
});
