import * as hb from 'harfbuzzjs';
import type { FontFaces, FontFamily } from './fonts.ts';

/** How a piece of text is set: the family, its weight, and the size in points (italic is measured upright: the slant keeps the widths). */
export interface TextStyle {
	family: FontFamily;
	bold?: boolean;
	sizePt: number;
}

/** Advance widths of text in the decks' faces, shaped by HarfBuzz (kerning and ligatures included). */
export interface TextMeasurer {
	/** Width of `text` set in `style`, in points. */
	width(text: string, style: TextStyle): number;
}

/** Face of a style: the mono family has one face; italic is the upright face slanted (fonts.ts). */
type FaceName = keyof FontFaces;

function faceOf(style: TextStyle): FaceName {
	if (style.family === 'mono') return 'mono';
	return style.bold ? 'bold' : 'regular';
}

/**
 * A measurer over the given faces. A character a face lacks is drawn from another font by the program
 * that shows the slide, so it is counted as one em: wider than any fallback glyph of these scripts.
 */
export function createMeasurer(faces: FontFaces): TextMeasurer {
	const fonts = new Map<FaceName, { font: hb.Font; upem: number }>();
	const cache = new Map<string, number>();
	const fontOf = (name: FaceName) => {
		let entry = fonts.get(name);
		if (!entry) {
			const face = new hb.Face(new hb.Blob(faces[name]));
			entry = { font: new hb.Font(face), upem: face.upem };
			fonts.set(name, entry);
		}
		return entry;
	};
	/** Width in em of `text` in one face. */
	const emWidth = (name: FaceName, text: string): number => {
		const key = `${name}\u0000${text}`;
		const cached = cache.get(key);
		if (cached !== undefined) return cached;
		const { font, upem } = fontOf(name);
		const buffer = new hb.Buffer();
		buffer.addText(text);
		buffer.guessSegmentProperties();
		hb.shape(font, buffer);
		const positions = buffer.getGlyphPositions();
		let units = 0;
		for (const [i, glyph] of buffer.getGlyphInfos().entries()) units += glyph.codepoint === 0 ? upem : (positions[i]?.xAdvance ?? 0);
		const em = units / upem;
		cache.set(key, em);
		return em;
	};
	return {
		width: (text, style) => (text === '' ? 0 : emWidth(faceOf(style), text) * style.sizePt),
	};
}
