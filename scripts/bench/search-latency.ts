/**
 * Search latency of pagefind's JS API, side by side: Talkbook's index (articles and decks) against a
 * pages-only index pagefind builds over the same dist's article pages, i.e. what a plain docs site of the
 * same corpus would ship. Both are queried in one Chromium, alternating which goes first each round, and
 * every figure is a median over the rounds.
 *
 * - cold: a fresh browser context (empty cache, pagefind not loaded); from the `search()` call, so it
 *   includes pagefind's init (entry, wasm, metadata) and the index chunks the word needs;
 * - warm: the same query again in that page, everything loaded;
 * - each for `search()` alone and for `search()` + `data()` of the top five results (what a result list shows).
 */
import * as pagefind from 'pagefind';
import { readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { PAGEFIND_OPTIONS, indexRecords } from '../../src/lib/search/build-index.ts';
import { BenchError, formatBytes, median } from './report.ts';

/** Where the pages-only index is written inside dist/ (served next to the real one). */
export const PAGES_ONLY_DIR = '_bench/pages-only/pagefind';

/**
 * Queries: common words (in 60–90 % of the corpus's articles: a crate, a crate, a noun of the prose) and rare
 * ones (in 4–7 %: rare nouns of the prose). The table shows how many articles hold each.
 */
export const LATENCY_QUERIES = { common: ['tokio', 'serde', 'latency'], rare: ['epoll', 'monomorphization', 'waker'] } as const;

/** Timings of one query on one index, ms (medians over rounds). */
export interface QueryTimings {
	searchCold: number;
	searchWarm: number;
	dataCold: number;
	dataWarm: number;
	/** Results `search()` returned. */
	results: number;
	/** Bytes fetched by the cold `search()` + top-5 `data()`: pagefind.js's init, chunks, fragments. */
	bytesCold: number;
}

/** What one index is made of. */
export interface IndexFacts {
	/** Bundle path on the server, e.g. `/pagefind/`. */
	bundle: string;
	records: number;
	/** Everything in the bundle directory but pagefind's UI scripts and styles. */
	indexBytes: number;
	/** The metadata file every search loads first (`pagefind.*.pf_meta`). */
	metaBytes: number;
}

/** One query on both indexes, with Talkbook ÷ pages-only ratios. */
export interface QueryComparison {
	query: string;
	kind: 'common' | 'rare';
	/** Corpus articles that contain the word. */
	articlesWithWord: number;
	talkbook: QueryTimings;
	pagesOnly: QueryTimings;
	ratio: { searchCold: number; searchWarm: number; dataCold: number; dataWarm: number };
}

/** The whole comparison, stored in results.json under `searchLatency`. */
export interface SearchLatency {
	rounds: number;
	warmRepeats: number;
	talkbook: IndexFacts;
	pagesOnly: IndexFacts;
	queries: QueryComparison[];
	/** Medians of the per-query ratios, by kind of word. */
	summary: Record<'common' | 'rare', QueryComparison['ratio']>;
}

function bundleFacts(dir: string, bundle: string): IndexFacts {
	let indexBytes = 0;
	let metaBytes = 0;
	const visit = (d: string): void => {
		for (const entry of readdirSync(d, { withFileTypes: true })) {
			const full = path.join(d, entry.name);
			if (entry.isDirectory()) visit(full);
			else if (!/\.(js|css)$/.test(entry.name)) {
				const size = statSync(full).size;
				indexBytes += size;
				if (entry.name.endsWith('.pf_meta')) metaBytes += size;
			}
		}
	};
	visit(dir);
	return { bundle, records: indexRecords(dir), indexBytes, metaBytes };
}

/**
 * Builds the pages-only index: pagefind with Talkbook's own options over `dist/articles/**` (the article
 * pages as built, `data-pagefind-body` and all), written to `dist/_bench/pages-only/pagefind/`.
 */
export async function buildPagesOnlyIndex(dist: string): Promise<IndexFacts> {
	const out = path.join(dist, PAGES_ONLY_DIR);
	rmSync(out, { recursive: true, force: true });
	try {
		const { index, errors } = await pagefind.createIndex(PAGEFIND_OPTIONS);
		if (!index || errors.length > 0) throw new BenchError(`pagefind createIndex: ${errors.join('; ')}`);
		const added = await index.addDirectory({ path: dist, glob: 'articles/**/*.html' });
		if (added.errors.length > 0 || added.page_count === 0) throw new BenchError(`pagefind addDirectory (articles): ${added.errors.join('; ') || 'no pages'}`);
		const written = await index.writeFiles({ outputPath: out });
		if (written.errors.length > 0) throw new BenchError(`pagefind writeFiles: ${written.errors.join('; ')}`);
	} finally {
		await pagefind.close();
	}
	return bundleFacts(out, `/${PAGES_ONLY_DIR}/`);
}

/** Corpus articles whose source contains `word` as a word (case-insensitive). */
export function articlesWithWord(sources: readonly string[], word: string): number {
	const re = new RegExp(`(^|[^\\w-])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\w-])`, 'i');
	return sources.filter((s) => re.test(s)).length;
}

interface Sample {
	searchCold: number;
	searchWarm: number[];
	dataCold: number;
	dataWarm: number[];
	results: number;
	bytesCold: number;
}

/** One cold run and `repeats` warm runs of `query` on the bundle at `bundle`, in a fresh context. */
async function sample(browser: Browser, origin: string, bundle: string, query: string, repeats: number): Promise<Sample> {
	const context = await browser.newContext();
	let bytes = 0;
	let counting = false;
	try {
		await context.route('**/*', (route) => (route.request().url().startsWith(origin) ? route.continue() : route.abort('blockedbyclient')));
		context.on('response', (response) => {
			if (!counting) return;
			void response.body().then((b) => (bytes += b.length), () => {});
		});
		const page = await context.newPage();
		await page.goto(`${origin}/404.html`, { waitUntil: 'load' });
		await page.evaluate(async (b) => {
			const w = window as unknown as { __pf: unknown };
			w.__pf = await import(`${b}pagefind.js`);
		}, bundle);
		counting = true;
		const run = (): Promise<{ search: number; data: number; results: number }> =>
			page.evaluate(async (q) => {
				type Pf = { search(q: string): Promise<{ results: { data(): Promise<unknown> }[] }> };
				const pf = (window as unknown as { __pf: Pf }).__pf;
				const t0 = performance.now();
				const found = await pf.search(q);
				const t1 = performance.now();
				await Promise.all(found.results.slice(0, 5).map((r) => r.data()));
				const t2 = performance.now();
				return { search: t1 - t0, data: t2 - t0, results: found.results.length };
			}, query);
		const cold = await run();
		// Let the response bodies of the cold run be counted before the warm runs.
		await page.waitForTimeout(50);
		counting = false;
		const bytesCold = bytes;
		const warm: { search: number; data: number }[] = [];
		for (let i = 0; i < repeats; i++) warm.push(await run());
		if (cold.results === 0) throw new BenchError(`search for "${query}" on ${bundle} found nothing`);
		return { searchCold: cold.search, dataCold: cold.data, searchWarm: warm.map((w) => w.search), dataWarm: warm.map((w) => w.data), results: cold.results, bytesCold };
	} finally {
		await context.close();
	}
}

function m(values: readonly number[]): number {
	return median(values) ?? NaN;
}

function summarise(samples: readonly Sample[]): QueryTimings {
	return {
		searchCold: m(samples.map((s) => s.searchCold)),
		searchWarm: m(samples.map((s) => m(s.searchWarm))),
		dataCold: m(samples.map((s) => s.dataCold)),
		dataWarm: m(samples.map((s) => m(s.dataWarm))),
		results: samples[0]?.results ?? 0,
		bytesCold: m(samples.map((s) => s.bytesCold)),
	};
}

/** Talkbook ÷ pages-only for each timing. */
export function ratios(talkbook: QueryTimings, pagesOnly: QueryTimings): QueryComparison['ratio'] {
	const r = (a: number, b: number): number => (b > 0 ? a / b : NaN);
	return {
		searchCold: r(talkbook.searchCold, pagesOnly.searchCold),
		searchWarm: r(talkbook.searchWarm, pagesOnly.searchWarm),
		dataCold: r(talkbook.dataCold, pagesOnly.dataCold),
		dataWarm: r(talkbook.dataWarm, pagesOnly.dataWarm),
	};
}

/** Median of each ratio over the queries of one kind. */
export function summariseRatios(queries: readonly QueryComparison[], kind: 'common' | 'rare'): QueryComparison['ratio'] {
	const of = queries.filter((q) => q.kind === kind);
	return {
		searchCold: m(of.map((q) => q.ratio.searchCold)),
		searchWarm: m(of.map((q) => q.ratio.searchWarm)),
		dataCold: m(of.map((q) => q.ratio.dataCold)),
		dataWarm: m(of.map((q) => q.ratio.dataWarm)),
	};
}

/**
 * Runs the comparison: builds the pages-only index into `dist`, then `rounds` rounds in which every query
 * runs cold and warm on both indexes, the first index alternating between rounds.
 */
export async function measureSearchLatency(
	browser: Browser,
	origin: string,
	dist: string,
	sources: readonly string[],
	{ rounds = 7, warmRepeats = 10, log = (_line: string) => {} }: { rounds?: number; warmRepeats?: number; log?: (line: string) => void } = {},
): Promise<SearchLatency> {
	const talkbook = bundleFacts(path.join(dist, 'pagefind'), '/pagefind/');
	const pagesOnly = await buildPagesOnlyIndex(dist);
	log(`search latency: Talkbook ${talkbook.records} records, ${formatBytes(talkbook.indexBytes)}; pages-only ${pagesOnly.records} records, ${formatBytes(pagesOnly.indexBytes)}`);
	const queries = [...LATENCY_QUERIES.common.map((q) => ({ q, kind: 'common' as const })), ...LATENCY_QUERIES.rare.map((q) => ({ q, kind: 'rare' as const }))];
	const samples = new Map<string, { talkbook: Sample[]; pagesOnly: Sample[] }>(queries.map(({ q }) => [q, { talkbook: [], pagesOnly: [] }]));
	for (let round = 0; round < rounds; round++) {
		const order = round % 2 === 0 ? (['talkbook', 'pagesOnly'] as const) : (['pagesOnly', 'talkbook'] as const);
		for (const { q } of queries) {
			for (const which of order) {
				const facts = which === 'talkbook' ? talkbook : pagesOnly;
				samples.get(q)?.[which].push(await sample(browser, origin, facts.bundle, q, warmRepeats));
			}
		}
		log(`  round ${round + 1}/${rounds} done`);
	}
	const comparisons: QueryComparison[] = queries.map(({ q, kind }) => {
		const s = samples.get(q) as { talkbook: Sample[]; pagesOnly: Sample[] };
		const t = summarise(s.talkbook);
		const p = summarise(s.pagesOnly);
		return { query: q, kind, articlesWithWord: articlesWithWord(sources, q), talkbook: t, pagesOnly: p, ratio: ratios(t, p) };
	});
	return {
		rounds,
		warmRepeats,
		talkbook,
		pagesOnly,
		queries: comparisons,
		summary: { common: summariseRatios(comparisons, 'common'), rare: summariseRatios(comparisons, 'rare') },
	};
}

const ms = (n: number): string => (Number.isFinite(n) ? `${n.toFixed(1)} ms` : '—');
const x = (n: number): string => (Number.isFinite(n) ? `${n.toFixed(2)}×` : '—');

/** The latency table of one run: a row per query, Talkbook and pages-only side by side, and the ratios. */
export function latencyTable(latency: SearchLatency): string[][] {
	const head = ['query (articles with it)', 'results T / P', 'search warm T / P', 'ratio', 'search+data warm T / P', 'ratio', 'search cold T / P', 'ratio', 'search+data cold T / P', 'ratio', 'fetched cold T / P'];
	const rows = latency.queries.map((q) => [
		`${q.kind} "${q.query}" (${q.articlesWithWord})`,
		`${q.talkbook.results} / ${q.pagesOnly.results}`,
		`${ms(q.talkbook.searchWarm)} / ${ms(q.pagesOnly.searchWarm)}`,
		x(q.ratio.searchWarm),
		`${ms(q.talkbook.dataWarm)} / ${ms(q.pagesOnly.dataWarm)}`,
		x(q.ratio.dataWarm),
		`${ms(q.talkbook.searchCold)} / ${ms(q.pagesOnly.searchCold)}`,
		x(q.ratio.searchCold),
		`${ms(q.talkbook.dataCold)} / ${ms(q.pagesOnly.dataCold)}`,
		x(q.ratio.dataCold),
		`${formatBytes(q.talkbook.bytesCold)} / ${formatBytes(q.pagesOnly.bytesCold)}`,
	]);
	const summary = (['common', 'rare'] as const).map((kind) => {
		const r = latency.summary[kind];
		return [`median ratio, ${kind}`, '', '', x(r.searchWarm), '', x(r.dataWarm), '', x(r.searchCold), '', x(r.dataCold), ''];
	});
	const facts = (label: string, f: IndexFacts): string[] => [label, `${f.records} records`, `index ${formatBytes(f.indexBytes)}`, '', `metadata ${formatBytes(f.metaBytes)}`, '', '', '', '', '', ''];
	return [head, ...rows, ...summary, facts('T = Talkbook', latency.talkbook), facts('P = pages only', latency.pagesOnly)];
}
