import { escapeAttr, escapeHtml } from '../html/escape.ts';
import type { DrawnDiagram } from './render.ts';

/** What the markup of one drawn diagram needs besides the drawing. */
export interface DiagramMarkupOptions {
	/** Unique in the page: prefixes every id inside the SVG (markers) and the ids `aria-labelledby` names. */
	id: string;
	/** The accessible name (`<title>`). */
	title: string;
	/** The text alternative (`<desc>`): what the diagram shows, in words. */
	description: string;
	/** Size it is shown at, in CSS pixels of its page or slide frame; its viewBox stays the drawing's own. */
	width: number;
	height: number;
}

/**
 * The `<svg>` of a drawn diagram for a page or a slide: class `diagram` (styles/diagram.css gives it colours
 * per theme and the page's fonts), `role="img"` named by its `<title>` and described by its `<desc>`, shown
 * at `width`×`height` (scaled from its own units by the viewBox), every id prefixed so several diagrams can
 * share a page.
 */
export function diagramSvg(diagram: DrawnDiagram, options: DiagramMarkupOptions): string {
	const prefix = options.id;
	const inner = diagram.inner.replace(/\bid="([^"]+)"/g, (_, id: string) => `id="${escapeAttr(`${prefix}-${id}`)}"`).replace(/url\(#([^)]+)\)/g, (_, id: string) => `url(#${escapeAttr(`${prefix}-${id}`)})`);
	const titleId = `${prefix}-title`;
	const descId = `${prefix}-desc`;
	return (
		`<svg class="diagram" xmlns="http://www.w3.org/2000/svg" viewBox="${diagram.x} ${diagram.y} ${diagram.width} ${diagram.height}" width="${Math.round(options.width)}" height="${Math.round(options.height)}" ` +
		`role="img" aria-labelledby="${escapeAttr(titleId)} ${escapeAttr(descId)}">` +
		`<title id="${escapeAttr(titleId)}">${escapeHtml(options.title)}</title>` +
		`<desc id="${escapeAttr(descId)}">${escapeHtml(options.description)}</desc>` +
		`${inner}</svg>`
	);
}
