/**
 * Placing measured blocks on a slide the way the HTML deck's flex column does (src/styles/deck/base.css):
 * a content slide's title at the top and the rest centred in the space below it; title, divider and
 * closing slides centred as a whole. Sizes are in points.
 */
import type { SlideFrame } from './geometry.ts';
import type { TextMeasurer } from './measure.ts';
import type { Insets, Paragraph, Shape, TextShape } from './shapes.ts';
import { naturalWidth, paragraphsHeight, smallestText } from './text-layout.ts';

/** Something laid out at a known size that can be placed anywhere: a text box, a table, a chart. */
export interface Block {
	width: number;
	height: number;
	/** Smallest text inside, in points (Infinity for none). */
	minFontPt: number;
	place(x: number, y: number): Shape[];
}

/** A block with the space the HTML deck leaves above it. */
export interface Item {
	block: Block;
	gapBefore: number;
}

/** No inner margins: the layout places text exactly. */
export const NO_INSETS: Insets = { top: 0, right: 0, bottom: 0, left: 0 };

/** Options of a text block. */
export interface TextBlockOptions {
	insets?: Insets;
	fill?: string;
	border?: { color: string; widthPt: number };
	/** Shrink the box to its longest line (a label, a chip), never wider than `width`. */
	hug?: boolean;
}

/** Paragraphs with no space before the first or after the last: a box's height is exactly its lines. */
function trimmed(paragraphs: readonly Paragraph[]): Paragraph[] {
	return paragraphs.map((p, i) => ({
		...p,
		...(i === 0 ? { spaceBeforePt: 0 } : {}),
		...(i === paragraphs.length - 1 ? { spaceAfterPt: 0 } : {}),
	}));
}

/** A text box `width` points wide (or hugging its text), as tall as its paragraphs measure. */
export function textBlock(name: string, paragraphs: readonly Paragraph[], width: number, measure: TextMeasurer, options: TextBlockOptions = {}): Block {
	const insets = options.insets ?? NO_INSETS;
	const body = trimmed(paragraphs);
	const natural = Math.max(0, ...body.map((p) => naturalWidth(p, measure))) + insets.left + insets.right;
	const boxWidth = options.hug ? Math.min(width, natural) : width;
	const inner = boxWidth - insets.left - insets.right;
	const height = paragraphsHeight(body, inner, measure) + insets.top + insets.bottom;
	return {
		width: boxWidth,
		height,
		minFontPt: smallestText(body),
		place: (x, y) => {
			const shape: TextShape = { type: 'text', name, x, y, w: boxWidth, h: height, paragraphs: body, insets };
			if (options.fill) shape.fill = options.fill;
			if (options.border) shape.border = options.border;
			return [shape];
		},
	};
}

/** Blocks side by side, tops aligned, `gap` apart (the closing slide's links beside its QR code). */
export function row(blocks: readonly Block[], gap: number, align: 'top' | 'middle' = 'middle'): Block {
	const height = Math.max(0, ...blocks.map((b) => b.height));
	return {
		width: blocks.reduce((sum, b) => sum + b.width, 0) + gap * Math.max(0, blocks.length - 1),
		height,
		minFontPt: Math.min(Infinity, ...blocks.map((b) => b.minFontPt)),
		place: (x, y) => {
			let at = x;
			return blocks.flatMap((b) => {
				const shapes = b.place(at, align === 'middle' ? y + (height - b.height) / 2 : y);
				at += b.width + gap;
				return shapes;
			});
		},
	};
}

/** Blocks one under the other, each after its gap, left-aligned. */
export function column(items: readonly Item[]): Block {
	const height = items.reduce((sum, item, i) => sum + (i > 0 ? item.gapBefore : 0) + item.block.height, 0);
	return {
		width: Math.max(0, ...items.map((i) => i.block.width)),
		height,
		minFontPt: Math.min(Infinity, ...items.map((i) => i.block.minFontPt)),
		place: (x, y) => {
			let at = y;
			return items.flatMap((item, i) => {
				if (i > 0) at += item.gapBefore;
				const shapes = item.block.place(x, at);
				at += item.block.height;
				return shapes;
			});
		},
	};
}

/** Shapes of a laid-out slide, how far its content runs past the slide body (≤ 0 when it fits), and its smallest text. */
export interface Layout {
	shapes: Shape[];
	overflow: number;
	minFontPt: number;
}

/** A content slide: `title` at the top of the body, `body` centred in the space left under it (after `titleGap`). */
export function titledLayout(frame: SlideFrame, title: Block, titleGap: number, body: readonly Item[]): Layout {
	const rest = column(body);
	const top = frame.padY + title.height + titleGap;
	const space = frame.height - frame.padY - top;
	const y = top + Math.max(0, (space - rest.height) / 2);
	return {
		shapes: [...title.place(frame.padX, frame.padY), ...rest.place(frame.padX, y)],
		overflow: rest.height - space,
		minFontPt: Math.min(title.minFontPt, rest.minFontPt),
	};
}

/** A title, divider or closing slide: everything centred top to bottom. */
export function centredLayout(frame: SlideFrame, items: readonly Item[]): Layout {
	const all = column(items);
	const space = frame.height - 2 * frame.padY;
	return {
		shapes: all.place(frame.padX, frame.padY + Math.max(0, (space - all.height) / 2)),
		overflow: all.height - space,
		minFontPt: all.minFontPt,
	};
}
