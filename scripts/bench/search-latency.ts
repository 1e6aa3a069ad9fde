/**
 * Search latency of pagefind's JS API, side by side: Talkbook's index (articles and decks) against a
 * pages-only index pagefind builds over the same dist's article pages, i.e. what a plain docs site of the
 * same corpus would ship. Both are queried in one Chromium, alternating which goes first each round, and
 * every figure is a median over the rounds.
 *
 * - cold: a fresh browser context (empty cache, pagefind not loaded); from the `search()` call, so it
 *   includes pagefind's init (entry, wasm, metadata) and the index chunks the word needs;
 * - warm: the query again once everything it needs is loaded, both indexes in one page, run in alternation;
 * - each for `search()` alone and for `search()` + `data()` of the top five results (what a result list shows).
 */
import * as pagefind from 'pagefind';
import { readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
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

interface Run {
	search: number;
	data: number;
	results: number;
}

/** Runs `query` on the pagefind module stored as `window.__pf[key]`: `search()`, then `data()` of the top five. */
function runIn(page: Page, key: string, query: string): Promise<Run> {
	return page.evaluate(
		async ([k, q]) => {
			type Pf = { search(q: string): Promise<{ results: { data(): Promise<unknown> }[] }> };
			const pf = (window as unknown as { __pf: Record<string, Pf> }).__pf[k as string] as Pf;
			const t0 = performance.now();
			const found = await pf.search(q as string);
			const t1 = performance.now();
			await Promise.all(found.results.slice(0, 5).map((r) => r.data()));
			const t2 = performance.now();
			return { search: t1 - t0, data: t2 - t0, results: found.results.length };
		},
		[key, query],
	);
}

/** A fresh context (empty cache, off-localhost blocked) on a page of the site, with pagefind imported from each bundle. */
async function openWith(browser: Browser, origin: string, bundles: readonly string[], onBytes?: (n: number) => void): Promise<{ context: BrowserContext; page: Page }> {
	const context = await browser.newContext();
	await context.route('**/*', (route) => (route.request().url().startsWith(origin) ? route.continue() : route.abort('blockedbyclient')));
	if (onBytes) context.on('response', (response) => void response.body().then((b) => onBytes(b.length), () => {}));
	const page = await context.newPage();
	await page.goto(`${origin}/404.html`, { waitUntil: 'load' });
	await page.evaluate(async (bs) => {
		const w = window as unknown as { __pf: Record<string, unknown> };
		w.__pf = {};
		for (const b of bs) w.__pf[b] = await import(`${b}pagefind.js`);
	}, [...bundles]);
	return { context, page };
}

/** One cold run of `query` on `bundle`: a fresh context, pagefind imported but not started. */
async function coldRun(browser: Browser, origin: string, bundle: string, query: string): Promise<Run & { bytes: number }> {
	let bytes = 0;
	let counting = false;
	const { context, page } = await openWith(browser, origin, [bundle], (n) => counting && (bytes += n));
	try {
		counting = true;
		const run = await runIn(page, bundle, query);
		// Let the last response bodies be counted.
		await page.waitForTimeout(100);
		if (run.results === 0) throw new BenchError(`search for "${query}" on ${bundle} found nothing`);
		return { ...run, bytes };
	} finally {
		await context.close();
	}
}

/**
 * Warm runs: both bundles loaded in one page, every query run once on each first, then `repeats` pairs,
 * the first index of a pair alternating, so both see the same machine at the same moment.
 */
async function warmRuns(browser: Browser, origin: string, bundles: readonly [string, string], queries: readonly string[], repeats: number): Promise<Map<string, Map<string, Run[]>>> {
	const { context, page } = await openWith(browser, origin, bundles);
	const out = new Map<string, Map<string, Run[]>>(queries.map((q) => [q, new Map(bundles.map((b) => [b, []]))]));
	try {
		for (const q of queries) for (const b of bundles) await runIn(page, b, q);
		for (let i = 0; i < repeats; i++) {
			for (const q of queries) {
				for (const b of i % 2 === 0 ? bundles : [bundles[1], bundles[0]]) out.get(q)?.get(b)?.push(await runIn(page, b, q));
			}
		}
		return out;
	} finally {
		await context.close();
	}
}

function m(values: readonly number[]): number {
	return median(values) ?? NaN;
}

function summarise(cold: readonly (Run & { bytes: number })[], warm: readonly Run[]): QueryTimings {
	return {
		searchCold: m(cold.map((s) => s.search)),
		searchWarm: m(warm.map((s) => s.search)),
		dataCold: m(cold.map((s) => s.data)),
		dataWarm: m(warm.map((s) => s.data)),
		results: cold[0]?.results ?? 0,
		bytesCold: m(cold.map((s) => s.bytes)),
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
 * runs cold on each index (a fresh context each, the first index alternating between rounds), then warm,
 * `warmRepeats` times on each, in one page holding both. Warm medians are over all rounds' runs.
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
	const queries: { q: string; kind: 'common' | 'rare' }[] = [...LATENCY_QUERIES.common.map((q) => ({ q, kind: 'common' as const })), ...LATENCY_QUERIES.rare.map((q) => ({ q, kind: 'rare' as const }))];
	const bundles = [talkbook.bundle, pagesOnly.bundle] as const;
	const cold = new Map(queries.map(({ q }) => [q, new Map(bundles.map((b) => [b, [] as (Run & { bytes: number })[]]))]));
	const warm = new Map(queries.map(({ q }) => [q, new Map(bundles.map((b) => [b, [] as Run[]]))]));
	for (let round = 0; round < rounds; round++) {
		const order = round % 2 === 0 ? bundles : ([bundles[1], bundles[0]] as const);
		for (const { q } of queries) for (const b of order) cold.get(q)?.get(b)?.push(await coldRun(browser, origin, b, q));
		const runs = await warmRuns(browser, origin, order, queries.map(({ q }) => q), warmRepeats);
		for (const [q, byBundle] of runs) for (const [b, list] of byBundle) warm.get(q)?.get(b)?.push(...list);
		log(`  round ${round + 1}/${rounds} done`);
	}
	const comparisons: QueryComparison[] = queries.map(({ q, kind }) => {
		const of = (b: string) => summarise(cold.get(q)?.get(b) ?? [], warm.get(q)?.get(b) ?? []);
		const t = of(talkbook.bundle);
		const p = of(pagesOnly.bundle);
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
