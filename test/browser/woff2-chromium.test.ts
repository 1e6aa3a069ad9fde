/**
 * Chromium and the WOFF2 Talkbook's encoder writes (src/lib/fonts/woff2/): Chromium decodes WOFF2 with
 * Google's current decoder (it refuses a glyf whose overlap flag announces a bitmap that is missing) and
 * its sanitizer (OTS) refuses any font it finds wrong, so a font it loads is one it accepts. Each font
 * must then draw exactly as the TrueType font it was made from: the same pixels and the same advance. The
 * fonts are those the unit tests decode with wawoff2 (test/support/woff2-cases.ts): the decks' subsets of
 * every bundled family, KaTeX's faces, hinted subsets, and the fonts built for overlap flags, every point
 * encoding, explicit boxes and both loca formats.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guardedPage, launchChromium, type GuardedPage } from '../../scripts/browser.ts';
import { serveStatic } from '../../scripts/static-server.ts';
import { encodeWoff2 } from '../../src/lib/fonts/woff2/encode.ts';
import { BUILT_FONTS, bundledCases, HINTED, katexCases, subsetOf } from '../support/woff2-cases.ts';

const CASES = [...bundledCases(), ...katexCases(), ...HINTED].map((c) => ({ name: c.name, text: c.text, font: () => subsetOf(c) })).concat(BUILT_FONTS);

let dir: string;
let server: Awaited<ReturnType<typeof serveStatic>>;
let browser: Browser;
let guarded: GuardedPage;

beforeAll(async () => {
	dir = mkdtempSync(path.join(os.tmpdir(), 'talkbook-woff2-'));
	writeFileSync(path.join(dir, 'index.html'), '<!doctype html><html lang="en"><title>fonts</title><body></body></html>');
	server = await serveStatic(dir);
	browser = await launchChromium();
	guarded = await guardedPage(await browser.newContext());
	await guarded.page.goto(`${server.origin}/`);
});

afterAll(async () => {
	await browser?.close();
	await server?.close();
	if (dir) rmSync(dir, { recursive: true, force: true });
});

/** What Chromium made of a font: whether it loaded it, and the text drawn with it (pixel hash, inked pixels, advance). */
interface Drawn {
	status: string;
	hash?: string;
	inked?: number;
	width?: number;
}

let faces = 0;

/** Loads `font` as a FontFace and draws `text` with it on a canvas, in the page. */
async function draw(font: Uint8Array, text: string): Promise<Drawn> {
	const family = `face-${faces++}`;
	return guarded.page.evaluate(
		async ({ base64, family, text }) => {
			const face = new FontFace(family, Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)));
			try {
				await face.load();
			} catch (error) {
				return { status: `refused: ${String(error)}` };
			}
			document.fonts.add(face);
			const canvas = document.createElement('canvas');
			canvas.width = 3000;
			canvas.height = 120;
			const ctx = canvas.getContext('2d')!;
			ctx.font = `40px "${family}"`;
			ctx.fillText(text, 10, 80);
			const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
			let hash = 0x811c9dc5;
			let inked = 0;
			for (let i = 3; i < data.length; i += 4) {
				hash = Math.imul(hash ^ data[i]!, 0x01000193) >>> 0;
				if (data[i]) inked++;
			}
			const width = ctx.measureText(text).width;
			document.fonts.delete(face);
			return { status: 'loaded', hash: hash.toString(16), inked, width };
		},
		{ base64: Buffer.from(font).toString('base64'), family, text },
	);
}

describe("Chromium and Talkbook's WOFF2", () => {
	it.each(CASES)('loads $name and draws it as its TrueType font', async ({ font, text }) => {
		const sfnt = await font();
		const woff2 = encodeWoff2(sfnt);
		expect(woff2).not.toBeNull();
		const [original, encoded] = [await draw(sfnt, text), await draw(woff2!, text)];
		expect(original.status).toBe('loaded');
		expect(encoded.status).toBe('loaded');
		expect(encoded.inked).toBeGreaterThan(0);
		expect(encoded).toEqual(original);
		expect(guarded.consoleErrors).toEqual([]);
	});
});
