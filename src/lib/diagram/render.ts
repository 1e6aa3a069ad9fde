import { lazyPackage } from '../lazy.ts';
import { layerSequenceBlocks } from './sequence-blocks.ts';

/** beautiful-mermaid, loaded when a build first draws a diagram. */
export const mermaid = lazyPackage<typeof import('beautiful-mermaid')>('beautiful-mermaid', 'dist/index.js');

/*
 * Diagrams drawn at build time by beautiful-mermaid (pure TypeScript: no browser, no DOM, nothing fetched).
 * Its SVG is made fit for a page that holds several diagrams and works offline: its <style> goes (it
 * @imports the font from fonts.googleapis.com and would restyle every SVG of the page); the colour variables
 * it derives and the fonts are set by Talkbook's own stylesheets instead (styles/diagram.css), so one
 * drawing serves both themes. Ids are prefixed per diagram when the markup is made (markup.ts).
 */

/** A diagram drawn: the inside of its `<svg>`, the box it fills in its own units, and the sizes its text is set in. */
export interface DrawnDiagram {
	/** Everything inside the `<svg>` element, without beautiful-mermaid's `<style>`. */
	inner: string;
	/** The box its drawing fills (its viewBox): the renderer's own margins (30 to 40 units) cut to CROP_MARGIN. */
	x: number;
	y: number;
	width: number;
	height: number;
	/** Smallest and largest `font-size` of its text, in its own units (beautiful-mermaid: 9 to 13). */
	fontMin: number;
	fontMax: number;
}

/** How to draw: space around the diagram, and (flowcharts and state diagrams) between its nodes and layers, in its own units. */
export interface DrawOptions {
	padding: number;
	/** beautiful-mermaid's defaults (24 and 40) when left out; a slide draws tighter. */
	nodeSpacing?: number;
	layerSpacing?: number;
}

/** The colours beautiful-mermaid writes as CSS variables; the stylesheets give them values per theme. */
const COLOURS = { bg: 'var(--diagram-bg)', fg: 'var(--diagram-fg)', line: 'var(--diagram-line)', accent: 'var(--diagram-accent)', muted: 'var(--diagram-muted)', surface: 'var(--diagram-surface)', border: 'var(--diagram-border)' };

/** Anything in the SVG that could make a browser fetch: a refused drawing rather than a broken promise. */
const FETCHES = /@import|\b(?:href|src)\s*=\s*"(?!#)|url\(\s*['"]?(?!#)/i;

const drawn = new Map<string, DrawnDiagram>();

/** Space kept around what a diagram draws, in its own units, when its margins are cut (contentBox). */
const CROP_MARGIN = 6;

interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
}

/** The numbers of one attribute of an element's opening tag. */
function attr(tag: string, name: string): number | null {
	const value = new RegExp(`\\s${name}="(-?[\\d.]+)"`).exec(tag)?.[1];
	return value === undefined ? null : Number(value);
}

/**
 * The box a drawing's shapes and text fill, plus CROP_MARGIN, inside `full`: beautiful-mermaid leaves 30 to 40
 * units of margin on every side (fixed for sequence, class and ER diagrams), room a slide does not have.
 * Markers (in `<defs>`) and transformed groups (the actor icons, inside their boxes) are left out; text
 * counts with a generous width estimate, so nothing is cut.
 */
function contentBox(inner: string, full: Box): Box {
	const body = inner.replace(/<defs>[\s\S]*?<\/defs>/g, '').replace(/<g [^>]*transform="[^"]*"[^>]*>[\s\S]*?<\/g>/g, '');
	const xs: number[] = [];
	const ys: number[] = [];
	const add = (x: number | null, y: number | null): void => {
		if (x !== null && y !== null && Number.isFinite(x) && Number.isFinite(y)) {
			xs.push(x);
			ys.push(y);
		}
	};
	for (const [tag] of body.matchAll(/<(?:rect|line|polyline|polygon|circle|ellipse)\b[^>]*>/g)) {
		const x = attr(tag, 'x');
		const y = attr(tag, 'y');
		add(x, y);
		if (x !== null && y !== null) add(x + (attr(tag, 'width') ?? 0), y + (attr(tag, 'height') ?? 0));
		add(attr(tag, 'x1'), attr(tag, 'y1'));
		add(attr(tag, 'x2'), attr(tag, 'y2'));
		const cx = attr(tag, 'cx');
		const cy = attr(tag, 'cy');
		const rx = attr(tag, 'r') ?? attr(tag, 'rx') ?? 0;
		const ry = attr(tag, 'r') ?? attr(tag, 'ry') ?? 0;
		if (cx !== null && cy !== null) {
			add(cx - rx, cy - ry);
			add(cx + rx, cy + ry);
		}
		for (const [, px, py] of (/\spoints="([^"]*)"/.exec(tag)?.[1] ?? '').matchAll(/(-?[\d.]+)[ ,](-?[\d.]+)/g)) add(Number(px), Number(py));
	}
	for (const [, open, text] of body.matchAll(/(<text\b[^>]*>)([\s\S]*?)<\/text>/g)) {
		const x = attr(open as string, 'x');
		const y = attr(open as string, 'y');
		if (x === null || y === null) continue;
		const size = attr(open as string, 'font-size') ?? 13;
		const width = (text as string).replace(/<[^>]+>/g, '').length * size * 0.65;
		const anchor = /text-anchor="(middle|end)"/.exec(open as string)?.[1];
		const left = anchor === 'middle' ? x - width / 2 : anchor === 'end' ? x - width : x;
		add(left, y - size);
		add(left + width, y + size);
	}
	if (xs.length === 0) return full;
	const x = Math.max(full.x, Math.min(...xs) - CROP_MARGIN);
	const y = Math.max(full.y, Math.min(...ys) - CROP_MARGIN);
	const right = Math.min(full.x + full.width, Math.max(...xs) + CROP_MARGIN);
	const bottom = Math.min(full.y + full.height, Math.max(...ys) + CROP_MARGIN);
	return { x, y, width: right - x, height: bottom - y };
}

/** The smallest text size of a drawing, in its own units (see drawDiagram). */
const SMALLEST_FONT = 11;

/** Numbers cut to two decimals: 110.02883333333335 → 110.02 (a hundredth of a pixel shows nowhere, and bytes do). */
function shorten(svg: string): string {
	return svg.replace(/(\d+\.\d\d)\d+/g, '$1');
}

/**
 * Draws a diagram's source (already read by readDiagram, so it is one beautiful-mermaid draws whole), memoised
 * by source and options: the page and the slides of one build draw each diagram once. Throws the renderer's
 * own Error when it refuses the source.
 */
export function drawDiagram(source: string, options: DrawOptions): DrawnDiagram {
	const key = `${options.padding}/${options.nodeSpacing ?? ''}/${options.layerSpacing ?? ''}\u0000${source}`;
	const known = drawn.get(key);
	if (known) return known;
	const svg = mermaid().renderMermaidSVG(source, { ...COLOURS, ...options, transparent: true, font: 'Talkbook' });
	const open = /^<svg\b[^>]*>/.exec(svg.trim());
	const viewBox = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(open?.[0] ?? '');
	if (!open || !viewBox) throw new Error('beautiful-mermaid returned no <svg> with a viewBox');
	const inner = layerSequenceBlocks(
		shorten(
			svg
				.trim()
				.slice(open[0].length)
				.replace(/<\/svg>\s*$/, '')
				.replace(/<style>[\s\S]*?<\/style>/g, '')
				// data-* attributes repeat the labels for scripts; the page has no script for them.
				.replace(/\s+data-[\w-]+="[^"]*"/g, '')
				.replace(/\s*\n\s*/g, '')
				.replace(/ rx="0" ry="0"/g, '')
				// The smallest labels (ER key badges at 9, class annotations at 10) are set at 11, the size of the
				// renderer's other small labels: their badges have the room, and a slide then needs less scaling.
				.replace(/font-size="(9|10)"/g, `font-size="${SMALLEST_FONT}"`),
		).trim(),
	);
	if (FETCHES.test(inner)) throw new Error('the drawn diagram refers to something outside the page');
	const sizes = [...inner.matchAll(/font-size="([\d.]+)"/g)].map((m) => Number(m[1]));
	const full = { x: 0, y: 0, width: Number(viewBox[1]), height: Number(viewBox[2]) };
	const box = contentBox(inner, full);
	const result: DrawnDiagram = {
		inner,
		x: Math.floor(box.x),
		y: Math.floor(box.y),
		width: Math.ceil(box.x + box.width) - Math.floor(box.x),
		height: Math.ceil(box.y + box.height) - Math.floor(box.y),
		fontMin: sizes.length > 0 ? Math.min(...sizes) : 13,
		fontMax: sizes.length > 0 ? Math.max(...sizes) : 13,
	};
	drawn.set(key, result);
	return result;
}
