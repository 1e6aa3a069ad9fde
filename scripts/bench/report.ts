/** Pure helpers of the benchmark: arguments, statistics, the results file and the printed table. */
import { parseArgs } from 'node:util';
import type { SearchLatency } from './search-latency.ts';
import type { Comparison } from './compare.ts';
import type { MarkdownPipeline } from '../../src/lib/article/pipeline.ts';

/** A failure the benchmark reports as one clear message (exit code 1). */
export class BenchError extends Error {
	override name = 'BenchError';
}

export interface BenchArgs {
	articles: number;
	seed: number;
	keep: boolean;
	help: boolean;
	/** Rounds of the side-by-side comparison with bare Astro (each: clean, unchanged, one-article edit, both sides). */
	rounds: number;
	/** The Markdown pipeline Talkbook's side builds with (TALKBOOK_MARKDOWN). */
	markdown: MarkdownPipeline;
}

export const USAGE = `Usage: npm run bench -- [--articles N] [--seed S] [--rounds R] [--markdown satteri|remark] [--keep]

  --articles N   synthetic articles to build (default 200)
  --seed S       corpus seed (default 1); the same seed gives the same corpus
  --rounds R     rounds of the comparison with bare Astro + pagefind (default 3)
  --markdown P   the Markdown pipeline Talkbook builds with: satteri (default) or remark (TALKBOOK_MARKDOWN);
                 bare Astro keeps its default. A remark run is kept beside the satteri run of the same size
  --keep         keep bench/tmp/run-<N>/ (the project copy, corpus and dist/) afterwards`;

function pipelineArg(value: string | undefined): MarkdownPipeline {
	if (value === undefined) return 'satteri';
	if (value === 'satteri' || value === 'remark') return value;
	throw new Error(`--markdown must be satteri or remark, got "${value}"`);
}

function positiveInt(name: string, value: string | undefined, fallback: number, min: number): number {
	if (value === undefined) return fallback;
	if (!/^\d+$/.test(value.trim())) throw new Error(`--${name} must be a whole number, got "${value}"`);
	const n = Number(value);
	if (!Number.isSafeInteger(n) || n < min) throw new Error(`--${name} must be at least ${min}, got ${value}`);
	return n;
}

/** Parses `--articles N --seed S --keep` (also `--articles=N`); throws on unknown flags or bad numbers. */
export function parseBenchArgs(argv: readonly string[]): BenchArgs {
	const { values } = parseArgs({
		args: [...argv],
		options: {
			articles: { type: 'string' },
			seed: { type: 'string' },
			rounds: { type: 'string' },
			markdown: { type: 'string' },
			keep: { type: 'boolean', default: false },
			help: { type: 'boolean', short: 'h', default: false },
		},
		strict: true,
		allowPositionals: false,
	});
	return {
		articles: positiveInt('articles', values.articles, 200, 1),
		seed: positiveInt('seed', values.seed, 1, 0),
		rounds: positiveInt('rounds', values.rounds, 3, 1),
		markdown: pipelineArg(values.markdown),
		keep: values.keep ?? false,
		help: values.help ?? false,
	};
}

export function median(values: readonly number[]): number | null {
	if (values.length === 0) return null;
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Bytes a page load fetched, by kind of file. */
export interface ByteTotals {
	requests: number;
	rawBytes: number;
	gzipBytes: number;
}

export interface LoadedResource {
	/** Path and query on the local server. */
	url: string;
	status: number;
	contentType: string;
	rawBytes: number;
	gzipBytes: number;
}

/** What one page load in Chromium fetched. */
export interface PageLoad extends ByteTotals {
	url: string;
	byKind: Record<string, ByteTotals>;
	resources: LoadedResource[];
	/** Requests that tried to leave localhost (blocked). Must be empty. */
	offsite: string[];
	/** Uncaught exceptions and console errors on the page. */
	consoleErrors: string[];
	/** `loadEventEnd` from Navigation Timing, ms. */
	loadMs: number | null;
}

export interface DeckLoad extends PageLoad {
	/** `document.documentElement.dataset.deckReady === 'true'` within 10 s of the load; null if never checked. */
	deckReady: boolean;
	/** The deck's own fonts, inlined in the page (counted in its html bytes): WOFF2 bytes per face (absent in runs before issue 18). */
	fonts?: { bytes: number; faces: { family: string; weight: number; bytes: number }[] };
}

/** The fonts inlined in every deck page of a build: bytes per deck (absent in runs before issue 18). */
export interface DeckFontsSummary {
	decks: number;
	medianBytes: number;
	maxBytes: number;
	totalBytes: number;
}

export interface SearchQueryResult {
	query: string;
	/** ms from the input event to the first result link; includes the input's debounce. */
	ms: number;
	/** Text of `pagefind-summary` once results are shown. */
	summary: string;
}

export interface SearchResult {
	queries: SearchQueryResult[];
	coldMs: number;
	warmMedianMs: number | null;
	warmMaxMs: number | null;
	/** pagefind-input's debounce (ms), part of every figure above. */
	debounceMs: number | null;
	/** Everything the search page fetched: the page, pagefind's UI, wasm and the index chunks the five queries needed. */
	load: PageLoad;
}

export interface BenchRun {
	articles: number;
	/** The Markdown pipeline Talkbook built with; runs before issue 21 have none (Sätteri). */
	markdown?: MarkdownPipeline;
	seed: number;
	date: string;
	node: string;
	cpus: number;
	cpuModel: string;
	platform: string;
	chromium: string;
	/** os.loadavg() (1, 5, 15 min) before the build and after the measurements: above `cpus`, other work skewed the timings. */
	loadAverage: { before: number[]; after: number[] };
	corpus: {
		files: number;
		bytes: number;
		words: number;
		tables: number;
		tomlBlocks: number;
		withTakeaways: number;
		plain: number;
		mdx: number;
		inSeries: number;
		/** The project's own articles built too, because composed talks in decks/ use them. */
		projectArticles: string[];
	};
	build: {
		seconds: number;
		perArticleSeconds: number;
		/**
		 * What writing the index took after the last page was rendered, as the pagefind integration logs it
		 * ("indexed N pages (X ms after the last page)") for the last build that wrote one; null when none did.
		 */
		pagefindMs: number | null;
		pagesIndexed: number | null;
		slidesIndexed: number | null;
	};
	dist: { bytes: number; files: number; htmlPages: number; articlePages: number; deckPages: number };
	pagefind: { bytes: number; files: number };
	sample: { slug: string; words: number; tables: number; tomlBlocks: number; takeaways: number };
	articlePage: PageLoad;
	/** null when the build produced no `/decks/<slug>/` for the sample article. */
	deckPage: DeckLoad | null;
	search: SearchResult;
	/** pagefind's JS API on Talkbook's index against a pages-only index (absent in runs made before it existed). */
	searchLatency?: SearchLatency;
	/** Talkbook against bare Astro + pagefind on the same corpus (scripts/bench/compare.ts). */
	compare?: Comparison;
	/** The decks' own fonts over every deck page of the build. */
	deckFonts?: DeckFontsSummary;
}

export interface BenchResults {
	runs: Record<string, BenchRun>;
}

/** Adds (or replaces) the run for its article count, keeping every other run. Unreadable input starts afresh. */
/** A run's key in results.json: its size, and the pipeline when it is not the default (`200`, `200-remark`). */
export function runKey(run: Pick<BenchRun, 'articles' | 'markdown'>): string {
	return run.markdown && run.markdown !== 'satteri' ? `${run.articles}-${run.markdown}` : String(run.articles);
}

export function mergeRun(existing: unknown, run: BenchRun): BenchResults {
	const runs: Record<string, BenchRun> = {};
	if (existing && typeof existing === 'object' && 'runs' in existing) {
		const old = (existing as { runs: unknown }).runs;
		if (old && typeof old === 'object') Object.assign(runs, old);
	}
	runs[runKey(run)] = run;
	const ordered: Record<string, BenchRun> = {};
	for (const key of Object.keys(runs).sort((a, b) => Number.parseInt(a, 10) - Number.parseInt(b, 10) || a.localeCompare(b))) ordered[key] = runs[key] as BenchRun;
	return { runs: ordered };
}

/** Classifies a fetched file for the per-kind totals. */
export function resourceKind(url: string, contentType: string): string {
	const pathname = new URL(url, 'http://localhost').pathname;
	if (pathname.startsWith('/pagefind/')) {
		if (/\.(js|css)$/.test(pathname)) return 'pagefind-ui';
		return 'pagefind-index';
	}
	if (contentType.includes('html')) return 'html';
	if (contentType.includes('css')) return 'css';
	if (contentType.includes('javascript')) return 'js';
	if (contentType.startsWith('font/') || /\.(woff2?|ttf|otf)$/.test(pathname)) return 'font';
	if (contentType.startsWith('image/')) return 'image';
	return 'other';
}

/** Totals over resources, overall and per kind. */
export function totals(resources: readonly LoadedResource[]): ByteTotals & { byKind: Record<string, ByteTotals> } {
	const byKind: Record<string, ByteTotals> = {};
	let rawBytes = 0;
	let gzipBytes = 0;
	for (const r of resources) {
		rawBytes += r.rawBytes;
		gzipBytes += r.gzipBytes;
		const kind = resourceKind(r.url, r.contentType);
		const k = (byKind[kind] ??= { requests: 0, rawBytes: 0, gzipBytes: 0 });
		k.requests++;
		k.rawBytes += r.rawBytes;
		k.gzipBytes += r.gzipBytes;
	}
	return { requests: resources.length, rawBytes, gzipBytes, byKind };
}

export function formatBytes(bytes: number): string {
	if (bytes < 1024) return `${bytes} B`;
	if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
	return `${(bytes / (1024 * 1024)).toFixed(2)} MiB`;
}

function ms(value: number | null): string {
	return value === null ? '—' : `${Math.round(value)} ms`;
}

function load(page: PageLoad | null): string {
	return page ? `${formatBytes(page.rawBytes)} / ${formatBytes(page.gzipBytes)} gz (${page.requests} req)` : 'not built';
}

/**
 * The pages and the milliseconds the pagefind integration logged for the last build of `log` that wrote its
 * index (`indexed 2005 pages (3110 ms after the last page): …`); a build that reused the index logs no time.
 */
export function pagefindFromLog(log: string): { pages: number; ms: number } | null {
	const last = [...log.matchAll(/indexed (\d+) pages \((\d+) ms after the last page\)/g)].at(-1);
	return last ? { pages: Number(last[1]), ms: Number(last[2]) } : null;
}

/** The rows of the printed table: one label column, one column per run. */
export function tableRows(runs: readonly BenchRun[]): string[][] {
	const row = (label: string, cell: (r: BenchRun) => string): string[] => [label, ...runs.map(cell)];
	return [
		row('articles', (r) => `${r.articles}${r.markdown && r.markdown !== 'satteri' ? ` (${r.markdown})` : ''}`),
		row('corpus (md bytes, words)', (r) => `${formatBytes(r.corpus.bytes)}, ${r.corpus.words.toLocaleString('en-US')} words`),
		row('build total', (r) => `${r.build.seconds.toFixed(1)} s`),
		row('build per article', (r) => `${(r.build.perArticleSeconds * 1000).toFixed(0)} ms`),
		row('  pagefind after the last page', (r) => (r.build.pagefindMs == null ? '—' : `${(r.build.pagefindMs / 1000).toFixed(1)} s (${r.build.pagesIndexed} pages${r.build.slidesIndexed == null ? '' : `, ${r.build.slidesIndexed} slides`})`)),
		row('dist/', (r) => `${formatBytes(r.dist.bytes)} in ${r.dist.files} files`),
		row('html pages (articles, decks)', (r) => `${r.dist.htmlPages} (${r.dist.articlePages}, ${r.dist.deckPages})`),
		row('pagefind index', (r) => `${formatBytes(r.pagefind.bytes)} in ${r.pagefind.files} files`),
		row('article page load', (r) => load(r.articlePage)),
		row('deck page load', (r) => load(r.deckPage)),
		row('deck ready', (r) => (r.deckPage ? (r.deckPage.deckReady ? 'yes' : 'no (10 s)') : '—')),
		row('  its fonts (inlined WOFF2, in html)', (r) => (r.deckPage?.fonts ? `${formatBytes(r.deckPage.fonts.bytes)}: ${r.deckPage.fonts.faces.map((f) => `${f.family} ${f.weight} ${formatBytes(f.bytes)}`).join(', ')}` : '—')),
		row('deck fonts per deck median / max', (r) => (r.deckFonts ? `${formatBytes(r.deckFonts.medianBytes)} / ${formatBytes(r.deckFonts.maxBytes)} (${r.deckFonts.decks} decks, ${formatBytes(r.deckFonts.totalBytes)} in all)` : '—')),
		row('search page + 5 queries', (r) => load(r.search.load)),
		row('search cold (1st query)', (r) => ms(r.search.coldMs)),
		row('search warm median / max', (r) => `${ms(r.search.warmMedianMs)} / ${ms(r.search.warmMaxMs)}`),
		row('  (debounce included)', (r) => ms(r.search.debounceMs)),
		row('search() warm ratio common / rare', (r) => (r.searchLatency ? `${r.searchLatency.summary.common.searchWarm.toFixed(2)}× / ${r.searchLatency.summary.rare.searchWarm.toFixed(2)}× of pages-only` : '—')),
		row('  + top-5 data() warm ratio', (r) => (r.searchLatency ? `${r.searchLatency.summary.common.dataWarm.toFixed(2)}× / ${r.searchLatency.summary.rare.dataWarm.toFixed(2)}×` : '—')),
		row('search index records (pages-only)', (r) => (r.searchLatency ? `${r.searchLatency.talkbook.records} (${r.searchLatency.pagesOnly.records})` : '—')),
		row('load avg 1 min (start → end)', (r) => `${r.loadAverage?.before[0]?.toFixed(1) ?? '?'} → ${r.loadAverage?.after[0]?.toFixed(1) ?? '?'} on ${r.cpus} CPUs`),
		row('date, seed', (r) => `${r.date.slice(0, 10)}, ${r.seed}`),
	];
}

/** A plain-text table with aligned columns. */
export function renderTable(rows: readonly string[][]): string {
	const widths: number[] = [];
	for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
	const line = (row: readonly string[]): string => row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  │  ').trimEnd();
	const [head, ...body] = rows;
	if (!head) return '';
	const rule = widths.map((w) => '─'.repeat(w)).join('──┼──');
	return [line(head), rule, ...body.map(line)].join('\n');
}
