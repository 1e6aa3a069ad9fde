/**
 * The PowerPoint file of one deck: the deck model the page was built from (checked against the page),
 * planned slide by slide (src/lib/pptx/), the pictures the plan asks for taken in Chromium, and the file
 * checked (a slide for every slide of the deck) before it is renamed into place.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import JSZip from 'jszip';
import type { Deck } from '../../src/lib/deck/model.ts';
import { planDeck, writePptx } from '../../src/lib/pptx/index.ts';
import { deckHref, withBase } from '../../src/lib/site/paths.ts';
import { modelMismatch } from './deck-model.ts';
import { exportFileName } from './downloads.ts';
import { ExportError, messageOf } from './errors.ts';
import { withTemporary } from './files.ts';
import { slidePictures } from './slide-pictures.ts';

/** What the PowerPoint export needs from the export session. */
export interface PptxSession {
	origin: string;
	base: string;
	siteOrigin: string | null;
	dist: string;
	outDir: string;
	browser(): Promise<Browser>;
	decks(): Map<string, Deck>;
}

/** The PowerPoint file written, with the slides that are pictures and why, and what did not fit. */
export interface PptxResult {
	file: string;
	bytes: number;
	slides: number;
	pictures: { id: string; reason: string }[];
	warnings: string[];
}

/** Writes `<slug>.pptx`; throws ExportError naming the deck when it cannot. */
export async function exportPptx(session: PptxSession, slug: string): Promise<PptxResult> {
	const what = `${slug}: pptx`;
	const deck = session.decks().get(slug);
	if (!deck) throw new ExportError(`${what}: the content has no deck "${slug}" any more; run \`npm run build\` first`);
	const page = readFileSync(path.join(session.dist, 'decks', slug, 'index.html'), 'utf8');
	const mismatch = modelMismatch(deck, page);
	if (mismatch) throw new ExportError(`${what}: the content changed since dist/ was built (${mismatch}); run \`npm run build\` first`);
	let data: Uint8Array;
	let plan;
	try {
		plan = await planDeck(deck, { siteOrigin: session.siteOrigin, base: session.base });
		const wanted = plan.slides.flatMap((s) => (s.mode === 'picture' ? [s.id] : []));
		const url = `${session.origin}${withBase(deckHref(slug), session.base)}`;
		const pictures = wanted.length > 0 ? await slidePictures(await session.browser(), session.origin, url, wanted, `${what} (slide pictures)`) : new Map<string, Uint8Array>();
		data = await writePptx(plan, pictures);
	} catch (error) {
		if (error instanceof ExportError) throw error;
		throw new ExportError(`${what}: ${messageOf(error)}`, { cause: error });
	}
	const file = path.join(session.outDir, exportFileName(slug, 'pptx'));
	await withTemporary(file, data, async () => {
		const zip = await JSZip.loadAsync(data);
		const slides = Object.keys(zip.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n)).length;
		if (slides !== deck.slides.length) throw new ExportError(`${what}: the file has ${slides} slides for the deck's ${deck.slides.length}`);
	});
	return {
		file,
		bytes: data.byteLength,
		slides: deck.slides.length,
		pictures: plan.slides.flatMap((s) => (s.mode === 'picture' ? [{ id: s.id, reason: s.reason }] : [])),
		warnings: plan.slides.flatMap((s) => (s.mode === 'native' && s.warning ? [`slide ${s.id} ${s.warning}`] : [])),
	};
}
