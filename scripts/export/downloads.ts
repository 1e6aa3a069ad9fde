/**
 * The exports of a deck and the Downloads links on its page. The deck page ships an empty, hidden
 * `<nav class="deck-downloads" data-exports-for="<slug>">`; after an export the script fills it with
 * links to the files that exist, so the page never requests a file that is not there.
 */

import { exportHref, withBase } from '../../src/lib/site/paths.ts';
import { siteBaseOf } from './single-file.ts';

/** The files an export writes for a deck, by kind. */
export type ExportKind = 'pdf' | 'handout' | 'html' | 'pptx';

export const EXPORT_KINDS: readonly ExportKind[] = ['pdf', 'handout', 'html', 'pptx'];

/** File name in `dist/exports/` of one export of a deck. */
export function exportFileName(slug: string, kind: ExportKind): string {
	if (kind === 'pdf') return `${slug}.pdf`;
	if (kind === 'handout') return `${slug}-handout.pdf`;
	if (kind === 'pptx') return `${slug}.pptx`;
	return `${slug}.html`;
}

const LABELS: Record<ExportKind, { text: string; title: string }> = {
	pdf: { text: 'Slides (PDF)', title: 'The slides as a PDF, 16:9' },
	handout: { text: 'Handout (PDF)', title: 'Each slide with its speaker notes, A4' },
	html: { text: 'Offline (HTML)', title: 'One file that presents offline: open it in a browser, no network needed' },
	pptx: { text: 'Slides (PowerPoint)', title: 'The slides for PowerPoint: editable text, tables and charts, with the speaker notes' },
};

/** The inside of the Downloads nav for the kinds that exist (empty string when none do); links under the site's `base`. */
export function renderDownloadLinks(slug: string, present: ReadonlySet<ExportKind>, base = '/'): string {
	const links = EXPORT_KINDS.filter((kind) => present.has(kind)).map((kind) => {
		const { text, title } = LABELS[kind];
		const download = kind === 'html' || kind === 'pptx' ? ' download' : '';
		return `<a href="${withBase(exportHref(exportFileName(slug, kind)), base)}" title="${title}"${download}>${text}</a>`;
	});
	return links.length > 0 ? `<span class="deck-downloads-label">Download</span>${links.join('')}` : '';
}

const NAV = /<nav\b([^>]*)\bdata-exports-for="([^"]+)"([^>]*)>[\s\S]*?<\/nav>/;

/**
 * The deck page with its Downloads nav filled for `present` and shown, or hidden and empty when nothing
 * is present. Returns null when the page has no Downloads placeholder (built before this feature).
 */
export function fillDownloads(html: string, slug: string, present: ReadonlySet<ExportKind>): string | null {
	const match = NAV.exec(html);
	if (!match || match[2] !== slug) return null;
	const links = renderDownloadLinks(slug, present, siteBaseOf(html));
	const attrs = `${match[1] ?? ''}data-exports-for="${slug}"${match[3] ?? ''}`.replace(/\s+hidden(="[^"]*")?(?=[\s>]|$)/g, '').trimEnd();
	const open = `<nav${attrs.startsWith(' ') ? '' : ' '}${attrs}${links ? '' : ' hidden'}>`;
	return html.slice(0, match.index) + open + links + '</nav>' + html.slice(match.index + match[0].length);
}
