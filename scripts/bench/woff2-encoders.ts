/**
 * The deck fonts' WOFF2 encoders compared: `npm run bench:woff2 -- [--articles N] [--rounds R]`.
 *
 * Takes every face the project's decks and the decks of a synthetic corpus (scripts/bench/corpus.ts, N
 * articles) embed: each deck's slides rendered as its page renders them, read by face (deckTextByRole)
 * and planned (planDeckFonts), each face cut by hb-subset as subset.ts cuts it (its time is reported
 * too). Then encodes each face's TrueType subset with Google's encoder (wawoff2, Brotli quality 11) and
 * with Talkbook's (src/lib/fonts/woff2/) at Brotli qualities 9, 10 and 11, with and without literal
 * context modeling, R times each, alternating, and reports bytes per face and per deck and the median
 * time per face. Times are shared-machine figures: compare the medians, not one run.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import fontverter from 'fontverter';
import { buildCatalog } from '../../src/lib/catalog/catalog.ts';
import { deckPageOptions } from '../../src/lib/cache/deck-slides.ts';
import { deckTextByRole } from '../../src/lib/fonts/deck-text.ts';
import { planDeckFonts } from '../../src/lib/fonts/plan.ts';
import { keepNameIds } from '../../src/lib/fonts/sfnt-names.ts';
import { subsetFontFile } from '../../src/lib/fonts/subset.ts';
import type { BrotliSettings } from '../../src/lib/fonts/woff2/compress.ts';
import { encodeWoff2 } from '../../src/lib/fonts/woff2/encode.ts';
import { renderDeckSlides } from '../../src/lib/render/deck.ts';
import { getDeckHighlighter } from '../../src/lib/render/highlighter.ts';
import { generateCorpus } from './corpus.ts';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
/** Talkbook's encoder's Brotli settings compared: `q10` is quality 10, `q10n` the same without literal context modeling. */
const SETTINGS: Record<string, BrotliSettings> = {
	q9: { quality: 9, contextModeling: true },
	q10: { quality: 10, contextModeling: true },
	q10n: { quality: 10, contextModeling: false },
	q11: { quality: 11, contextModeling: true },
	q11n: { quality: 11, contextModeling: false },
};
const ENCODERS = ['wawoff2', ...Object.keys(SETTINGS)];
type Encoder = string;

interface Face {
	deck: string;
	/** `Noto Sans 400 latin` */
	name: string;
	characters: number;
	sfnt: Uint8Array;
	/** hb-subset's time for the face (subset.ts, its source decoded already). */
	subsetMs: number;
	bytes: Partial<Record<Encoder, number>>;
	ms: Partial<Record<Encoder, number[]>>;
}

const median = (values: readonly number[]) => {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** Every face of every deck under `root`, cut as the deck pages cut them (TrueType, names trimmed). */
async function facesOf(root: string, label: string): Promise<Face[]> {
	const catalog = buildCatalog({ root });
	const highlighter = await getDeckHighlighter();
	const faces: Face[] = [];
	for (const deck of catalog.decks) {
		const html = renderDeckSlides(deck, highlighter, deckPageOptions(deck, null, '/'));
		for (const face of planDeckFonts(deckTextByRole(html)).faces) {
			// Once to decode the slice's WOFF2 (subset.ts keeps it), once timed.
			await subsetFontFile(face.slice.file, face.text, 'sfnt');
			const started = performance.now();
			const cut = await subsetFontFile(face.slice.file, face.text, 'sfnt');
			const subsetMs = performance.now() - started;
			faces.push({
				deck: `${label}:${deck.file}`,
				name: `${face.slice.family} ${face.slice.weight} ${face.slice.subset}`,
				characters: [...face.text].length,
				// The name records a web font keeps (subset.ts).
				sfnt: keepNameIds(cut, [0, 1, 2]),
				subsetMs,
				bytes: {},
				ms: {},
			});
		}
	}
	return faces;
}

async function encode(encoder: Encoder, sfnt: Uint8Array): Promise<Uint8Array> {
	if (encoder === 'wawoff2') return fontverter.convert(sfnt, 'woff2', 'sfnt');
	const woff2 = encodeWoff2(sfnt, { brotli: SETTINGS[encoder]! });
	if (!woff2) throw new Error('not a TrueType font');
	return woff2;
}

async function main(): Promise<void> {
	const { values } = parseArgs({ options: { articles: { type: 'string' }, rounds: { type: 'string' } } });
	const articles = Number(values.articles ?? 40);
	const rounds = Number(values.rounds ?? 5);
	console.log(`[woff2] ${articles} corpus articles, ${rounds} rounds, Node ${process.version}, load ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);

	const corpusRoot = path.join(ROOT, 'bench', 'tmp', 'woff2-corpus');
	rmSync(corpusRoot, { recursive: true, force: true });
	mkdirSync(path.join(corpusRoot, 'articles'), { recursive: true });
	for (const article of generateCorpus({ articles })) writeFileSync(path.join(corpusRoot, 'articles', article.file), article.source);
	const faces = [...(await facesOf(ROOT, 'project')), ...(await facesOf(corpusRoot, 'corpus'))];
	rmSync(corpusRoot, { recursive: true, force: true });

	// Warm both encoders up, then alternate them face by face, round by round.
	for (const encoder of ENCODERS) await encode(encoder, faces[0]!.sfnt);
	for (let round = 0; round < rounds; round++) {
		for (const face of faces) {
			for (const encoder of round % 2 ? [...ENCODERS].reverse() : ENCODERS) {
				const started = performance.now();
				const woff2 = await encode(encoder, face.sfnt);
				(face.ms[encoder] ??= []).push(performance.now() - started);
				face.bytes[encoder] = woff2.length;
			}
		}
	}

	const decks = new Map<string, Face[]>();
	for (const face of faces) decks.set(face.deck, [...(decks.get(face.deck) ?? []), face]);
	const sum = (list: readonly Face[], encoder: Encoder) => list.reduce((n, f) => n + (f.bytes[encoder] ?? 0), 0);
	const row = (cells: (string | number)[]) => console.log(cells.map((c) => String(c).padStart(9)).join(''));

	console.log('\nPer deck, WOFF2 bytes of all its faces:');
	row(['faces', ...ENCODERS, '  deck']);
	for (const [deck, list] of decks) {
		if (!deck.startsWith('project:')) continue;
		const w = sum(list, 'wawoff2');
		row([list.length, ...ENCODERS.map((e) => (e === 'wawoff2' ? w : `${sum(list, e) - w >= 0 ? '+' : ''}${sum(list, e) - w}`)), `  ${deck}`]);
	}
	const corpusDecks = [...decks.entries()].filter(([deck]) => deck.startsWith('corpus:')).map(([, list]) => list);
	const deltas = (encoder: Encoder) => corpusDecks.map((list) => sum(list, encoder) - sum(list, 'wawoff2'));
	for (const encoder of Object.keys(SETTINGS)) {
		const d = deltas(encoder);
		const totals = corpusDecks.map((list) => sum(list, encoder));
		console.log(`corpus, ${corpusDecks.length} decks, ${encoder}: deck fonts median ${median(totals)} B (wawoff2 ${median(corpusDecks.map((l) => sum(l, 'wawoff2')))} B); vs wawoff2 per deck: median ${median(d)} B, max ${Math.max(...d)} B, min ${Math.min(...d)} B`);
	}

	console.log('\nPer face (all decks), median over faces:');
	row(['', ...ENCODERS]);
	row(['bytes', ...ENCODERS.map((e) => median(faces.map((f) => f.bytes[e] ?? 0)))]);
	row(['vs w %', ...ENCODERS.map((e) => (100 * median(faces.map((f) => (f.bytes[e] ?? 0) / (f.bytes.wawoff2 ?? 1) - 1))).toFixed(2))]);
	row(['ms', ...ENCODERS.map((e) => median(faces.map((f) => median(f.ms[e] ?? []))).toFixed(2))]);
	console.log(`hb-subset: median ${median(faces.map((f) => f.subsetMs)).toFixed(2)} ms a face`);
	const byFamily = new Map<string, Face[]>();
	for (const face of faces) byFamily.set(face.name, [...(byFamily.get(face.name) ?? []), face]);
	console.log('\nBy face file: faces, characters (median), bytes (median) and ms (median) per encoder:');
	for (const [name, list] of [...byFamily].sort((a, b) => b[1].length - a[1].length)) {
		const chars = median(list.map((f) => f.characters));
		const cells = ENCODERS.map((e) => `${median(list.map((f) => f.bytes[e] ?? 0))}B/${median(list.map((f) => median(f.ms[e] ?? []))).toFixed(1)}ms`);
		console.log(`  ${name.padEnd(28)} ${String(list.length).padStart(4)} faces, ${String(chars).padStart(4)} chars: ${cells.map((c, i) => `${ENCODERS[i]} ${c}`).join(', ')}`);
	}
}

await main();
