/**
 * PowerPoint export of a deck, from the deck model: `planDeck` decides what each slide becomes (native
 * shapes laid out with the decks' font metrics, or a picture of the HTML slide), `writePptx` writes the
 * file once the caller has taken the pictures the plan asks for.
 */
import type { Deck } from '../deck/model.ts';
import { getDeckHighlighter } from '../render/highlighter.ts';
import { publicUrl } from '../render/url.ts';
import type { PptxContext, QrImage } from './context.ts';
import { finishPackage } from './finish.ts';
import { deckFontFaces, type FontFaces } from './fonts.ts';
import { slideFrame } from './geometry.ts';
import { createMeasurer } from './measure.ts';
import { pictureSlide } from './picture.ts';
import { planSlide, type SlidePlan } from './plan.ts';
import { qrPng } from './qr.ts';
import { PALETTES } from './theme.ts';
import { buildPresentation } from './write.ts';

export type { NativePlan, PicturePlan, SlidePlan } from './plan.ts';
export { PPTX_FONTS } from './fonts.ts';

/** Where the deck is published: site paths become links only with an origin. */
export interface PptxOptions {
	/** The site's public origin (`https://talks.example`), or `null` without a site URL. */
	siteOrigin: string | null;
	/** The site's base path (`/talks/`). */
	base: string;
	/** The faces to measure text with; the decks' own by default. */
	faces?: FontFaces;
}

/** Every slide's plan, in deck order. */
export interface DeckPlan {
	deck: Deck;
	slides: SlidePlan[];
}

/** Plans every slide of `deck`. */
export async function planDeck(deck: Deck, options: PptxOptions): Promise<DeckPlan> {
	const faces = options.faces ?? (await deckFontFaces());
	const palette = PALETTES[deck.theme];
	const qrs = new Map<string, QrImage>();
	for (const slide of deck.slides) {
		const first = slide.kind === 'closing' ? slide.links[0] : undefined;
		const url = first ? publicUrl(first.href, options.siteOrigin, options.base) : null;
		if (url && !qrs.has(url)) qrs.set(url, await qrPng(url));
	}
	const ctx: PptxContext = {
		palette,
		siteOrigin: options.siteOrigin,
		base: options.base,
		aspect: deck.aspect,
		frame: slideFrame(deck.aspect),
		measure: createMeasurer(faces),
		highlighter: await getDeckHighlighter(),
		qr: (url) => qrs.get(url),
	};
	return { deck, slides: deck.slides.map((slide) => planSlide(slide, ctx)) };
}

/** The PowerPoint file of a planned deck; `pictures` holds a PNG for every slide planned as a picture. */
export async function writePptx(plan: DeckPlan, pictures: ReadonlyMap<string, Uint8Array>): Promise<Uint8Array> {
	const frame = slideFrame(plan.deck.aspect);
	const slides = plan.slides.map((s) => {
		if (s.mode === 'native') return s.slide;
		const png = pictures.get(s.id);
		if (!png) throw new Error(`slide ${s.id} is to be a picture (${s.reason}) but none was taken`);
		return pictureSlide(s.id, png, s.notes, frame, s.background, s.alt);
	});
	const { pptx, charts } = buildPresentation(plan.deck, frame, slides);
	const data = (await pptx.write({ outputType: 'uint8array' })) as Uint8Array;
	return finishPackage(data, charts, PALETTES[plan.deck.theme].accent);
}
