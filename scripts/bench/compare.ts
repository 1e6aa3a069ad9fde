/**
 * The side-by-side part of `npm run bench`: Talkbook's `npm run build` against a bare Astro site plus the
 * pagefind CLI (bench/bare/), on one corpus, in alternating runs: a clean build, an unchanged rebuild and a
 * one-article edit, each timed in wall time and in CPU time (user + system of every child process, which a
 * busy machine cannot flatter), then the ratios with their spread over the rounds.
 */
import { spawn } from 'node:child_process';
import { appendFileSync, cpSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import type { DistSize } from './dist-size.ts';
import { BenchError } from './report.ts';

/** The three builds compared. */
export const SCENARIOS = ['clean', 'unchanged', 'edit'] as const;
export type Scenario = (typeof SCENARIOS)[number];

/** One timed build: seconds of wall time and of CPU time (user + system of the children). */
export interface Timing {
	wall: number;
	cpu: number;
}

/** A ratio's median and its spread (lowest and highest) over the rounds. */
export interface Spread {
	median: number;
	min: number;
	max: number;
}

/** What the comparison found, stored in results.json as `compare`. */
export interface Comparison {
	rounds: number;
	/** Per scenario: every round's timings of each side, and the ratios Talkbook / bare. */
	scenarios: Record<Scenario, { talkbook: Timing[]; bare: Timing[]; wallRatio: Spread; cpuRatio: Spread }>;
	/** dist/ bytes after a clean build. */
	dist: {
		talkbook: number;
		bare: number;
		ratio: number;
		/** What a host serving with gzip sends of all of it (scripts/bench/dist-size.ts); runs before it have none. */
		gzip?: { talkbook: number; bare: number; ratio: number };
		/** Both sides' bytes per area of dist/. */
		areas?: { talkbook: DistSize['byArea']; bare: DistSize['byArea'] };
	};
}

/** The issue's targets at 1,000 articles: at most this many times bare Astro's figure. */
export const TARGETS: Record<Scenario | 'dist', number> = { clean: 1.8, unchanged: 1.5, edit: 1.5, dist: 1.6 };

/** Median and spread of a list of numbers (not empty). */
export function spread(values: readonly number[]): Spread {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	const median = sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
	return { median, min: sorted[0] as number, max: sorted.at(-1) as number };
}

/** Per-round ratios a/b, paired round by round (each pair ran back to back). */
export function ratios(a: readonly number[], b: readonly number[]): number[] {
	return a.map((x, i) => x / (b[i] as number));
}

/** Parses bash's `times` output: the second line is the children's user and system time (`0m1.250s 0m0.310s`). */
export function parseTimes(output: string): number {
	const line = output.trim().split('\n')[1] ?? '';
	const parts = [...line.matchAll(/(\d+)m([\d.]+)s/g)].map((m) => Number(m[1]) * 60 + Number(m[2]));
	if (parts.length !== 2) throw new BenchError(`cannot read CPU times from bash's "times": ${JSON.stringify(output)}`);
	return (parts[0] as number) + (parts[1] as number);
}

/**
 * Runs a shell command in `cwd` through bash and times it: wall time here, CPU time from bash's `times`
 * after the command (it counts every descendant that was waited for: astro, pagefind's binary, …).
 * Output goes to `logFile`; a non-zero exit is a BenchError with the log's tail.
 */
export async function timedRun(command: string, cwd: string, env: NodeJS.ProcessEnv, logFile: string): Promise<Timing> {
	const timesFile = `${logFile}.times`;
	appendFileSync(logFile, `\n$ ${command}\n`);
	const started = performance.now();
	const code = await new Promise<number | null>((resolve, reject) => {
		const child = spawn('bash', ['-c', `${command}\nstatus=$?\ntimes > "$TIMES_FILE"\nexit $status`], {
			cwd,
			env: { ...env, TIMES_FILE: timesFile },
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		child.stdout.on('data', (chunk: Buffer) => appendFileSync(logFile, chunk));
		child.stderr.on('data', (chunk: Buffer) => appendFileSync(logFile, chunk));
		child.on('error', reject);
		child.on('close', resolve);
	});
	const wall = (performance.now() - started) / 1000;
	if (code !== 0) {
		const tail = readFileSync(logFile, 'utf8').trimEnd().split('\n').slice(-30).join('\n');
		throw new BenchError(`"${command}" failed (exit ${code}) in ${cwd}. Last lines of ${logFile}:\n${tail}`);
	}
	const cpu = parseTimes(readFileSync(timesFile, 'utf8'));
	rmSync(timesFile, { force: true });
	return { wall, cpu };
}

/** One side of the comparison: where it is built, how, and what a clean build throws away first. */
export interface Side {
	name: 'talkbook' | 'bare';
	dir: string;
	command: string;
	/** Folders (relative to `dir`) a clean build starts without: dist/ and every cache. */
	caches: readonly string[];
}

/**
 * bench/tmp/bare-<N>/: bench/bare/ with the corpus's articles (copied from the Talkbook copy) and a
 * node_modules of links to the project's packages (its own caches stay private), built with the
 * project's astro and indexed with the project's pagefind.
 */
export function prepareBare(root: string, dir: string, articlesFrom: string): Side {
	rmSync(dir, { recursive: true, force: true });
	cpSync(path.join(root, 'bench', 'bare'), dir, { recursive: true, filter: (src) => !src.endsWith('README.md') });
	cpSync(articlesFrom, path.join(dir, 'articles'), { recursive: true });
	const modules = path.join(dir, 'node_modules');
	mkdirSync(modules);
	// Links to the project's packages (the same astro, @astrojs/mdx and pagefind), its caches left out.
	for (const name of readdirSync(path.join(root, 'node_modules'))) {
		if (!['.astro', '.vite', '.cache'].includes(name)) symlinkSync(path.join(root, 'node_modules', name), path.join(modules, name));
	}
	const bin = (name: string): string => JSON.stringify(path.join(root, 'node_modules', '.bin', name));
	return {
		name: 'bare',
		dir,
		command: `${bin('astro')} build && ${bin('pagefind')} --site dist`,
		caches: ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite'],
	};
}

/** The Talkbook copy's side: its own `npm run build` (scripts/build.ts), with its caches in its node_modules. */
export function talkbookSide(dir: string): Side {
	return {
		name: 'talkbook',
		dir,
		command: `${JSON.stringify(process.execPath)} scripts/build.ts`,
		caches: ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite', 'node_modules/.cache'],
	};
}

/** Changes one article the same way on both sides (a sentence added at the end, new in every round). */
export function editArticle(sides: readonly Side[], file: string, round: number): void {
	for (const side of sides) appendFileSync(path.join(side.dir, 'articles', file), `\nThis paragraph was added by round ${round} of the benchmark.\n`);
}

/** Runs `rounds` rounds of clean, unchanged and edit builds, the two sides alternating within each step. */
export async function compare(
	sides: { talkbook: Side; bare: Side },
	editFile: string,
	rounds: number,
	env: NodeJS.ProcessEnv,
	log: (line: string) => void,
): Promise<Comparison> {
	const timings: Record<Scenario, { talkbook: Timing[]; bare: Timing[] }> = {
		clean: { talkbook: [], bare: [] },
		unchanged: { talkbook: [], bare: [] },
		edit: { talkbook: [], bare: [] },
	};
	for (let round = 1; round <= rounds; round++) {
		// Alternate which side goes first, so neither always gets the cooler machine.
		const order = round % 2 === 1 ? [sides.talkbook, sides.bare] : [sides.bare, sides.talkbook];
		for (const scenario of SCENARIOS) {
			if (scenario === 'edit') editArticle(order, editFile, round);
			for (const side of order) {
				if (scenario === 'clean') for (const cache of side.caches) rmSync(path.join(side.dir, cache), { recursive: true, force: true });
				const timing = await timedRun(side.command, side.dir, env, path.join(side.dir, 'bench.log'));
				timings[scenario][side.name].push(timing);
				log(`  round ${round}/${rounds} ${scenario.padEnd(9)} ${side.name.padEnd(8)} wall ${timing.wall.toFixed(1)} s, cpu ${timing.cpu.toFixed(1)} s`);
			}
		}
	}
	const scenarios = Object.fromEntries(
		SCENARIOS.map((s) => {
			const { talkbook, bare } = timings[s];
			return [s, { talkbook, bare, wallRatio: spread(ratios(talkbook.map((t) => t.wall), bare.map((t) => t.wall))), cpuRatio: spread(ratios(talkbook.map((t) => t.cpu), bare.map((t) => t.cpu))) }];
		}),
	) as Comparison['scenarios'];
	return { rounds, scenarios, dist: { talkbook: 0, bare: 0, ratio: 0 } };
}

/** The comparison as table rows (label, then one cell per article count). */
export function compareRows(
	runs: readonly { articles: number; markdown?: string; compare?: Comparison | undefined; deckPage?: { gzipBytes: number; byKind: Record<string, { gzipBytes: number; requests: number }> } | null }[],
): string[][] {
	const withCompare = runs.filter((r) => r.compare);
	const cell = (s: Spread, target: number): string => `${s.median.toFixed(2)}× (${s.min.toFixed(2)}–${s.max.toFixed(2)})${s.median <= target ? '' : ' over'}`;
	const rows: string[][] = [['vs bare Astro + pagefind', ...withCompare.map((r) => `${r.articles} articles${r.markdown && r.markdown !== 'satteri' ? ` (${r.markdown})` : ''}, ${r.compare?.rounds} rounds`)]];
	for (const s of SCENARIOS) {
		const label = { clean: 'clean build', unchanged: 'unchanged rebuild', edit: 'one-article edit' }[s];
		rows.push([`${label} wall (≤ ${TARGETS[s]}×)`, ...withCompare.map((r) => cell(r.compare!.scenarios[s].wallRatio, TARGETS[s]))]);
		rows.push([`${label} cpu (≤ ${TARGETS[s]}×)`, ...withCompare.map((r) => cell(r.compare!.scenarios[s].cpuRatio, TARGETS[s]))]);
		rows.push([`  seconds wall talkbook / bare`, ...withCompare.map((r) => `${spread(r.compare!.scenarios[s].talkbook.map((t) => t.wall)).median.toFixed(1)} / ${spread(r.compare!.scenarios[s].bare.map((t) => t.wall)).median.toFixed(1)}`)]);
	}
	const kinds = (r: (typeof withCompare)[number]): string =>
		r.deckPage
			? `${(r.deckPage.gzipBytes / 1024).toFixed(1)} KiB: ${Object.entries(r.deckPage.byKind)
					.sort(([, a], [, b]) => b.gzipBytes - a.gzipBytes)
					.map(([kind, t]) => `${kind} ${(t.gzipBytes / 1024).toFixed(1)}`)
					.join(', ')}`
			: 'not built';
	rows.push(['deck page gzip by kind (≤ 60 KiB)', ...withCompare.map(kinds)]);
	const mib = (bytes: number): string => (bytes / 1048576).toFixed(1);
	rows.push([`dist/ bytes (≤ ${TARGETS.dist}×)`, ...withCompare.map((r) => `${r.compare!.dist.ratio.toFixed(2)}× (${mib(r.compare!.dist.talkbook)} / ${mib(r.compare!.dist.bare)} MiB)`)]);
	rows.push(['  gzip, as a host sends it', ...withCompare.map(({ compare: c }) => (c!.dist.gzip ? `${c!.dist.gzip.ratio.toFixed(2)}× (${mib(c!.dist.gzip.talkbook)} / ${mib(c!.dist.gzip.bare)} MiB)` : '—'))]);
	rows.push([
		'  MiB by area, talkbook / bare',
		...withCompare.map(({ compare: c }) => {
			const areas = c!.dist.areas;
			if (!areas) return '—';
			return (Object.keys(areas.talkbook) as (keyof typeof areas.talkbook)[]).map((a) => `${a} ${mib(areas.talkbook[a].bytes)} / ${mib(areas.bare[a].bytes)}`).join(', ');
		}),
	]);
	return rows;
}
