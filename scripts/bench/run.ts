/**
 * The benchmark: `npm run bench -- --articles N [--seed S] [--rounds R] [--markdown satteri|remark] [--keep]`.
 *
 * Builds a copy of the project (its src/, public/, decks/ and config, none of its articles) with N synthetic
 * articles in bench/tmp/run-<N>/ and, side by side with it, the bare Astro site of bench/bare/ on the same
 * articles in bench/tmp/bare-<N>/: R alternating rounds of a clean build, an unchanged rebuild and a
 * one-article edit on each (scripts/bench/compare.ts). Then it measures dist/ and the pagefind index, and loads an
 * article page, its deck and the search page in headless Chromium (localhost only) for bytes and search
 * latency. Results go to bench/results.json under `runs["<N>"]` (`runs["<N>-remark"]` with --markdown remark),
 * next to the runs at other sizes.
 */
import { copyProject } from '../project-copy.ts';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, ensureChromium } from '../chromium.ts';
import { serveStatic } from '../static-server.ts';
import { measureArticle, measureDeck, measureSearch } from './browser.ts';
import { latencyTable, measureSearchLatency } from './search-latency.ts';
import type { SearchLatency } from './search-latency.ts';
import { generateCorpus } from './corpus.ts';
import { SEARCH_QUERIES } from './vocabulary.ts';
import type { CorpusArticle } from './corpus.ts';
import { compare, compareRows, prepareBare, talkbookSide } from './compare.ts';
import { distSize } from './dist-size.ts';
import { embeddedFaces } from '../../src/lib/fonts/css.ts';
import { BenchError, mergeRun, pagefindFromLog, parseBenchArgs, renderTable, tableRows, USAGE } from './report.ts';
import type { BenchArgs, BenchRun, DeckFontsSummary, DeckLoad, PageLoad, SearchResult } from './report.ts';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const BENCH_DIR = path.join(ROOT, 'bench');
const RESULTS_FILE = path.join(BENCH_DIR, 'results.json');
/** What the build needs from the project; the articles come from the corpus instead. */
const REQUIRED = ['src', 'astro.config.mjs', 'package.json', 'bench/bare'];

function round2(n: number): number {
	return Math.round(n * 100) / 100;
}

function log(line: string): void {
	console.log(`[bench] ${line}`);
}

function elapsed(since: number): string {
	return `${((performance.now() - since) / 1000).toFixed(1)} s`;
}

// ---------------------------------------------------------------------------------------------
// The project copy

/**
 * bench/tmp/run-<N>/: the project copied without its articles (scripts/project-copy.ts keeps the copy's
 * builds cold and away from the project's own Astro cache), the corpus written in. Returns the project
 * articles copied along because composed talks need them.
 */
function prepareCopy(tmp: string, corpus: readonly CorpusArticle[]): string[] {
	for (const required of REQUIRED) {
		if (!existsSync(path.join(ROOT, required))) throw new BenchError(`the project has no ${required} at ${ROOT}`);
	}
	if (!existsSync(path.join(ROOT, 'node_modules', 'astro', 'package.json'))) throw new BenchError('node_modules/astro is missing: run `npm install` first');
	copyProject(ROOT, tmp, { exclude: ['articles'] });
	const articles = path.join(tmp, 'articles');
	mkdirSync(articles);
	for (const article of corpus) writeFileSync(path.join(articles, article.file), article.source);
	const borrowed = articlesOfComposedDecks();
	for (const file of borrowed) cpSync(path.join(ROOT, 'articles', file), path.join(articles, file));
	return borrowed;
}

/**
 * The project's own articles that the composed talks in decks/ take slides from (`article: <slug>`): the copy
 * needs them or those talks cannot build. Usually none or a couple, next to hundreds of synthetic ones.
 */
function articlesOfComposedDecks(): string[] {
	const decks = path.join(ROOT, 'decks');
	const articles = path.join(ROOT, 'articles');
	if (!existsSync(decks) || !existsSync(articles)) return [];
	const slugs = new Set<string>();
	const visit = (dir: string): void => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const full = path.join(dir, entry.name);
			if (entry.isDirectory()) visit(full);
			else if (/\.(md|mdx|ya?ml)$/.test(entry.name)) {
				for (const match of readFileSync(full, 'utf8').matchAll(/\barticle:\s*["']?([A-Za-z0-9_-]+)/g)) slugs.add(match[1] as string);
			}
		}
	};
	visit(decks);
	return readdirSync(articles).filter((file) => slugs.has(file.replace(/\.mdx?$/, '')));
}

// ---------------------------------------------------------------------------------------------
// The build

type BuildOutcome = Omit<BenchRun['build'], 'perArticleSeconds'>;

// ---------------------------------------------------------------------------------------------
// dist/

function walk(dir: string): { bytes: number; files: number; paths: string[] } {
	let bytes = 0;
	const paths: string[] = [];
	const visit = (d: string): void => {
		for (const entry of readdirSync(d, { withFileTypes: true })) {
			const full = path.join(d, entry.name);
			if (entry.isDirectory()) visit(full);
			else if (entry.isFile()) {
				bytes += statSync(full).size;
				paths.push(path.relative(dir, full));
			}
		}
	};
	visit(dir);
	return { bytes, files: paths.length, paths };
}

function measureDist(dist: string, corpus: readonly CorpusArticle[]): { dist: BenchRun['dist']; pagefind: BenchRun['pagefind'] } {
	if (!existsSync(dist)) throw new BenchError(`the build wrote no ${dist}`);
	for (const page of ['index.html', 'search/index.html', 'pagefind/pagefind.js']) {
		if (!existsSync(path.join(dist, page))) throw new BenchError(`the build produced no dist/${page}`);
	}
	const missing = corpus.filter((a) => !existsSync(path.join(dist, 'articles', a.slug, 'index.html'))).map((a) => `/articles/${a.slug}/`);
	if (missing.length > 0) {
		throw new BenchError(`${missing.length} of ${corpus.length} article pages are missing from dist/, e.g.\n  ${missing.slice(0, 10).join('\n  ')}`);
	}
	const all = walk(dist);
	const pagefindDir = path.join(dist, 'pagefind');
	const pf = walk(pagefindDir);
	const html = all.paths.filter((p) => p.endsWith('.html'));
	const deckPages = html.filter((p) => /^decks[/\\][^/\\]+[/\\]index\.html$/.test(p)).length;
	return {
		dist: {
			bytes: all.bytes,
			files: all.files,
			htmlPages: html.length,
			articlePages: html.filter((p) => /^articles[/\\][^/\\]+[/\\]index\.html$/.test(p)).length,
			deckPages,
		},
		pagefind: { bytes: pf.bytes, files: pf.files },
	};
}

/** The fonts every deck page of the build inlines (their WOFF2 bytes, read back from the pages' CSS). */
function deckFontsOf(dist: string): DeckFontsSummary {
	const decksDir = path.join(dist, 'decks');
	const sizes = readdirSync(decksDir, { withFileTypes: true })
		.filter((entry) => entry.isDirectory() && existsSync(path.join(decksDir, entry.name, 'index.html')))
		.map((entry) => embeddedFaces(readFileSync(path.join(decksDir, entry.name, 'index.html'), 'utf8')).reduce((n, f) => n + f.bytes, 0))
		.sort((a, b) => a - b);
	return { decks: sizes.length, medianBytes: sizes[Math.floor(sizes.length / 2)] ?? 0, maxBytes: sizes.at(-1) ?? 0, totalBytes: sizes.reduce((a, b) => a + b, 0) };
}

// ---------------------------------------------------------------------------------------------
// Main

function pickSample(corpus: readonly CorpusArticle[]): CorpusArticle {
	const full = corpus.find((a) => a.file.endsWith('.md') && a.features.takeaways > 0 && a.features.tables.length > 0 && a.features.toml.length > 0);
	return full ?? corpus.find((a) => !a.features.plain) ?? (corpus[0] as CorpusArticle);
}

function readResults(): unknown {
	if (!existsSync(RESULTS_FILE)) return null;
	try {
		return JSON.parse(readFileSync(RESULTS_FILE, 'utf8'));
	} catch {
		log(`warning: ${path.relative(ROOT, RESULTS_FILE)} is not valid JSON; starting a new one`);
		return null;
	}
}

async function main(): Promise<void> {
	const args = parseBenchArgs(process.argv.slice(2));
	if (args.help) {
		console.log(USAGE);
		return;
	}
	const runStarted = performance.now();
	const tmp = path.join(BENCH_DIR, 'tmp', `run-${args.articles}`);
	log(`${args.articles} articles, seed ${args.seed}, ${args.markdown} pipeline, Node ${process.version}, ${os.cpus().length} CPUs`);

	const corpus = generateCorpus({ articles: args.articles, seed: args.seed });
	const corpusBytes = corpus.reduce((n, a) => n + Buffer.byteLength(a.source), 0);
	log(`corpus: ${corpus.length} files, ${(corpusBytes / 1024 / 1024).toFixed(2)} MiB of Markdown`);

	log(`copying the project (without articles/) to ${path.relative(ROOT, tmp)}/`);
	const borrowed = prepareCopy(tmp, corpus);
	if (borrowed.length > 0) log(`also copied ${borrowed.join(', ')}: the composed talks in decks/ take slides from them`);

	try {
		await measure(args, tmp, corpus, corpusBytes, borrowed);
	} catch (err) {
		if (existsSync(tmp)) log(`the copy is left in ${path.relative(ROOT, tmp)}/ for a look`);
		throw err;
	}
	if (args.keep) log(`kept ${path.relative(ROOT, tmp)}/`);
	else rmSync(tmp, { recursive: true, force: true });
	log(`done in ${elapsed(runStarted)}`);
}

/** Build, measure, write results.json and print the table. */
async function measure(args: BenchArgs, tmp: string, corpus: readonly CorpusArticle[], corpusBytes: number, borrowed: readonly string[]): Promise<void> {
	const loadBefore = os.loadavg();
	if ((loadBefore[0] ?? 0) > os.cpus().length) {
		log(`warning: load average ${loadBefore[0]?.toFixed(1)} on ${os.cpus().length} CPUs: other work is running and will inflate the timings`);
	}
	log(`${args.rounds} rounds of clean build, unchanged rebuild and one-article edit, Talkbook (npm run build) and bare Astro + pagefind alternating …`);
	const bareDir = path.join(BENCH_DIR, 'tmp', `bare-${args.articles}`);
	const sides = { talkbook: talkbookSide(tmp), bare: prepareBare(ROOT, bareDir, path.join(tmp, 'articles')) };
	const env = {
		...process.env,
		ASTRO_TELEMETRY_DISABLED: '1',
		PATH: `${path.join(tmp, 'node_modules', '.bin')}${path.delimiter}${path.dirname(process.execPath)}${path.delimiter}${process.env['PATH'] ?? ''}`,
		FORCE_COLOR: '0',
		NO_COLOR: '1',
		// Talkbook's pipeline; bare Astro has no such setting and keeps its default (Sätteri).
		TALKBOOK_MARKDOWN: args.markdown,
	};
	const sample = pickSample(corpus);
	const comparison = await compare(sides, sample.file, args.rounds, env, log);
	const talkbookDist = distSize(path.join(tmp, 'dist'));
	const bareDist = distSize(path.join(bareDir, 'dist'));
	comparison.dist = {
		talkbook: talkbookDist.bytes,
		bare: bareDist.bytes,
		ratio: talkbookDist.bytes / bareDist.bytes,
		gzip: { talkbook: talkbookDist.gzipBytes, bare: bareDist.gzipBytes, ratio: talkbookDist.gzipBytes / bareDist.gzipBytes },
		areas: { talkbook: talkbookDist.byArea, bare: bareDist.byArea },
	};
	const buildLog = readFileSync(path.join(tmp, 'bench.log'), 'utf8');
	const indexed = pagefindFromLog(buildLog);
	const cleanSeconds = comparison.scenarios.clean.talkbook.map((t) => t.wall).sort((a, b) => a - b);
	const outcome: BuildOutcome = {
		seconds: cleanSeconds[Math.floor(cleanSeconds.length / 2)] ?? 0,
		pagesIndexed: indexed?.pages ?? null,
		// Slides are sub-results of their deck's record now; older results counted them apart.
		slidesIndexed: null,
		pagefindMs: indexed?.ms ?? null,
	};
	if (!args.keep) rmSync(bareDir, { recursive: true, force: true });

	const dist = path.join(tmp, 'dist');
	const sizes = measureDist(dist, corpus);
	log(`dist/: ${sizes.dist.files} files, ${(sizes.dist.bytes / 1024 / 1024).toFixed(2)} MiB; pagefind ${(sizes.pagefind.bytes / 1024 / 1024).toFixed(2)} MiB; ${sizes.dist.deckPages} deck pages`);

	const server = await serveStatic(dist);
	const browser = await chromium.launch({ executablePath: ensureChromium((line) => log(line)), args: CHROMIUM_ARGS, headless: true });
	const browserVersion = browser.version();
	let articlePage: PageLoad;
	let deckPage: DeckLoad | null = null;
	let search: SearchResult;
	let searchLatency: SearchLatency;
	try {
		const articleUrl = `${server.origin}/articles/${sample.slug}/`;
		log(`loading ${new URL(articleUrl).pathname}`);
		articlePage = await measureArticle(browser, articleUrl);
		if (existsSync(path.join(dist, 'decks', sample.slug, 'index.html'))) {
			const deckUrl = `${server.origin}/decks/${sample.slug}/`;
			log(`loading ${new URL(deckUrl).pathname}`);
			deckPage = await measureDeck(browser, deckUrl);
			if (!deckPage.deckReady) log('  warning: the deck never set data-deck-ready="true" within 10 s');
		} else {
			log(`no /decks/${sample.slug}/ in this build; deck page not measured`);
		}
		log('searching /search/');
		search = await measureSearch(browser, `${server.origin}/search/`, SEARCH_QUERIES, (line) => log(line));
		log("search latency: pagefind's JS API on Talkbook's index and on a pages-only index of the same articles");
		searchLatency = await measureSearchLatency(browser, server.origin, dist, corpus.map((a) => a.source), { log });
	} finally {
		await browser.close();
		await server.close();
	}
	const offsite = [...articlePage.offsite, ...(deckPage?.offsite ?? []), ...search.load.offsite];
	if (offsite.length > 0) log(`warning: pages tried to leave localhost (blocked): ${[...new Set(offsite)].join(', ')}`);
	for (const load of [articlePage, deckPage, search.load]) {
		if (load && load.consoleErrors.length > 0) log(`warning: ${load.url} logged errors: ${load.consoleErrors.slice(0, 3).join(' | ')}`);
		const failed = load?.resources.filter((r) => r.status >= 400) ?? [];
		if (load && failed.length > 0) log(`warning: ${load.url} requested missing files: ${failed.map((r) => `${r.url} (${r.status})`).join(', ')}`);
	}

	const cpus = os.cpus();
	const run: BenchRun = {
		articles: args.articles,
		markdown: args.markdown,
		seed: args.seed,
		date: new Date().toISOString(),
		node: process.version,
		cpus: cpus.length,
		cpuModel: cpus[0]?.model ?? 'unknown',
		platform: `${process.platform} ${process.arch}`,
		chromium: browserVersion,
		loadAverage: { before: loadBefore.map(round2), after: os.loadavg().map(round2) },
		corpus: {
			files: corpus.length,
			bytes: corpusBytes,
			words: corpus.reduce((n, a) => n + a.features.words, 0),
			tables: corpus.reduce((n, a) => n + a.features.tables.length, 0),
			tomlBlocks: corpus.reduce((n, a) => n + a.features.toml.length, 0),
			withTakeaways: corpus.filter((a) => a.features.takeaways > 0 || a.features.frontmatterTakeaways > 0).length,
			plain: corpus.filter((a) => a.features.plain).length,
			mdx: corpus.filter((a) => a.file.endsWith('.mdx')).length,
			inSeries: corpus.filter((a) => a.features.series).length,
			projectArticles: [...borrowed],
		},
		build: { ...outcome, perArticleSeconds: outcome.seconds / corpus.length },
		dist: sizes.dist,
		pagefind: sizes.pagefind,
		sample: {
			slug: sample.slug,
			words: sample.features.words,
			tables: sample.features.tables.length,
			tomlBlocks: sample.features.toml.length,
			takeaways: sample.features.takeaways,
		},
		articlePage,
		deckPage,
		search,
		searchLatency,
		compare: comparison,
		deckFonts: deckFontsOf(dist),
	};
	const results = mergeRun(readResults(), run);
	mkdirSync(BENCH_DIR, { recursive: true });
	writeFileSync(RESULTS_FILE, `${JSON.stringify(results, null, '\t')}\n`);

	console.log('');
	console.log(renderTable(tableRows(Object.values(results.runs))));
	console.log('');
	console.log(`Search latency at ${args.articles} articles (medians of ${searchLatency.rounds} alternating rounds; T = Talkbook, P = pages only):`);
	console.log(renderTable(latencyTable(searchLatency)));
	console.log('');
	console.log(renderTable(compareRows(Object.values(results.runs))));
	console.log('');
	log(`wrote ${path.relative(ROOT, RESULTS_FILE)} (runs: ${Object.keys(results.runs).join(', ')})`);
}

main().catch((err: unknown) => {
	if (err instanceof BenchError) console.error(`\n[bench] FAILED: ${err.message}`);
	else console.error('\n[bench] FAILED:', err);
	process.exitCode = 1;
});
