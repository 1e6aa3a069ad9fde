/**
 * Hand-written slides of composed talks (src/lib/render/markdown.ts): headings, paragraphs, lists, code
 * and tables become native text boxes, code boxes and tables, laid out as slides.css lays a Markdown
 * slide out. Anything else (an image, a `<details>`, a background picture, …) has no faithful native
 * form: such a slide is shown as a picture of the HTML slide instead, and `fallback` says why.
 */
import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import type { MarkdownSlide } from '../deck/model.ts';
import { parseFenceMeta } from '../extract/fence-meta.ts';
import { splitSlideComment } from '../render/markdown.ts';
import { codeBlock } from './code.ts';
import type { PptxContext } from './context.ts';
import { hastRuns } from './inline.ts';
import { centredLayout, column, textBlock, titledLayout, type Block, type Item, type Layout } from './layout.ts';
import { barBlock } from './rule.ts';
import type { Paragraph, TextRun } from './shapes.ts';
import { tableBlock } from './table-block.ts';
import { LIST_INDENT_EM } from './takeaways.ts';
import { hexColor } from './theme.ts';
import { headingParagraph, paragraph, sizePt, TYPE } from './typography.ts';

/** How a hand-written slide goes into the PowerPoint file. */
export type MarkdownPlan = { kind: 'native'; background: string | null; layout: (scale: number) => Layout } | { kind: 'picture'; reason: string };

/** Slide attributes that change only how reveal.js moves between slides, which a PowerPoint file leaves to the presenter. */
const MOTION = /^(class|data-transition(-speed)?|data-background-transition|data-auto-animate.*|data-timing|data-autoslide|data-visibility|data-state)$/;

const HEADING = /^h[1-6]$/;

/** The element children of a node, white space between them left out; null when it has loose text. */
function elementChildren(node: Root | Element): Element[] | null {
	const out: Element[] = [];
	for (const child of node.children) {
		if (child.type === 'element') out.push(child);
		else if (child.type === 'text' && child.value.trim() !== '') return null;
	}
	return out;
}

/** Why a block element has no native form here, or null when it has one. */
function unsupportedBlock(node: Element, depth = 0): string | null {
	const inline = (el: Element): string | null => {
		const bad = findInline(el.children);
		return bad ? `<${bad}> inside <${el.tagName}>` : null;
	};
	if (HEADING.test(node.tagName) || node.tagName === 'p') return inline(node);
	if (node.tagName === 'pre') return node.properties['dataCodeIndex'] !== undefined ? null : 'a <pre> block that is not a code fence';
	if (node.tagName === 'blockquote') {
		const children = elementChildren(node);
		if (!children) return 'loose text in a <blockquote>';
		for (const child of children) if (child.tagName !== 'p') return `<${child.tagName}> inside a <blockquote>`;
		return children.map(inline).find((r) => r !== null) ?? null;
	}
	if (node.tagName === 'ul' || node.tagName === 'ol') {
		for (const li of node.children) {
			if (li.type !== 'element') continue;
			for (const child of li.children) {
				if (child.type !== 'element') continue;
				if (child.tagName === 'ul' || child.tagName === 'ol') {
					const nested = unsupportedBlock(child, depth + 1);
					if (nested) return nested;
				} else if (child.tagName === 'p') {
					const bad = inline(child);
					if (bad) return bad;
				} else if (!isInline(child)) return `<${child.tagName}> inside a list item`;
				else {
					const bad = findInline([child]);
					if (bad) return `<${bad}> inside a list item`;
				}
			}
		}
		return null;
	}
	if (node.tagName === 'table') {
		for (const cell of cells(node).flat()) {
			const bad = findInline(cell.children);
			if (bad) return `<${bad}> inside a table cell`;
		}
		return null;
	}
	return `<${node.tagName}>`;
}

/** Inline elements a run can express. */
const INLINE = new Set(['a', 'strong', 'b', 'em', 'i', 'del', 's', 'code', 'kbd', 'samp', 'br', 'span', 'mark', 'abbr', 'ins', 'u', 'small', 'q', 'cite', 'dfn', 'var', 'time', 'sup', 'sub', 'bdi', 'bdo', 'wbr', 'data']);

function isInline(node: Element): boolean {
	return INLINE.has(node.tagName);
}

/** The first element among inline content that a run cannot express (an `<img>`, an `<input>`), or null. */
function findInline(nodes: readonly ElementContent[]): string | null {
	for (const node of nodes) {
		if (node.type !== 'element') continue;
		if (!isInline(node)) return node.tagName;
		const inner = findInline(node.children);
		if (inner) return inner;
	}
	return null;
}

/** A table's rows of cells (`th`/`td`), header rows first. */
function cells(table: Element): Element[][] {
	const rows: Element[][] = [];
	const visit = (node: Element) => {
		for (const child of node.children) {
			if (child.type !== 'element') continue;
			if (child.tagName === 'tr') rows.push(child.children.filter((c): c is Element => c.type === 'element' && (c.tagName === 'th' || c.tagName === 'td')));
			else visit(child);
		}
	};
	visit(table);
	return rows;
}

/** `text-align` of a cell as Markdown writes it. */
function cellAlign(cell: Element): 'left' | 'center' | 'right' | null {
	const style = typeof cell.properties['style'] === 'string' ? cell.properties['style'] : '';
	return (/text-align:\s*(left|center|right)/.exec(style)?.[1] as 'left' | 'center' | 'right' | undefined) ?? null;
}

/** Blocks of the body at `scale`. */
class BodyBuilder {
	private readonly slide: MarkdownSlide;
	private readonly ctx: PptxContext;
	private readonly scale: number;

	constructor(slide: MarkdownSlide, ctx: PptxContext, scale: number) {
		this.slide = slide;
		this.ctx = ctx;
		this.scale = scale;
	}

	private get body(): number {
		return sizePt(TYPE.body, this.scale);
	}

	private runs(nodes: readonly ElementContent[], size: number, color: string, extra: { bold?: boolean; italic?: boolean } = {}): TextRun[] {
		return hastRuns(nodes, { sizePt: size, color, codeScale: TYPE.inlineCode, ...extra }, this.ctx).runs;
	}

	heading(node: Element, first: boolean): Block {
		const level = Number(node.tagName[1]);
		const px = level === 1 ? (first ? TYPE.h1 : 60) : level === 2 ? TYPE.h2 : level === 3 ? TYPE.h3 : TYPE.body;
		const size = sizePt(px, this.scale);
		const p = headingParagraph('', px, this.ctx.palette, this.scale);
		p.runs = this.runs(node.children, size, this.ctx.palette.heading, { bold: true });
		return textBlock(first ? 'Title' : 'Heading', [p], this.ctx.frame.contentWidth, this.ctx.measure);
	}

	paragraph(node: Element, name = 'Text', color = this.ctx.palette.fg): Block {
		const size = this.body;
		return textBlock(name, [paragraph(this.runs(node.children, size, color), size, TYPE.bodyLine)], this.ctx.frame.contentWidth, this.ctx.measure);
	}

	private listParagraphs(list: Element, level: number): Paragraph[] {
		const size = this.body;
		const ordered = list.tagName === 'ol';
		const start = ordered ? Number(list.properties['start'] ?? 1) || 1 : 1;
		const out: Paragraph[] = [];
		for (const li of list.children) {
			if (li.type !== 'element' || li.tagName !== 'li') continue;
			const inline: ElementContent[] = [];
			const nested: Element[] = [];
			for (const child of li.children) {
				if (child.type === 'element' && (child.tagName === 'ul' || child.tagName === 'ol')) nested.push(child);
				else if (child.type === 'element' && child.tagName === 'p') inline.push({ type: 'text', value: inline.length > 0 ? ' ' : '' }, ...child.children);
				else inline.push(child);
			}
			out.push(
				paragraph(this.runs(inline, size, this.ctx.palette.fg), size, TYPE.bodyLine, {
					bullet: ordered ? { kind: 'number', start } : { kind: 'bullet' },
					indentPt: LIST_INDENT_EM * size * (level + 1),
					spaceAfterPt: 0.45 * size,
				}),
			);
			for (const child of nested) out.push(...this.listParagraphs(child, level + 1));
		}
		return out;
	}

	list(node: Element): Block {
		return textBlock('List', this.listParagraphs(node, 0), this.ctx.frame.contentWidth, this.ctx.measure);
	}

	quote(node: Element): Block {
		const size = this.body;
		const paragraphs = (elementChildren(node) ?? []).map((p) => paragraph(this.runs(p.children, size, this.ctx.palette.muted), size, TYPE.bodyLine, { spaceAfterPt: 0.6 * size }));
		const edge = 0.15 * size;
		const text = textBlock('Quote', paragraphs, this.ctx.frame.contentWidth - edge, this.ctx.measure, { insets: { top: 0.2 * size, bottom: 0.2 * size, left: 0.9 * size, right: 0 } });
		const bar = barBlock('Quote edge', edge, text.height, this.ctx.palette.accent);
		return { ...text, width: text.width + edge, place: (x, y) => [...bar.place(x, y), ...text.place(x + edge, y)] };
	}

	code(node: Element): Block {
		const block = this.slide.code?.[Number(node.properties['dataCodeIndex'])];
		if (!block) throw new Error(`code placeholder ${String(node.properties['dataCodeIndex'])} has no code block`);
		const meta = parseFenceMeta(block.meta);
		const code = codeBlock({ code: block.code, lang: block.lang, firstLine: 1 }, this.ctx.frame.contentWidth, this.ctx);
		if (!meta.title) return code;
		const size = sizePt(TYPE.code);
		const caption = textBlock('Code title', [paragraph([{ text: meta.title, font: 'mono', sizePt: size, color: this.ctx.palette.muted }], size, TYPE.bodyLine)], this.ctx.frame.contentWidth, this.ctx.measure);
		return column([
			{ block: caption, gapBefore: 0 },
			{ block: code, gapBefore: 0.35 * size },
		]);
	}

	table(node: Element): Block {
		const size = sizePt(TYPE.table, this.scale);
		const rows = cells(node);
		const toCell = (cell: Element) => [paragraph(hastRuns(cell.children, { sizePt: size, color: cell.tagName === 'th' ? this.ctx.palette.heading : this.ctx.palette.fg, bold: cell.tagName === 'th', codeScale: TYPE.tableCode }, this.ctx).runs, size, TYPE.tableLine)];
		const [header = [], ...body] = rows;
		return tableBlock({ name: 'Table', header: header.map(toCell), rows: body.map((r) => r.map(toCell)), align: header.map(cellAlign), sizePt: size }, this.ctx.frame.contentWidth, this.ctx);
	}

	block(node: Element, first: boolean): Block {
		if (HEADING.test(node.tagName)) return this.heading(node, first);
		if (node.tagName === 'p') return this.paragraph(node);
		if (node.tagName === 'ul' || node.tagName === 'ol') return this.list(node);
		if (node.tagName === 'blockquote') return this.quote(node);
		if (node.tagName === 'pre') return this.code(node);
		if (node.tagName === 'table') return this.table(node);
		throw new Error(`no native form for <${node.tagName}>`);
	}
}

/** A slide laid out from the top (a hand-written slide that does not open with a heading). */
function topLayout(ctx: PptxContext, items: readonly Item[]): Layout {
	const all = column(items);
	const { frame } = ctx;
	return { shapes: all.place(frame.padX, frame.padY), overflow: all.height - (frame.height - 2 * frame.padY), minFontPt: all.minFontPt };
}

/** Decides how a hand-written slide goes into the file, and lays it out natively when it can. */
export function planMarkdownSlide(slide: MarkdownSlide, ctx: PptxContext): MarkdownPlan {
	const { html, attributes } = splitSlideComment(slide.html);
	let background: string | null = null;
	for (const [name, value] of Object.entries(attributes)) {
		if (name === 'data-background-color') {
			background = hexColor(value);
			if (!background) return { kind: 'picture', reason: `its background colour "${value}" is not a hex colour` };
		} else if (name.startsWith('data-background')) return { kind: 'picture', reason: `it has a background (${name})` };
		else if (!MOTION.test(name)) return { kind: 'picture', reason: `it sets ${name}` };
	}
	const root = fromHtml(html, { fragment: true });
	const blocks = elementChildren(root);
	if (!blocks) return { kind: 'picture', reason: 'it has text outside any paragraph' };
	for (const node of blocks) {
		const reason = unsupportedBlock(node);
		if (reason) return { kind: 'picture', reason: `it has ${reason}, which has no native PowerPoint form` };
	}
	return {
		kind: 'native',
		background,
		layout: (scale) => {
			const builder = new BodyBuilder(slide, ctx, scale);
			const gap = 0.5 * sizePt(TYPE.body, scale);
			const [first, ...rest] = blocks;
			const opening = first?.tagName === 'h1' || first?.tagName === 'h2' ? first : null;
			const body = opening ? rest : blocks;
			// A list keeps its last item's margin (0.45em) inside it, before the gap to what follows.
			const items = body.map((node, i) => {
				const after = body[i - 1]?.tagName === 'ul' || body[i - 1]?.tagName === 'ol' ? 0.45 * sizePt(TYPE.body, scale) : 0;
				return { block: builder.block(node, false), gapBefore: i > 0 ? gap + after : 0 };
			});
			if (!opening) return topLayout(ctx, items);
			const title = builder.block(opening, true);
			const titleGap = 0.3 * sizePt(opening.tagName === 'h1' ? TYPE.h1 : TYPE.h2, scale) + gap;
			if (opening.tagName === 'h1') return centredLayout(ctx.frame, [{ block: title, gapBefore: 0 }, ...items.map((item, i) => (i === 0 ? { ...item, gapBefore: titleGap } : item))]);
			return titledLayout(ctx.frame, title, titleGap, items);
		},
	};
}
