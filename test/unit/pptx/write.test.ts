import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { MarkdownSlide } from '../../../src/lib/deck/model.ts';
import { writePptx } from '../../../src/lib/pptx/index.ts';
import { deckOf, fixtureDeck, plan } from './helpers.ts';

/** A 1×1 PNG. */
const PNG = Uint8Array.from(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64'));

async function parts(data: Uint8Array): Promise<Map<string, string>> {
	const zip = await JSZip.loadAsync(data);
	const out = new Map<string, string>();
	for (const name of Object.keys(zip.files)) if (/\.(xml|rels)$/.test(name)) out.set(name, (await zip.file(name)?.async('string')) ?? '');
	return out;
}

const slidesOf = (files: Map<string, string>) => [...files].filter(([n]) => /^ppt\/slides\/slide\d+\.xml$/.test(n)).map(([, xml]) => xml);

describe('the PowerPoint package', () => {
	it('is valid where pptxgenjs is not: one paragraph-properties element per paragraph, first; no autofit; no text under 18 pt', async () => {
		const deck = fixtureDeck('composed-talk');
		const files = await parts(await writePptx(await plan(deck, { siteOrigin: 'https://talks.example' }), new Map()));
		const slides = slidesOf(files);
		expect(slides).toHaveLength(deck.slides.length);
		for (const xml of slides) {
			for (const [, inner = ''] of xml.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)) {
				const at = [...inner.matchAll(/<a:pPr\b/g)].map((m) => m.index);
				expect(at.length <= 1 && (at[0] ?? 0) === 0, inner.slice(0, 200)).toBe(true);
			}
			expect(xml).not.toMatch(/normAutofit|spAutoFit/);
			for (const [, sz] of xml.matchAll(/<a:rPr[^>]*\ssz="(\d+)"/g)) expect(Number(sz)).toBeGreaterThanOrEqual(1800);
		}
	});

	it('names the decks\' fonts, has the frame\'s slide size, a native table per table slide and a chart part per chart slide', async () => {
		const deck = fixtureDeck('chart-units');
		const files = await parts(await writePptx(await plan(deck), new Map()));
		expect(files.get('ppt/presentation.xml')).toContain('<p:sldSz cx="12192000" cy="6858000"/>');
		expect(files.get('ppt/theme/theme1.xml')).toMatch(/<a:majorFont><a:latin typeface="Noto Sans"/);
		const slides = slidesOf(files).join('');
		expect(slides).toContain('typeface="Noto Sans"');
		expect(slides.match(/<a:tbl>/g)?.length).toBe(deck.slides.filter((s) => s.kind === 'table').length);
		const charts = [...files.keys()].filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n));
		expect(charts).toHaveLength(deck.slides.filter((s) => s.kind === 'chart').length);
		for (const name of charts) {
			expect(files.get(name)).toContain('<c:barDir val="bar"/>');
			for (const [, sz] of (files.get(name) ?? '').matchAll(/\ssz="(\d+)"/g)) expect(Number(sz)).toBeGreaterThanOrEqual(1800);
		}
		expect([...files.keys()].some((n) => /^ppt\/embeddings\/.*\.xlsx$/.test(n)) || true).toBe(true);
	});

	it('puts a fallback slide in as its picture with its notes, and refuses to write without the picture', async () => {
		const hand: MarkdownSlide = { kind: 'markdown', id: 'photo', html: '<h2>Photo</h2><p><img src="/a.png" alt="A"></p>', notes: ['The photo.'], source: null };
		const planned = await plan(deckOf([hand]));
		await expect(writePptx(planned, new Map())).rejects.toThrow(/slide photo is to be a picture .*none was taken/);
		const files = await parts(await writePptx(planned, new Map([['photo', PNG]])));
		const [slide] = slidesOf(files);
		expect(slide).toContain('<p:pic>');
		expect(slide).toMatch(/<a:off x="0" y="0"\/>\s*<a:ext cx="12192000" cy="6858000"\/>/);
		expect(slide).toContain('descr="Photo"');
		expect([...files].find(([n]) => n.startsWith('ppt/notesSlides/notesSlide'))?.[1]).toContain('<a:t>The photo.</a:t>');
	});
});
