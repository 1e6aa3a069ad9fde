import { describe, expect, it } from 'vitest';
import type { ReadSiteFile } from '../../../scripts/export/inline.ts';
import { buildSingleFile, remainingReferences, siteOriginOf, tagAttributes } from '../../../scripts/export/single-file.ts';

/** A deck page shaped like Astro's output for DeckDocument. */
const PAGE = [
	'<!DOCTYPE html><html lang="en" data-deck-theme="dark" data-site-origin="https://talks.example">',
	'<head><meta charset="utf-8"><title>Talk</title>',
	'<link rel="icon" href="/favicon.svg" type="image/svg+xml">',
	'<link rel="stylesheet" href="/_astro/index.abc.css">',
	'<script type="module" src="/_astro/DeckDocument.xyz.js"></script></head>',
	'<body><div class="deck-chrome"><a class="deck-back" href="/articles/talk/">← Read the article</a>',
	'<nav class="deck-downloads" aria-label="Downloads" data-exports-for="talk"><span>Download</span><a href="/exports/talk.pdf">PDF</a></nav></div>',
	'<div class="reveal"><div class="slides"><section id="title"><h1>Ünïcode — talk</h1><img src="../../images/diagram.png" alt="Diagram">',
	'<a href="https://talks.example/articles/talk/">the article</a><a href="#/title">again</a></section></div></div>',
	'</body></html>',
].join('');

const CSS = [
	'@font-face{font-family:Inter;src:url(./inter-latin.woff2) format("woff2");unicode-range:U+0000-00FF,U+2000-206F}',
	'@font-face{font-family:Inter;src:url(./inter-greek.woff2) format("woff2");unicode-range:U+0370-03FF}',
	'.reveal{font-family:Inter}',
].join('');

const FILES: Record<string, string> = {
	'/_astro/index.abc.css': CSS,
	'/_astro/inter-latin.woff2': 'LATIN',
	'/images/diagram.png': 'PNG',
};
const read: ReadSiteFile = (p) => (p in FILES ? new TextEncoder().encode(FILES[p]) : null);
const SCRIPT = 'window.started=true;var t="</script>";';

const build = (html = PAGE, files: ReadSiteFile = read): string => buildSingleFile({ html, pagePath: '/decks/talk/', read: files, script: SCRIPT });

describe('buildSingleFile', () => {
	const out = build();

	it('leaves nothing for the browser to fetch: no <link>, no <script src>, no url() or src off data:', () => {
		expect(out).not.toMatch(/<link\b/i);
		expect(out).not.toMatch(/<script\b[^>]*\bsrc=/i);
		expect(remainingReferences(out)).toEqual([]);
	});

	it('inlines the stylesheet with its fonts, leaving out faces the text never uses', () => {
		expect(out).toContain(`<style>@font-face{font-family:Inter;src:url("data:font/woff2;base64,${Buffer.from('LATIN').toString('base64')}") format("woff2")`);
		expect(out).not.toContain('inter-greek');
		expect(out).toContain('.reveal{font-family:Inter}</style>');
	});

	it('inlines images on slides', () => {
		expect(out).toContain(`<img src="data:image/png;base64,${Buffer.from('PNG').toString('base64')}" alt="Diagram">`);
	});

	it('adds the bundled client as one classic inline script at the end of the body, escaped', () => {
		expect(out).toMatch(/<script>window\.started=true;var t="<\\\/script>";<\/script><\/body><\/html>$/);
		expect(out.match(/<script\b/g)).toHaveLength(1);
	});

	it('keeps `$&` and friends in the bundled script as they are (minified code is full of them)', () => {
		const script = 'var $=1;$&&f();g($`,$\');';
		const page = buildSingleFile({ html: PAGE, pagePath: '/decks/talk/', read, script });
		expect(page).toContain(`<script>${script}</script></body>`);
	});

	it('drops site links that cannot work from a file when the site has no public URL', () => {
		const page = build(PAGE.replace(' data-site-origin="https://talks.example"', ''));
		expect(page).toContain('<a class="deck-back">');
		expect(page).not.toMatch(/<a\b[^>]*\shref="\/(?!\/)/);
		expect(page).toContain('<a href="#/title">again</a>');
	});

	it('points site links at the published site and drops the Downloads nav', () => {
		expect(out).toContain('<a class="deck-back" href="https://talks.example/articles/talk/">');
		expect(out).toContain('<a href="#/title">again</a>');
		expect(out).not.toContain('deck-downloads');
		expect(out).not.toContain('/exports/');
	});

	it('marks the document as the standalone deck and keeps the slides as they were', () => {
		expect(out).toMatch(/^<!DOCTYPE html><html data-deck-standalone="" lang="en" data-deck-theme="dark"/);
		expect(out).toContain('<section id="title"><h1>Ünïcode — talk</h1>');
	});

	it('fails, naming the file, when something linked is missing or off the site', () => {
		const noFont: ReadSiteFile = (p) => (p.endsWith('.woff2') ? null : read(p));
		expect(() => build(PAGE, noFont)).toThrow(/inter-latin\.woff2.*not in the built site/);
		expect(() => build(PAGE.replace('/_astro/index.abc.css', 'https://cdn.example/x.css'))).toThrow(/not a file of the site/);
	});
});

describe('page helpers', () => {
	it('reads attributes of a start tag', () => {
		const attrs = tagAttributes('<link rel="stylesheet" href=\'/a.css\' data-x=1 disabled>');
		expect(Object.fromEntries(attrs)).toEqual({ rel: 'stylesheet', href: '/a.css', 'data-x': '1', disabled: '' });
	});

	it('reads the site origin the deck page records', () => {
		expect(siteOriginOf(PAGE)).toBe('https://talks.example');
		expect(siteOriginOf('<html lang="en">')).toBeNull();
	});

	it('reports what would still be fetched, ignoring script bodies', () => {
		const html = '<link rel="icon" href="/x.svg"><style>a{b:url(/f.woff2)}</style><script>var s=\'<img src="${e}">\'</script><img src="/a.png">';
		expect(remainingReferences(html)).toEqual(['<link rel="icon" href="/x.svg">', 'src="/a.png"', 'url(/f.woff2)']);
	});
});
