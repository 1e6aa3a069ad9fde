/**
 * What a diagram and a formula cost: `npm run bench:content -- [--articles N] [--rounds R] [--seed S]`.
 *
 * Three copies of the project build the same synthetic corpus (scripts/bench/corpus.ts): as it is, with a
 * ```mermaid diagram in every article (a five-node flowchart with its own labels, so no two are the same
 * drawing), and with that diagram plus a display equation and inline math. R rounds of clean builds
 * (every cache removed) alternate the three, the order turning each round; the medians of their wall and CPU
 * time, and the bytes of dist/ and of one article page and its deck, give the cost per diagram and per
 * formula. Results go to bench/content-cost.json. Times are shared-machine figures: read the medians and
 * their differences, not one run.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { copyProject } from '../project-copy.ts';
import { spread, talkbookSide, timedRun } from './compare.ts';
import type { Timing } from './compare.ts';
import { generateCorpus } from './corpus.ts';
import type { CorpusArticle } from './corpus.ts';
import { distSize } from './dist-size.ts';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const OUT = path.join(ROOT, 'bench', 'content-cost.json');

const VARIANTS = ['plain', 'diagram', 'diagram+math'] as const;
type Variant = (typeof VARIANTS)[number];

function log(line: string): void {
	console.log(`[content-cost] ${line}`);
}

/** Words of an article's slug, for labels of its own. */
function words(article: CorpusArticle): string[] {
	const found = article.slug.split('-').filter((w) => /^[a-z]{3,}$/.test(w));
	return found.length >= 3 ? found : [...found, 'request', 'service', 'store'];
}

/** A flowchart of the article's own words: five nodes, four edges, one labelled. */
function diagram(article: CorpusArticle): string {
	const [a = 'alpha', b = 'beta', c = 'gamma'] = words(article);
	return ['```mermaid', 'graph LR', `  A[${a}] -->|reads| B[${b}]`, `  B --> C[${c}]`, `  C --> D[${a} ${c}]`, `  B --> E[${b} cache]`, '```'].join('\n');
}

/** A display equation and inline math, with a number of its own (the article's ordinal). */
function math(i: number): string {
	return [`The load follows $L = \\lambda W$ with $\\lambda = ${i + 2}$ per second:`, '', '$$', `L = \\lambda W = ${i + 2} \\times \\frac{1}{\\mu - \\lambda} = \\sum_{k=1}^{${i + 3}} x_k^2`, '$$'].join('\n');
}

/** The article with what `variant` adds, after its first section's first paragraph. */
function withContent(article: CorpusArticle, variant: Variant, i: number): string {
	if (variant === 'plain') return article.source;
	const added = variant === 'diagram' ? diagram(article) : `${diagram(article)}\n\n${math(i)}`;
	const at = article.source.indexOf('\n## ');
	const end = at < 0 ? article.source.length : article.source.indexOf('\n\n', article.source.indexOf('\n\n', at + 1) + 2);
	const cut = end < 0 ? article.source.length : end;
	return `${article.source.slice(0, cut)}\n\n${added}\n${article.source.slice(cut)}`;
}

/** gzip bytes of one file of dist/. */
function gz(file: string): number {
	return existsSync(file) ? gzipSync(readFileSync(file)).length : 0;
}

async function main(): Promise<void> {
	const { values } = parseArgs({ options: { articles: { type: 'string' }, rounds: { type: 'string' }, seed: { type: 'string' } } });
	const articles = Number(values.articles ?? 100);
	const rounds = Number(values.rounds ?? 3);
	const corpus = generateCorpus({ articles, seed: Number(values.seed ?? 1) }).filter((a) => a.file.endsWith('.md'));
	log(`${corpus.length} Markdown articles, ${rounds} rounds, ${os.cpus().length} CPUs, load ${os.loadavg()[0]?.toFixed(1)}`);
	const dirs = Object.fromEntries(
		VARIANTS.map((variant) => {
			const dir = path.join(ROOT, 'bench', 'tmp', `content-${variant.replace('+', '-')}`);
			copyProject(ROOT, dir, { exclude: ['articles', 'decks'] });
			mkdirSync(path.join(dir, 'articles'));
			corpus.forEach((article, i) => writeFileSync(path.join(dir, 'articles', article.file), withContent(article, variant, i)));
			return [variant, dir];
		}),
	) as Record<Variant, string>;
	const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' };
	const timings: Record<Variant, Timing[]> = { plain: [], diagram: [], 'diagram+math': [] };
	for (let round = 0; round < rounds; round++) {
		const order = VARIANTS.map((_, i) => VARIANTS[(i + round) % VARIANTS.length] as Variant);
		for (const variant of order) {
			const side = talkbookSide(dirs[variant]);
			for (const cache of side.caches) rmSync(path.join(side.dir, cache), { recursive: true, force: true });
			const timing = await timedRun(side.command, side.dir, env, path.join(side.dir, 'bench.log'));
			timings[variant].push(timing);
			log(`round ${round + 1}/${rounds} ${variant.padEnd(12)} wall ${timing.wall.toFixed(1)} s, cpu ${timing.cpu.toFixed(1)} s`);
		}
	}
	const sample = corpus[0] as CorpusArticle;
	const result = Object.fromEntries(
		VARIANTS.map((variant) => {
			const dist = path.join(dirs[variant], 'dist');
			const size = distSize(dist);
			return [
				variant,
				{
					wall: spread(timings[variant].map((t) => t.wall)),
					cpu: spread(timings[variant].map((t) => t.cpu)),
					dist: { bytes: size.bytes, gzipBytes: size.gzipBytes },
					samplePage: gz(path.join(dist, 'articles', sample.slug, 'index.html')),
					sampleDeck: gz(path.join(dist, 'decks', sample.slug, 'index.html')),
				},
			];
		}),
	) as unknown as Record<Variant, { wall: ReturnType<typeof spread>; cpu: ReturnType<typeof spread>; dist: { bytes: number; gzipBytes: number }; samplePage: number; sampleDeck: number }>;
	const per = (a: Variant, b: Variant, pick: (r: (typeof result)[Variant]) => number): number => (pick(result[b]) - pick(result[a])) / corpus.length;
	const summary = {
		articles: corpus.length,
		rounds,
		date: new Date().toISOString(),
		cpus: os.cpus().length,
		loadAverage: os.loadavg(),
		variants: result,
		perDiagram: {
			wallMs: per('plain', 'diagram', (r) => r.wall.median) * 1000,
			cpuMs: per('plain', 'diagram', (r) => r.cpu.median) * 1000,
			distBytes: per('plain', 'diagram', (r) => r.dist.bytes),
			distGzipBytes: per('plain', 'diagram', (r) => r.dist.gzipBytes),
			pageGzipBytes: result.diagram.samplePage - result.plain.samplePage,
			deckGzipBytes: result.diagram.sampleDeck - result.plain.sampleDeck,
		},
		perMath: {
			wallMs: per('diagram', 'diagram+math', (r) => r.wall.median) * 1000,
			cpuMs: per('diagram', 'diagram+math', (r) => r.cpu.median) * 1000,
			distBytes: per('diagram', 'diagram+math', (r) => r.dist.bytes),
			distGzipBytes: per('diagram', 'diagram+math', (r) => r.dist.gzipBytes),
			pageGzipBytes: result['diagram+math'].samplePage - result.diagram.samplePage,
			deckGzipBytes: result['diagram+math'].sampleDeck - result.diagram.sampleDeck,
		},
	};
	writeFileSync(OUT, `${JSON.stringify(summary, null, '\t')}\n`);
	for (const variant of VARIANTS) {
		const r = result[variant];
		log(`${variant.padEnd(12)} wall ${r.wall.median.toFixed(1)} s (${r.wall.min.toFixed(1)}–${r.wall.max.toFixed(1)}), cpu ${r.cpu.median.toFixed(1)} s, dist ${(r.dist.bytes / 1024 / 1024).toFixed(2)} MiB (${(r.dist.gzipBytes / 1024 / 1024).toFixed(2)} MiB gzip), sample page ${r.samplePage} B gzip, its deck ${r.sampleDeck} B gzip`);
	}
	const d = summary.perDiagram;
	const m = summary.perMath;
	log(`per diagram: ${d.wallMs.toFixed(0)} ms wall, ${d.cpuMs.toFixed(0)} ms cpu, ${d.distBytes.toFixed(0)} B of dist/ (${d.distGzipBytes.toFixed(0)} B gzip); the sample page +${d.pageGzipBytes} B gzip, its deck +${d.deckGzipBytes} B gzip`);
	log(`per article's math (a display equation and two inline formulas): ${m.wallMs.toFixed(0)} ms wall, ${m.cpuMs.toFixed(0)} ms cpu, ${m.distBytes.toFixed(0)} B of dist/ (${m.distGzipBytes.toFixed(0)} B gzip); the sample page +${m.pageGzipBytes} B gzip, its deck +${m.deckGzipBytes} B gzip`);
	log(`wrote ${path.relative(ROOT, OUT)}`);
	for (const dir of Object.values(dirs)) rmSync(dir, { recursive: true, force: true });
}

main().catch((error: unknown) => {
	console.error('[content-cost] FAILED:', error);
	process.exitCode = 1;
});
