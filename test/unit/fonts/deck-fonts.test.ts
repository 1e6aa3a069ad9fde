import { describe, expect, it } from 'vitest';
import { create } from 'fontkitten';
import { deckFonts } from '../../../src/lib/fonts/deck-fonts.ts';
import { deckTextByRole } from '../../../src/lib/fonts/deck-text.ts';
import { embeddedFaces } from '../../../src/lib/fonts/css.ts';
import { planDeckFonts } from '../../../src/lib/fonts/plan.ts';

const SLIDE = `<section id="s"><div class="slide-body">
<h2 class="slide-title">Tokio <code>spawn</code> <span class="page-count">(2/3)</span></h2>
<ul class="takeaways"><li>Plain <strong>Bold</strong> <em>italic</em> text</li></ul>
<ol start="3"><li>a</li><li>b</li></ol>
<table class="deck-table"><thead><tr><th>Header</th></tr></thead><tbody><tr><td>Cell µ</td></tr></tbody></table>
<pre class="shiki"><code><span class="line" data-line="12">let x = 1;</span></code></pre>
<svg class="chart"><title>Never drawn: Q</title><desc>Nor this: Z</desc><text class="chart-label">Label</text><text>Value</text></svg>
</div><a class="slide-source" data-chrome href="/x/">Source</a><aside class="notes"><p>Notes only: QZX</p></aside></section>`;

const chars = (text: string) => [...text].join('');

describe("a deck's text by face", () => {
	const text = deckTextByRole(SLIDE);
	it('reads headings, strong text, table headers, chart labels and list markers as bold', () => {
		for (const ch of 'TokiBdHerLbl34.') expect(text.bold, ch).toContain(ch);
		// Markers `3.` and `4.` only, not every digit.
		expect(text.bold).not.toContain('5');
		expect(text.regular).not.toContain('T');
	});

	it('reads code, its line numbers, as the mono (at 400) and the page count as regular inside a heading', () => {
		for (const ch of 'spawnletx=1;2') expect(text.mono, ch).toContain(ch);
		expect(text.regular).toContain('(');
		expect(text.bold).not.toContain('(');
	});

	it('leaves a formula to KaTeX\'s faces: neither its drawn symbols nor its MathML\'s TeX reach the deck fonts', () => {
		const text = deckTextByRole('<section><p>Plain <span class="katex"><span class="katex-mathml"><math><annotation>\\sum_{i} \\geq</annotation></math></span><span class="katex-html">∑≥</span></span></p></section>');
		for (const ch of 'Plain') expect(text.regular, ch).toContain(ch);
		for (const ch of '∑≥\\_{}gq') expect(text.regular + text.bold + text.mono, ch).not.toContain(ch);
	});

	it('reads a diagram\'s text by its own weights and classes: bold at 600 and 700, its `.mono` labels in the mono', () => {
		const diagram = deckTextByRole(
			'<section><svg class="diagram"><title>Q</title><text font-weight="700">Heavy</text><text font-weight="600">Semi</text><text font-weight="400">plain</text><text class="mono" font-weight="400">{}*</text></svg></section>',
		);
		for (const ch of 'HeavySmi') expect(diagram.bold, ch).toContain(ch);
		for (const ch of 'plan') expect(diagram.regular, ch).toContain(ch);
		for (const ch of '{}*') expect(diagram.mono, ch).toContain(ch);
		expect(diagram.regular).not.toContain('H');
		expect(diagram.regular).not.toContain('{');
	});

	it('leaves out what is never drawn on a slide: notes, SVG titles and descriptions', () => {
		for (const ch of 'QZX') expect(chars(text.regular + text.bold + text.mono), ch).not.toContain(ch);
	});

	it('keeps the space (its width is the font\'s) and the slide numbers\' digits', () => {
		expect(text.regular).toContain(' ');
		for (const ch of '0123456789/') expect(text.regular).toContain(ch);
	});
});

describe('the faces a deck is given', () => {
	it('draws each character from its own family, else from the fallback for its script, else the first fallback that has it, and names what none has', () => {
		const plan = planDeckFonts({ regular: 'Aα→中שم✅가', bold: 'Bβم', mono: 'x→' });
		const where = (ch: string) => plan.faces.filter((f) => f.text.includes(ch)).map((f) => `${f.slice.family} ${f.slice.weight} ${f.slice.subset}`);
		expect(where('A')).toEqual(['Noto Sans 400 latin']);
		expect(where('B')).toEqual(['Noto Sans 700 latin']);
		expect(where('α')).toEqual(['Noto Sans 400 greek']);
		expect(where('β')).toEqual(['Noto Sans 700 greek']);
		expect(where('x')).toEqual(['Noto Sans Mono 400 latin']);
		// Noto Sans and Noto Sans Mono have no arrows: the math face draws them, in text and in code.
		expect(where('→')).toEqual(['Noto Sans Math 400 latin']);
		expect(where('中')[0]).toMatch(/^Noto Sans SC 400 /);
		expect(where('ש')[0]).toMatch(/^Noto Sans Hebrew 400 /);
		expect(where('م')).toEqual(expect.arrayContaining([expect.stringMatching(/^Noto Sans Arabic 400 /), expect.stringMatching(/^Noto Sans Arabic 700 /)]));
		expect(where('✅')[0]).toMatch(/^Noto Emoji 400 /);
		expect(plan.uncovered).toBe('가');
		expect(plan.stacks.sans).toEqual(['Noto Sans', 'Noto Sans Math', 'Noto Sans SC', 'Noto Sans Arabic', 'Noto Sans Hebrew', 'Noto Emoji']);
		expect(plan.stacks.mono.slice(0, 3)).toEqual(['Noto Sans Mono', 'Noto Sans', 'Noto Sans Math']);
	});
});

describe("a deck page's font CSS", () => {
	it('inlines each face as WOFF2 cut to exactly its characters, and sets the stacks', async () => {
		const fonts = await deckFonts(SLIDE);
		expect(fonts.uncovered).toBe('');
		const faces = embeddedFaces(fonts.css);
		expect(faces.map((f) => `${f.family} ${f.weight}`)).toEqual(['Noto Sans 400', 'Noto Sans 700', 'Noto Sans Mono 400']);
		expect(fonts.faces.map((f) => f.bytes)).toEqual(faces.map((f) => f.bytes));
		for (const [, rule = ''] of fonts.css.matchAll(/(@font-face\{[^}]*\})/g)) {
			const font = create(Buffer.from(/base64,([^)]+)\)/.exec(rule)?.[1] ?? '', 'base64'));
			expect('familyName' in font && font.familyName).toMatch(/^Noto Sans/);
			expect(rule).toContain('font-display:block');
		}
		// Each face alone in its family and weight: no unicode-range to choose between faces.
		expect(fonts.css).not.toContain('unicode-range');
		expect(fonts.css).toContain(':root{--deck-font:"Noto Sans",sans-serif;--deck-mono:"Noto Sans Mono","Noto Sans",monospace}');
		expect(fonts.css).toMatch(/^\/\* Noto fonts, Copyright 2022 The Noto Project Authors, SIL Open Font License 1\.1/);
	});

	it('gives the faces of one family and weight (script slices) each a unicode-range of exactly its characters', async () => {
		const fonts = await deckFonts('<section><h2>Bold Δ</h2><p>Plain and Greek: αβγ, Cyrillic: жёлтый</p></section>');
		const ranged = [...fonts.css.matchAll(/(@font-face\{[^}]*\})/g)].map(([rule]) => rule).filter((rule) => rule.includes('"Noto Sans";') && rule.includes('font-weight:400'));
		expect(ranged.length).toBe(3);
		for (const rule of ranged) {
			const font = create(Buffer.from(/base64,([^)]+)\)/.exec(rule)?.[1] ?? '', 'base64'));
			if (!('characterSet' in font)) throw new Error('a collection');
			const range = /unicode-range:([^}]*)/.exec(rule)?.[1] ?? '';
			// The range names what the face has: every code point of it, no more.
			const inRange = range.split(',').flatMap((part) => {
				const [a = '', b] = part.replace('U+', '').split('-');
				const from = Number.parseInt(a, 16);
				return Array.from({ length: (b ? Number.parseInt(b, 16) : from) - from + 1 }, (_, i) => from + i);
			});
			expect(inRange.length, rule.slice(0, 80)).toBeGreaterThanOrEqual(3);
			for (const cp of inRange) expect(font.characterSet, `${rule.slice(0, 60)} U+${cp.toString(16)}`).toContain(cp);
		}
	});

	it('keeps only the copyright, family and style names in a web face, and stays the same for the same text', async () => {
		const a = await deckFonts(SLIDE);
		const b = await deckFonts(SLIDE);
		expect(b.css).toBe(a.css);
		const data = /base64,([^)]+)\)/.exec(a.css)?.[1] ?? '';
		const font = create(Buffer.from(data, 'base64'));
		if (!('getName' in font)) throw new Error('a collection');
		expect(font.getName('copyright')).toMatch(/Noto Project Authors/);
		expect(font.getName('fontFamily')).toBe('Noto Sans');
		expect(font.getName('version')).toBeNull();
		expect(font.getName('postscriptName')).toBeNull();
	});
});
