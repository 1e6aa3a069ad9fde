import type { Block } from './layout.ts';
import { NO_INSETS } from './layout.ts';

/** A filled bar with no text (a rule line, a label's coloured edge): a text box with an empty paragraph, which every program accepts. */
export function barBlock(name: string, width: number, height: number, color: string): Block {
	return {
		width,
		height,
		minFontPt: Infinity,
		place: (x, y) => [{ type: 'text', name, x, y, w: width, h: height, paragraphs: [], insets: NO_INSETS, fill: color }],
	};
}
