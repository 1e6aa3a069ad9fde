import { describe, expect, it } from 'vitest';
import { exportFileName, fillDownloads, renderDownloadLinks, type ExportKind } from '../../../scripts/export/downloads.ts';

const PLACEHOLDER = '<nav class="deck-downloads" aria-label="Downloads" data-exports-for="talk" data-pagefind-ignore="all" hidden></nav>';
const page = (nav: string): string => `<body><div class="deck-chrome"><a class="deck-back" href="/">← Back</a>${nav}</div><div class="reveal"></div></body>`;

describe('export file names', () => {
	it('names the four exports of a deck', () => {
		expect(exportFileName('talk', 'pdf')).toBe('talk.pdf');
		expect(exportFileName('talk', 'handout')).toBe('talk-handout.pdf');
		expect(exportFileName('talk', 'html')).toBe('talk.html');
		expect(exportFileName('talk', 'pptx')).toBe('talk.pptx');
	});

	it('links the PowerPoint file after the others, as a download', () => {
		const links = renderDownloadLinks('talk', new Set<ExportKind>(['pptx', 'pdf']));
		expect([...links.matchAll(/href="([^"]+)"/g)].map((m) => m[1])).toEqual(['/exports/talk.pdf', '/exports/talk.pptx']);
		expect(links).toMatch(/<a href="\/exports\/talk\.pptx" title="[^"]*PowerPoint[^"]*" download>Slides \(PowerPoint\)<\/a>/);
	});
});

describe('download links under a base', () => {
	it('link the files under the base the deck page was built for', () => {
		const built = page(PLACEHOLDER).replace('<body>', '<html lang="en" data-base="/talks/"><body>');
		const out = fillDownloads(built, 'talk', new Set<ExportKind>(['pdf', 'html']))!;
		expect([...out.matchAll(/href="([^"]+)"/g)].map((m) => m[1])).toEqual(['/', '/talks/exports/talk.pdf', '/talks/exports/talk.html']);
		expect(renderDownloadLinks('talk', new Set<ExportKind>(['handout']))).toContain('href="/exports/talk-handout.pdf"');
	});
});

describe('fillDownloads', () => {
	it('fills the placeholder with links to the files present and shows it', () => {
		const out = fillDownloads(page(PLACEHOLDER), 'talk', new Set<ExportKind>(['pdf', 'handout', 'html']));
		expect(out).not.toBeNull();
		const nav = /<nav[^>]*>.*<\/nav>/.exec(out!)?.[0] ?? '';
		expect(nav).not.toMatch(/\shidden/);
		expect([...nav.matchAll(/href="([^"]+)"/g)].map((m) => m[1])).toEqual(['/exports/talk.pdf', '/exports/talk-handout.pdf', '/exports/talk.html']);
		expect(nav).toContain('data-exports-for="talk"');
		expect(nav).toContain('aria-label="Downloads"');
		expect(out!.startsWith('<body><div class="deck-chrome"><a class="deck-back" href="/">← Back</a><nav')).toBe(true);
		expect(out!.endsWith('</nav></div><div class="reveal"></div></body>')).toBe(true);
	});

	it('links only what exists, and is idempotent', () => {
		const once = fillDownloads(page(PLACEHOLDER), 'talk', new Set<ExportKind>(['pdf']))!;
		expect(once).toContain('/exports/talk.pdf');
		expect(once).not.toContain('handout');
		expect(fillDownloads(once, 'talk', new Set<ExportKind>(['pdf']))).toBe(once);
		const all = fillDownloads(once, 'talk', new Set<ExportKind>(['pdf', 'html']))!;
		expect(all).toContain('/exports/talk.html');
	});

	it('hides and empties the nav when nothing is present', () => {
		const filled = fillDownloads(page(PLACEHOLDER), 'talk', new Set<ExportKind>(['pdf']))!;
		const emptied = fillDownloads(filled, 'talk', new Set<ExportKind>());
		expect(emptied).toBe(page(PLACEHOLDER));
		expect(renderDownloadLinks('talk', new Set())).toBe('');
	});

	it('returns null when the page has no placeholder for that deck', () => {
		expect(fillDownloads('<body></body>', 'talk', new Set<ExportKind>(['pdf']))).toBeNull();
		expect(fillDownloads(page(PLACEHOLDER), 'other', new Set<ExportKind>(['pdf']))).toBeNull();
	});
});
