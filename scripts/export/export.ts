/**
 * `npm run export`: for each deck of the built site, a slide PDF, a handout PDF and a single-file deck
 * in `dist/exports/`. Serves `dist/` itself on 127.0.0.1, drives the system Chromium (every request off
 * localhost blocked), waits on the deck's own readiness signal (`data-deck-ready`), checks each file
 * before renaming it into place, and finally links the files from the deck pages.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, ensureChromium } from '../chromium.ts';
import { serveStatic } from '../static-server.ts';
import { bundleDeckClient } from './bundle.ts';
import { EXPORT_KINDS, exportFileName, fillDownloads, type ExportKind } from './downloads.ts';
import { listBuiltDecks, siteReader, withTemporary, writeAtomic } from './files.ts';
import { countPdfPages } from './pdf.ts';
import { buildSingleFile } from './single-file.ts';

/** The project root (this file is scripts/export/export.ts). */
export const ROOT = path.resolve(import.meta.dirname, '..', '..');

/** The frame every deck is designed for; the print view makes one page of it per slide. */
const FRAME = { width: 1280, height: 720 } as const;
/** Upper bound for a deck to signal readiness; it normally takes one or two seconds. */
const READY_TIMEOUT_MS = 60_000;

/** Why an export failed, worded for the person who ran it; names the deck when it is about one. */
export class ExportError extends Error {
	constructor(message: string, options?: ErrorOptions) {
		super(message, options);
		this.name = 'ExportError';
	}
}

/** One written file. */
export interface ExportedFile {
	file: string;
	bytes: number;
	/** Pages of a PDF. */
	pages?: number;
}

/** What an export did for one deck. */
export interface DeckExport {
	slug: string;
	/** Slides of the deck, as reveal.js counts them on the deck page. */
	slides: number;
	files: Partial<Record<ExportKind, ExportedFile>>;
	ms: number;
}

/** Progress, one line per deck built up step by step. */
export interface ExportReporter {
	/** A line of its own (building the site, the summary). */
	line(text: string): void;
	deckStart(index: number, total: number, slug: string): void;
	/** A finished part of the current deck (`pdf (12 pages, 230 KB)`). */
	step(text: string): void;
	/** The end of the deck's line: its time, or that it failed. */
	deckEnd(text: string): void;
}

export interface ExportOptions {
	/** Project root; `dist/` is below it. */
	root?: string;
	/** Deck slugs; every deck when empty or absent. */
	decks?: readonly string[];
	/** A PDF page per fragment step. */
	fragments?: boolean;
	/** Which files to write; all three when absent. */
	kinds?: readonly ExportKind[];
	/** Where the files go; `dist/exports/`, which the deck pages link to, when absent. */
	outDir?: string;
	/** Build the site first when `dist/` has no decks (default true). */
	build?: boolean;
	reporter?: ExportReporter;
}

/** Reporter that writes each deck's progress as one growing line to a stream (the terminal). */
export function streamReporter(out: NodeJS.WritableStream = process.stdout): ExportReporter {
	let first = true;
	return {
		line: (text) => void out.write(`${text}\n`),
		deckStart(index, total, slug) {
			first = true;
			out.write(`[${index}/${total}] ${slug}: `);
		},
		step(text) {
			out.write(`${first ? '' : ' · '}${text}`);
			first = false;
		},
		deckEnd: (text) => void out.write(` — ${text}\n`),
	};
}

/** Reporter that keeps whole lines, for tests and quiet callers. */
export function collectingReporter(): ExportReporter & { lines: string[] } {
	const lines: string[] = [];
	let current = '';
	let steps: string[] = [];
	return {
		lines,
		line: (text) => void lines.push(text),
		deckStart(index, total, slug) {
			current = `[${index}/${total}] ${slug}: `;
			steps = [];
		},
		step: (text) => void steps.push(text),
		deckEnd: (text) => void lines.push(`${current}${steps.join(' · ')} — ${text}`),
	};
}

export function formatBytes(bytes: number): string {
	if (bytes < 1024) return `${bytes} B`;
	if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
	return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

function seconds(ms: number): string {
	return `${(ms / 1000).toFixed(1)} s`;
}

function messageOf(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}

/** The decks to export: all of `available`, or the requested ones, which must all exist. */
export function selectDecks(requested: readonly string[], available: readonly string[]): string[] {
	if (available.length === 0) throw new ExportError('the built site has no decks (dist/decks/*/index.html)');
	if (requested.length === 0) return [...available];
	const unknown = requested.filter((slug) => !available.includes(slug));
	if (unknown.length > 0) {
		const names = unknown.map((s) => `"${s}"`).join(', ');
		throw new ExportError(`no deck named ${names}. Available decks: ${available.join(', ')}`);
	}
	return [...requested];
}

/**
 * Builds the site when `dist/` has no decks, the way `npm run build` does: the project's build script
 * (scripts/build.ts) when there is one, else `astro build`, always with the project's Node.
 */
function ensureBuilt(root: string, dist: string, allowed: boolean, reporter: ExportReporter): void {
	if (listBuiltDecks(dist).length > 0) return;
	const why = existsSync(dist) ? 'dist/ has no built decks' : 'dist/ does not exist';
	if (!allowed) throw new ExportError(`${why}: run \`npm run build\` first`);
	const buildScript = path.join(root, 'scripts', 'build.ts');
	const astro = path.join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
	const command = existsSync(buildScript) ? [buildScript] : [astro, 'build'];
	reporter.line(`${why}: building the site first (${existsSync(buildScript) ? 'npm run build' : 'astro build'})…`);
	if (!existsSync(astro)) throw new ExportError('node_modules/astro is missing: run `npm install` first');
	const bin = path.join(root, 'node_modules', '.bin');
	const result = spawnSync(process.execPath, command, {
		cwd: root,
		stdio: 'inherit',
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', PATH: `${bin}${path.delimiter}${process.env['PATH'] ?? ''}` },
	});
	if (result.status !== 0) throw new ExportError('the build failed (see its output above); fix it and run the export again');
	if (listBuiltDecks(dist).length === 0) throw new ExportError('the build finished but wrote no decks to dist/decks/');
}

/** A page whose trouble is recorded: page errors, console errors, and requests that tried to leave. */
interface Guarded {
	context: BrowserContext;
	page: Page;
	problems: string[];
}

function isAllowedUrl(url: string, origin: string): boolean {
	if (/^(data|blob|about|file):/i.test(url)) return true;
	return url === origin || url.startsWith(`${origin}/`);
}

async function openGuarded(browser: Browser, origin: string): Promise<Guarded> {
	const context = await browser.newContext({ viewport: FRAME });
	const problems: string[] = [];
	await context.route('**/*', (route) => {
		const url = route.request().url();
		if (isAllowedUrl(url, origin)) return route.continue();
		problems.push(`tried to fetch ${url} (blocked: exports never use the network)`);
		return route.abort('blockedbyclient');
	});
	const page = await context.newPage();
	page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
	page.on('console', (message) => {
		if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
	});
	page.on('crash', () => problems.push('the page crashed'));
	return { context, page, problems };
}

/** Counts of the loaded deck, read once it is ready. */
interface DeckState {
	slides: number;
	/** Pages of the print view (`data-deck-pages`), when it is one. */
	pages: number | null;
}

/**
 * Opens `url` and waits for the deck's readiness signal (`data-deck-ready`, set once reveal.js started,
 * fonts loaded, slides fitted and — in print — the pages laid out), failing at once on `data-deck-error`
 * or a page error rather than waiting for the deadline.
 */
async function openDeck({ page, problems }: Guarded, url: string, what: string): Promise<DeckState> {
	const failed = new Promise<never>((_resolve, reject) => {
		page.once('pageerror', (error) => reject(new ExportError(`${what}: the deck threw ${error.message}`)));
		page.once('crash', () => reject(new ExportError(`${what}: the page crashed`)));
	});
	failed.catch(() => undefined);
	await page.goto(url);
	const ready = page.waitForFunction(
		() => {
			const data = document.documentElement.dataset;
			return data['deckReady'] === 'true' || data['deckError'] !== undefined;
		},
		null,
		{ timeout: READY_TIMEOUT_MS, polling: 50 },
	);
	try {
		await Promise.race([ready, failed]);
	} catch (error) {
		if (error instanceof ExportError) throw error;
		throw new ExportError(`${what}: the deck did not signal it was ready within ${READY_TIMEOUT_MS / 1000} s (${messageOf(error)})`);
	}
	const state = await page.evaluate(() => {
		const data = document.documentElement.dataset;
		return {
			error: data['deckError'] ?? null,
			// In a print view with a page per fragment step, reveal.js's count includes the copies it made
			// of each slide; the distinct slide ids are the deck's slides.
			slides:
				data['deckPages'] === undefined
					? (window.Reveal?.getTotalSlides() ?? 0)
					: new Set([...document.querySelectorAll('.reveal .pdf-page section')].map((s, i) => s.id || `#${i}`)).size,
			pages: data['deckPages'] === undefined ? null : Number(data['deckPages']),
		};
	});
	if (state.error !== null) throw new ExportError(`${what}: the deck failed to start: ${state.error}`);
	assertNoProblems(problems, what);
	return { slides: state.slides, pages: state.pages };
}

function assertNoProblems(problems: readonly string[], what: string): void {
	if (problems.length > 0) throw new ExportError(`${what}:\n  ${[...new Set(problems)].join('\n  ')}`);
}

interface Session {
	browser: Browser;
	origin: string;
	dist: string;
	outDir: string;
	fragments: boolean;
	script: () => Promise<string>;
}

/** Prints a deck's print view to PDF and checks the PDF has exactly one page per print page. */
async function exportPdf(session: Session, slug: string, kind: 'pdf' | 'handout'): Promise<{ file: ExportedFile; slides: number }> {
	const query = kind === 'handout' ? '?print-pdf&handout' : session.fragments ? '?print-pdf&fragments' : '?print-pdf';
	const what = `${slug}: ${kind === 'handout' ? 'handout' : 'pdf'}`;
	const guarded = await openGuarded(session.browser, session.origin);
	try {
		const state = await openDeck(guarded, `${session.origin}/decks/${slug}/${query}`, what);
		const pages = state.pages ?? 0;
		const onePerSlide = kind === 'handout' || !session.fragments;
		if (pages === 0) throw new ExportError(`${what}: the print view laid out no pages`);
		if (onePerSlide && pages !== state.slides) throw new ExportError(`${what}: the print view has ${pages} pages for ${state.slides} slides`);
		const pdf = await guarded.page.pdf({ printBackground: true, preferCSSPageSize: true, tagged: true, outline: false });
		assertNoProblems(guarded.problems, what);
		const file = path.join(session.outDir, exportFileName(slug, kind));
		const counted = await withTemporary(file, pdf, async () => {
			const count = await countPdfPages(pdf);
			if (count !== pages) {
				throw new ExportError(`${what}: the PDF has ${count} pages for ${pages} ${onePerSlide ? 'slides' : 'steps'}; a slide is taller than its page`);
			}
			return count;
		});
		return { file: { file, bytes: pdf.byteLength, pages: counted }, slides: state.slides };
	} finally {
		await guarded.context.close();
	}
}

/** Writes the single-file deck, after opening it from file:// with the network blocked to check it presents. */
async function exportHtml(session: Session, slug: string): Promise<{ file: ExportedFile; slides: number }> {
	const what = `${slug}: html`;
	const pagePath = `/decks/${slug}/`;
	const html = readFileSync(path.join(session.dist, 'decks', slug, 'index.html'), 'utf8');
	let single: string;
	try {
		single = buildSingleFile({ html, pagePath, read: siteReader(session.dist), script: await session.script() });
	} catch (error) {
		throw new ExportError(`${what}: ${messageOf(error)}`, { cause: error });
	}
	const file = path.join(session.outDir, exportFileName(slug, 'html'));
	const slides = await withTemporary(file, single, async (temporary) => {
		// No server here: every non-file request is blocked and fails the check.
		const guarded = await openGuarded(session.browser, 'file://');
		try {
			const state = await openDeck(guarded, pathToFileURL(temporary).href, `${what} (opened from file://)`);
			return state.slides;
		} finally {
			await guarded.context.close();
		}
	});
	return { file: { file, bytes: Buffer.byteLength(single) }, slides };
}

function describeFile(kind: ExportKind, file: ExportedFile): string {
	const name = kind === 'handout' ? 'handout' : kind;
	return file.pages === undefined ? `${name} (${formatBytes(file.bytes)})` : `${name} (${file.pages} pages, ${formatBytes(file.bytes)})`;
}

/** Fills the Downloads nav of every deck page with the exports present in `exportsDir`. */
export function linkExportsFromDeckPages(dist: string, exportsDir: string): { updated: string[]; missingPlaceholder: string[] } {
	const updated: string[] = [];
	const missingPlaceholder: string[] = [];
	for (const slug of listBuiltDecks(dist)) {
		const present = new Set(EXPORT_KINDS.filter((kind) => existsSync(path.join(exportsDir, exportFileName(slug, kind)))));
		const page = path.join(dist, 'decks', slug, 'index.html');
		const html = readFileSync(page, 'utf8');
		const filled = fillDownloads(html, slug, present);
		if (filled === null) missingPlaceholder.push(slug);
		else if (filled !== html) {
			writeAtomic(page, filled);
			updated.push(slug);
		}
	}
	return { updated, missingPlaceholder };
}

/**
 * Exports the decks. Every deck is tried even if one fails; then an ExportError lists the failures.
 * Returns what was written, deck by deck.
 */
export async function exportDecks(options: ExportOptions = {}): Promise<DeckExport[]> {
	const root = path.resolve(options.root ?? ROOT);
	const dist = path.join(root, 'dist');
	const exportsDir = path.join(dist, 'exports');
	const outDir = path.resolve(options.outDir ?? exportsDir);
	const kinds = options.kinds ?? EXPORT_KINDS;
	const reporter = options.reporter ?? streamReporter();

	ensureBuilt(root, dist, options.build ?? true, reporter);
	const slugs = selectDecks(options.decks ?? [], listBuiltDecks(dist));
	mkdirSync(outDir, { recursive: true });

	let bundled: Promise<string> | undefined;
	const script = (): Promise<string> => (bundled ??= bundleDeckClient(root));
	const executablePath = ensureChromium((line) => reporter.line(line));
	const server = await serveStatic(dist);
	const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
	const session: Session = { browser, origin: server.origin, dist, outDir, fragments: options.fragments ?? false, script };

	const results: DeckExport[] = [];
	const failures: string[] = [];
	try {
		for (const [index, slug] of slugs.entries()) {
			reporter.deckStart(index + 1, slugs.length, slug);
			const started = performance.now();
			const result: DeckExport = { slug, slides: 0, files: {}, ms: 0 };
			try {
				for (const kind of kinds) {
					const { file, slides } = kind === 'html' ? await exportHtml(session, slug) : await exportPdf(session, slug, kind);
					result.files[kind] = file;
					result.slides = slides;
					reporter.step(describeFile(kind, file));
				}
				result.ms = performance.now() - started;
				reporter.deckEnd(seconds(result.ms));
				results.push(result);
			} catch (error) {
				reporter.deckEnd('failed');
				failures.push(error instanceof ExportError ? error.message : `${slug}: ${messageOf(error)}`);
			}
		}
	} finally {
		await browser.close();
		await server.close();
	}

	if (outDir === exportsDir) {
		const { missingPlaceholder } = linkExportsFromDeckPages(dist, exportsDir);
		if (missingPlaceholder.length > 0) {
			reporter.line(`note: no Downloads placeholder on the page of ${missingPlaceholder.join(', ')} (built before exports existed?); rebuild to link the exports`);
		}
	}
	if (failures.length > 0) {
		const done = results.length > 0 ? ` (${results.map((r) => r.slug).join(', ')} exported fine)` : '';
		throw new ExportError(`${failures.length} of ${slugs.length} decks could not be exported${done}:\n${failures.map((f) => `- ${f}`).join('\n')}`);
	}
	return results;
}
