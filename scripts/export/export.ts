/**
 * `npm run export`: for each deck of the built site, a slide PDF, a handout PDF, a single-file deck and a
 * PowerPoint file in `dist/exports/`. Serves `dist/` itself on 127.0.0.1, drives the system Chromium
 * (every request off localhost blocked; started only when a file needs it), waits on the deck's own
 * readiness signal (`data-deck-ready`), checks each file before renaming it into place, and finally links
 * the files from the deck pages.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, ensureChromium } from '../chromium.ts';
import { serveStatic } from '../static-server.ts';
import { bundleDeckClient } from './bundle.ts';
import { EXPORT_KINDS, exportFileName, fillDownloads, type ExportKind } from './downloads.ts';
import { listBuiltDecks, siteReader, withTemporary, writeAtomic } from './files.ts';
import { countPdfPages } from './pdf.ts';
import { buildSingleFile, siteBaseOf, siteOriginOf } from './single-file.ts';
import { projectDecks } from './deck-model.ts';
import { exportPptx } from './pptx.ts';
import type { Deck } from '../../src/lib/deck/model.ts';
import { deckHref, withBase } from '../../src/lib/site/paths.ts';
import { assertNoProblems, openDeck, openGuarded } from './deck-page.ts';
import { ExportError, messageOf } from './errors.ts';
import { formatBytes, seconds, streamReporter, type ExportReporter } from './reporter.ts';

/** The project root (this file is scripts/export/export.ts). */
export const ROOT = path.resolve(import.meta.dirname, '..', '..');


/** One written file. */
export interface ExportedFile {
	file: string;
	bytes: number;
	/** Pages of a PDF. */
	pages?: number;
	/** Slides of a PowerPoint file, and how many of them are pictures of their HTML slide. */
	slides?: number;
	pictures?: number;
}

/** What an export did for one deck. */
export interface DeckExport {
	slug: string;
	/** Slides of the deck, as reveal.js counts them on the deck page. */
	slides: number;
	files: Partial<Record<ExportKind, ExportedFile>>;
	ms: number;
	/** The PowerPoint file's slides shown as pictures, and why; and what did not fit at 18 pt. */
	pptx?: { pictures: { id: string; reason: string }[]; warnings: string[] };
}

export interface ExportOptions {
	/** Project root; `dist/` is below it. */
	root?: string;
	/** Deck slugs; every deck when empty or absent. */
	decks?: readonly string[];
	/** A PDF page per fragment step. */
	fragments?: boolean;
	/** Which files to write; all four when absent. */
	kinds?: readonly ExportKind[];
	/** Where the files go; `dist/exports/`, which the deck pages link to, when absent. */
	outDir?: string;
	/** Build the site first when `dist/` has no decks (default true). */
	build?: boolean;
	reporter?: ExportReporter;
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

interface Session {
	/** Chromium, started on first use (a PowerPoint export without pictures needs none). */
	browser: () => Promise<Browser>;
	origin: string;
	/** The base the site was built for, read from its pages. */
	base: string;
	/** The site's public origin the pages were built for, read from them; null without a site URL. */
	siteOrigin: string | null;
	dist: string;
	outDir: string;
	fragments: boolean;
	script: () => Promise<string>;
	/** The project's decks, read once, as the build made them. */
	decks: () => Map<string, Deck>;
}

/** Prints a deck's print view to PDF and checks the PDF has exactly one page per print page. */
async function exportPdf(session: Session, slug: string, kind: 'pdf' | 'handout'): Promise<{ file: ExportedFile; slides: number }> {
	const query = kind === 'handout' ? '?print-pdf&handout' : session.fragments ? '?print-pdf&fragments' : '?print-pdf';
	const what = `${slug}: ${kind === 'handout' ? 'handout' : 'pdf'}`;
	const guarded = await openGuarded(await session.browser(), session.origin);
	try {
		const state = await openDeck(guarded, `${session.origin}${withBase(deckHref(slug), session.base)}${query}`, what);
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
	const pagePath = withBase(deckHref(slug), session.base);
	const html = readFileSync(path.join(session.dist, 'decks', slug, 'index.html'), 'utf8');
	let single: string;
	try {
		single = buildSingleFile({ html, pagePath, read: siteReader(session.dist, session.base), script: await session.script() });
	} catch (error) {
		throw new ExportError(`${what}: ${messageOf(error)}`, { cause: error });
	}
	const file = path.join(session.outDir, exportFileName(slug, 'html'));
	const slides = await withTemporary(file, single, async (temporary) => {
		// No server here: every non-file request is blocked and fails the check.
		const guarded = await openGuarded(await session.browser(), 'file://');
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
	if (file.slides !== undefined) {
		const pictures = file.pictures ? `, ${file.pictures} as ${file.pictures === 1 ? 'a picture' : 'pictures'}` : '';
		return `${name} (${file.slides} slides${pictures}, ${formatBytes(file.bytes)})`;
	}
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
	let launched: Promise<Browser> | undefined;
	const browser = (): Promise<Browser> =>
		(launched ??= (async () => chromium.launch({ executablePath: ensureChromium((line) => reporter.line(line)), args: CHROMIUM_ARGS, headless: true }))());
	// Served under the base it was built for, so the deck pages find their files where a host would serve them.
	const firstPage = readFileSync(path.join(dist, 'decks', slugs[0] ?? '', 'index.html'), 'utf8');
	const base = siteBaseOf(firstPage);
	const siteOrigin = siteOriginOf(firstPage);
	let decks: Map<string, Deck> | undefined;
	const server = await serveStatic(dist, { mount: base });
	const session: Session = {
		browser,
		origin: server.origin,
		base,
		siteOrigin,
		dist,
		outDir,
		fragments: options.fragments ?? false,
		script,
		decks: () => (decks ??= projectDecks(root)),
	};

	const results: DeckExport[] = [];
	const failures: string[] = [];
	try {
		for (const [index, slug] of slugs.entries()) {
			reporter.deckStart(index + 1, slugs.length, slug);
			const started = performance.now();
			const result: DeckExport = { slug, slides: 0, files: {}, ms: 0 };
			try {
				for (const kind of kinds) {
					if (kind === 'pptx') {
						const pptx = await exportPptx(session, slug);
						result.files.pptx = { file: pptx.file, bytes: pptx.bytes, slides: pptx.slides, pictures: pptx.pictures.length };
						result.pptx = { pictures: pptx.pictures, warnings: pptx.warnings };
						result.slides = pptx.slides;
						reporter.step(describeFile(kind, result.files.pptx));
						continue;
					}
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
		if (launched) await (await launched).close();
		await server.close();
	}
	for (const result of results) {
		for (const { id, reason } of result.pptx?.pictures ?? []) reporter.line(`${result.slug}.pptx: slide ${id} is a picture of the HTML slide: ${reason}`);
		for (const warning of result.pptx?.warnings ?? []) reporter.line(`${result.slug}.pptx: warning: ${warning}`);
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
