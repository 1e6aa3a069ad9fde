/**
 * Highlighted code as a monospace text box, one paragraph per line as the slide shows it: each token in
 * the colour shiki gives it in the deck's theme (the same highlighter and theme as the HTML deck), the
 * line number in the gutter, and a line longer than the slide broken where the HTML deck breaks it
 * (wrapPoints of src/lib/deck/code-layout.ts) with `↪` in the gutter and a hanging indent.
 */
import type { BundledLanguage } from 'shiki';
import { codeColumns, CONTINUATION_INDENT, wrapPoints } from '../deck/code-layout.ts';
import { resolveLang } from '../render/highlighter.ts';
import type { PptxContext } from './context.ts';
import { pt } from './geometry.ts';
import type { Block } from './layout.ts';
import type { Insets, Paragraph, TextRun, TextShape } from './shapes.ts';
import { naturalWidth } from './text-layout.ts';
import { paragraph, sizePt, TYPE } from './typography.ts';

/** Columns a tab advances to (the HTML deck's `tab-size: 4`). */
const TAB = 4;

/** A line with its tabs turned into the spaces they show as. */
function expandTabs(line: string): string {
	let out = '';
	for (const ch of line) out += ch === '\t' ? ' '.repeat(TAB - (out.length % TAB)) : ch;
	return out;
}

/** A shiki colour (`#rrggbb`, maybe with alpha) as `RRGGBB`. */
function tokenColor(color: string | undefined, fallback: string): string {
	const hex = /^#([0-9a-f]{6})/i.exec(color ?? '')?.[1];
	return hex ? hex.toUpperCase() : fallback;
}

/** A highlighted line's runs from `from` to `to` (offsets in its text). */
function slice(tokens: readonly TextRun[], from: number, to: number): TextRun[] {
	const out: TextRun[] = [];
	let at = 0;
	for (const token of tokens) {
		const start = at;
		at += token.text.length;
		if (at <= from || start >= to) continue;
		out.push({ ...token, text: token.text.slice(Math.max(0, from - start), to - start) });
	}
	return out;
}

/** Code to put on a slide. */
export interface CodeInput {
	code: string;
	lang: string;
	/** Number shown for the first line. */
	firstLine: number;
}

/** The code's paragraphs: numbered lines, wrapped lines with `↪`, in `size` points. */
export function codeParagraphs(input: CodeInput, ctx: PptxContext, size: number): Paragraph[] {
	const { palette } = ctx;
	const code = input.code.replace(/\r\n?/g, '\n').replace(/\n+$/, '');
	const lang = resolveLang(ctx.highlighter, input.lang);
	const { tokens } = ctx.highlighter.codeToTokens(code, { lang: lang as BundledLanguage, theme: palette.codeTheme });
	const lastLine = input.firstLine + tokens.length - 1;
	const gutter = String(Math.max(lastLine, 1)).length;
	const columns = codeColumns(ctx.aspect);
	const mono = (text: string, color: string, extra: Partial<TextRun> = {}): TextRun => ({ text, font: 'mono', sizePt: size, color, ...extra });
	const out: Paragraph[] = [];
	tokens.forEach((line, i) => {
		const runs = line.map((token) =>
			mono(expandTabs(token.content), tokenColor(token.color, palette.fg), {
				...((token.fontStyle ?? 0) & 1 ? { italic: true } : {}),
				...((token.fontStyle ?? 0) & 2 ? { bold: true } : {}),
			}),
		);
		// Tabs are expanded token by token; where a tab inside a token does not start at a multiple of four this is a column off, as good as any editor.
		const text = runs.map((r) => r.text).join('');
		const bounds = [0, ...wrapPoints(text, columns), text.length];
		const indent = (/^ */.exec(text)?.[0].length ?? 0) + CONTINUATION_INDENT;
		for (let b = 0; b + 1 < bounds.length; b++) {
			const first = b === 0;
			const mark = first ? String(input.firstLine + i).padStart(gutter) : '↪'.padStart(gutter);
			let piece = slice(runs, bounds[b] as number, bounds[b + 1] as number);
			if (!first) {
				// A continuation's own leading spaces are dropped: the indent shows where it belongs.
				piece = piece.map((r, k) => (k === 0 ? { ...r, text: r.text.replace(/^ +/, '') } : r)).filter((r) => r.text !== '');
				piece.unshift(mono(' '.repeat(indent), palette.fg));
			}
			out.push(paragraph([mono(mark, first ? palette.gutter : palette.accent), mono('  ', palette.fg), ...piece], size, TYPE.codeLine));
		}
	});
	return out;
}

/** Padding of the code box (code.css: 0.7em top and bottom, lines 0.9em left and 1.1em right of 24 px). */
function codeInsets(size: number): Insets {
	return { top: 0.7 * size, right: 1.1 * size, bottom: 0.7 * size, left: 0.9 * size };
}

/** The code box as a block `width` points wide: no line wraps inside it (the layout wrapped them), and it is as tall as its lines. */
export function codeBlock(input: CodeInput, width: number, ctx: PptxContext): Block {
	const size = sizePt(TYPE.code);
	const paragraphs = codeParagraphs(input, ctx, size);
	const insets = codeInsets(size);
	const inner = width - insets.left - insets.right;
	// Each paragraph is one line of the slide unless a glyph wider than the mono advance pushes it over.
	const lines = paragraphs.reduce((sum, p) => sum + Math.max(1, Math.ceil(naturalWidth(p, ctx.measure) / inner - 1e-9)), 0);
	const height = lines * (paragraphs[0]?.lineHeightPt ?? size * TYPE.codeLine) + insets.top + insets.bottom;
	return {
		width,
		height,
		// Code is set at the 18 pt floor and never scaled: the deck builder split it so that it fits.
		minFontPt: Infinity,
		place: (x, y): [TextShape] => [
			{ type: 'text', name: 'Code', x, y, w: width, h: height, paragraphs, insets, fill: ctx.palette.codeBg, border: { color: ctx.palette.codeBorder, widthPt: pt(1) } },
		],
	};
}
