import { escapeAttr } from '../html/escape.ts';
import { diagramSvg } from './markup.ts';
import { readDiagram } from './read.ts';
import { drawDiagram } from './render.ts';
import { KIND_NAMES } from './source.ts';

/** Padding of a diagram drawn for the article page, in its own units. */
export const PAGE_PADDING = 8;
/** The size of a diagram's main labels on the article page, in CSS pixels (its smaller labels scale with them). */
export const PAGE_TEXT_PX = 16;
/** The smallest its main labels are drawn to fit the text column (13 px: the drawing's own size). */
export const PAGE_TEXT_MIN_PX = 13;
/** Width of the article's text column inside a diagram's frame, in CSS pixels (prose.css: 72ch of 17 px, less padding). */
export const PAGE_COLUMN_PX = 740;

/**
 * A ```mermaid fence as the article page shows it: the drawing at PAGE_TEXT_PX (down to PAGE_TEXT_MIN_PX to fit
 * the text column), in a focusable region that scrolls sideways when it is wider still (on a phone), as tables do. `ordinal` numbers the page's
 * diagrams (their ids); `section` is the heading it sits under, for its accessible name when it has no
 * `accTitle:`. Throws DiagramError or the renderer's Error on a source the content check would refuse.
 */
export function pageDiagramHtml(source: string, ordinal: number, section: string | null): string {
	const reading = readDiagram(source);
	const drawn = drawDiagram(reading.render, { padding: PAGE_PADDING });
	// As large as PAGE_TEXT_PX allows within the column, never smaller than PAGE_TEXT_MIN_PX: wider still, it scrolls.
	const scale = Math.max(Math.min(PAGE_TEXT_PX / drawn.fontMax, PAGE_COLUMN_PX / drawn.width), PAGE_TEXT_MIN_PX / drawn.fontMax);
	const caption = reading.accTitle ?? `${KIND_NAMES[reading.kind]}${section ? `: ${section}` : ''}`;
	const svg = diagramSvg(drawn, { id: `diagram-${ordinal}`, title: caption, description: reading.description, width: drawn.width * scale, height: drawn.height * scale });
	return `<section class="diagram-scroll" tabindex="0" aria-label="${escapeAttr(`Diagram ${ordinal}: ${caption} (scrolls sideways)`)}">${svg}</section>`;
}
