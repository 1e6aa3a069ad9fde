/**
 * The deck page's font CSS: an `@font-face` per planned face with its WOFF2 inlined as a data: URI (the
 * subsets are the deck's own, so a separate file would cost a request and be cached for nothing), a
 * `unicode-range` of exactly its characters where its family and weight have more than one face, and the
 * deck's font stacks (`--deck-font`, `--deck-mono`).
 */
import type { FontPlan } from './plan.ts';
import { formatUnicodeRange } from './unicode-range.ts';

/** A planned face and its subset's bytes. */
export interface EmbeddedFace {
	family: string;
	weight: number;
	/** Its characters (the `unicode-range`). */
	text: string;
	woff2: Uint8Array;
}

/** The OFL asks each copy to carry the fonts' copyright notice and licence: here, on every page that embeds them. */
export const FONT_LICENSE_NOTE = 'Noto fonts, Copyright 2022 The Noto Project Authors, SIL Open Font License 1.1 (https://openfontlicense.org)';

/** A CSS string literal (family names). */
function quoted(name: string): string {
	return `"${name.replace(/["\\]/g, '\\$&')}"`;
}

/**
 * One `@font-face` rule. `font-display: block`: the data is in the page, so there is nothing to wait for
 * but decoding, and no fallback is ever painted. `ranged`: the face shares its family and weight with
 * others (script slices), and its `unicode-range` tells the browser which one draws a character. A face
 * alone in its family and weight needs none: every face is in the page anyway, and a character it lacks
 * falls to the next family of the stack either way (about 50 B gzip a face).
 */
export function fontFaceRule(face: EmbeddedFace, ranged = true): string {
	const src = `url(data:font/woff2;base64,${Buffer.from(face.woff2).toString('base64')}) format("woff2")`;
	const range = ranged ? `;unicode-range:${formatUnicodeRange([...face.text].map((ch) => ch.codePointAt(0) as number))}` : '';
	return `@font-face{font-family:${quoted(face.family)};font-style:normal;font-weight:${face.weight};font-display:block;src:${src}${range}}`;
}

/** The deck's stacks: its bundled families, then the generic family for anything they lack. */
export function fontStacksRule(stacks: FontPlan['stacks']): string {
	return `:root{--deck-font:${[...stacks.sans.map(quoted), 'sans-serif'].join(',')};--deck-mono:${[...stacks.mono.map(quoted), 'monospace'].join(',')}}`;
}

/** One face a page's CSS embeds as a data: URI, and the size of its font file. */
export interface EmbeddedFaceSize {
	family: string;
	weight: number;
	bytes: number;
}

/** The faces `css` embeds (as fontFaceRule writes them), for reports: family, weight and font bytes. */
export function embeddedFaces(css: string): EmbeddedFaceSize[] {
	const faces: EmbeddedFaceSize[] = [];
	for (const [rule] of css.matchAll(/@font-face\{[^}]*\}/g)) {
		const family = /font-family:"((?:[^"\\]|\\.)*)"/.exec(rule)?.[1]?.replace(/\\(.)/g, '$1');
		const weight = Number(/font-weight:(\d+)/.exec(rule)?.[1]);
		const data = /base64,([A-Za-z0-9+/=]+)/.exec(rule)?.[1];
		if (family && data) faces.push({ family, weight, bytes: Buffer.from(data, 'base64').length });
	}
	return faces;
}

/** The whole `<style>` text of a deck page's fonts. */
export function deckFontCss(faces: readonly EmbeddedFace[], stacks: FontPlan['stacks']): string {
	const key = (face: EmbeddedFace) => `${face.family}\u0000${face.weight}`;
	const count = new Map<string, number>();
	for (const face of faces) count.set(key(face), (count.get(key(face)) ?? 0) + 1);
	const rules = faces.map((face) => fontFaceRule(face, (count.get(key(face)) ?? 0) > 1));
	return [`/* ${FONT_LICENSE_NOTE} */`, ...rules, fontStacksRule(stacks)].join('\n');
}
