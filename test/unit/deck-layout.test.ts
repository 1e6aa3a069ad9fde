import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { codeColumns, visualLines, wrapPoints } from '../../src/lib/deck/code-layout.ts';
import { slideTimings } from '../../src/lib/deck/pacing.ts';
import { RECORD_MAX_ROWS, tablePages } from '../../src/lib/deck/table-slides.ts';
import { renderCodeBlock } from '../../src/lib/render/code.ts';
import { getDeckHighlighter } from '../../src/lib/render/highlighter.ts';
import { qrSvg } from '../../src/lib/render/qr.ts';
import { markNumbers } from '../../src/lib/render/table.ts';
import { publicUrl, resolveHref } from '../../src/lib/render/url.ts';
import type { Slide } from '../../src/lib/deck/model.ts';

const cells = (rows: number, columns: number, text = 'short'): { align: null[]; header: string[]; rows: string[][] } => ({
	align: Array.from({ length: columns }, () => null),
	header: Array.from({ length: columns }, (_, c) => `Column ${c + 1}`),
	rows: Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => (c === 0 ? `Row ${r + 1}` : text))),
});

describe('table layout by shape', () => {
	it('keeps a small table as it is', () => {
		expect(tablePages(cells(4, 3), '16:9').map((p) => [p.shape, p.rows.length])).toEqual([['rows', 4]]);
	});

	it('turns each row of a wide, short table into a slide of its own, column name | value', () => {
		const pages = tablePages(cells(3, 7), '16:9');
		expect(pages.map((p) => p.shape)).toEqual(['record', 'record', 'record']);
		expect(pages[1]?.header).toEqual(['Column 1', 'Row 2']);
		expect(pages[1]?.rows[0]).toEqual(['Column 2', 'short']);
		expect(pages[1]?.rows).toHaveLength(6);
	});

	it('splits a wide, tall table into column groups with the first column repeated, rows first', () => {
		const pages = tablePages(cells(RECORD_MAX_ROWS + 2, 7), '16:9');
		expect(pages.every((p) => p.shape === 'columns' && p.header[0] === 'Column 1' && p.header.length <= 4)).toBe(true);
		expect(pages.slice(0, 2).map((p) => p.header)).toEqual([
			['Column 1', 'Column 2', 'Column 3', 'Column 4'],
			['Column 1', 'Column 5', 'Column 6', 'Column 7'],
		]);
	});

	it('pages a tall table evenly with the header repeated: 22 rows → 6, 6, 5, 5', () => {
		expect(tablePages(cells(22, 3), '16:9').map((p) => p.rows.length)).toEqual([6, 6, 5, 5]);
	});

	it('shows fewer columns side by side in a 4:3 frame', () => {
		expect(tablePages(cells(8, 4), '16:9').every((p) => p.shape === 'rows' && p.header.length === 4)).toBe(true);
		expect(tablePages(cells(8, 4), '4:3').every((p) => p.shape === 'columns' && p.header.length <= 3)).toBe(true);
	});
});

describe('code layout', () => {
	it('wraps at the frame width, preferring spaces, then separators inside words', () => {
		expect(codeColumns('16:9')).toBe(68);
		expect(codeColumns('4:3')).toBe(46);
		const line = `rustflags = ["-C", "link-arg=-fuse-ld=/usr/local/bin/mold", "-C", "force-frame-pointers=yes"]`;
		const points = wrapPoints(line, 46);
		const pieces = [0, ...points, line.length].slice(1).map((end, i) => line.slice([0, ...points][i], end));
		expect(pieces.join('')).toBe(line);
		expect(pieces.every((p, i) => p.length <= (i === 0 ? 46 : 44))).toBe(true);
		expect(pieces.some((p) => /loc$|ye$/.test(p))).toBe(false);
		expect(visualLines(`a = 1\n${line}`, 46)).toBe(1 + 1 + points.length);
	});

	it('marks continuations as lines of their own with the same line number', async () => {
		const html = renderCodeBlock(await getDeckHighlighter(), { code: `x = "${'a'.repeat(60)} ${'b'.repeat(30)}"`, lang: 'toml', columns: 68 });
		expect(html.match(/class="line line-cont"/g)).toHaveLength(1);
		expect(html.match(/data-line="1"/g)).toHaveLength(2);
	});
});

describe('pacing', () => {
	const slide = (kind: Slide['kind'], words: number): Slide => ({ kind, id: `${kind}-${words}`, notes: [Array.from({ length: words }, () => 'word').join(' ')], source: null }) as unknown as Slide;

	it('shares the minutes between slides by their notes, in whole seconds that add up', () => {
		const slides = [slide('title', 20), slide('table', 150), slide('table', 30), slide('closing', 10)];
		const timings = slideTimings({ slides, minutes: 5 });
		expect(timings.reduce((a, b) => a + b, 0)).toBe(300);
		expect(timings[1]).toBeGreaterThan(timings[2] as number);
		expect(timings[2]).toBeGreaterThan(timings[3] as number);
		expect(timings.every((t) => Number.isInteger(t) && t >= 5)).toBe(true);
	});
});

describe('addresses', () => {
	it('keeps site paths relative and shows no address when no site URL is set', () => {
		expect(resolveHref('/articles/a/', null)).toBe('/articles/a/');
		expect(publicUrl('/articles/a/', null)).toBeNull();
		expect(resolveHref('/articles/a/', 'https://talks.example')).toBe('https://talks.example/articles/a/');
		expect(publicUrl('/articles/a/', 'https://talks.example')).toBe('https://talks.example/articles/a/');
		expect(resolveHref('javascript:alert(1)', null)).toBe('#');
	});

	it('draws a QR code as inline SVG with its quiet zone, black on white', () => {
		const svg = qrSvg('https://talks.example/articles/a/', 300, 'QR code');
		expect(svg).toMatch(/^<svg class="qr-code" xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 (\d+) \1" width="300" height="300"/);
		expect(svg).toContain('fill="#ffffff"');
		expect(svg).toContain('<path stroke="#000000" d="M');
	});

	it('strokes exactly the dark modules of the code, each row\'s runs along its middle', () => {
		const text = 'https://talks.example/articles/why-rust-is-growing-fast/';
		const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
		const d = /<path stroke="#000000" d="([^"]+)"/.exec(qrSvg(text, 300, 'QR code'))?.[1] ?? '';
		const drawn = new Set<string>();
		let x = 0;
		let y = 0;
		for (const [, op, a, b] of d.matchAll(/([Mmh])(-?[\d.]+)(?: (-?[\d.]+))?/g)) {
			if (op === 'M') [x, y] = [Number(a), Number(b)];
			else if (op === 'm') [x, y] = [x + Number(a), y + Number(b)];
			else {
				for (let i = 0; i < Number(a); i++) drawn.add(`${x + i - 4},${y - 4.5}`);
				x += Number(a);
			}
		}
		const dark = new Set<string>();
		for (let r = 0; r < modules.size; r++) for (let c = 0; c < modules.size; c++) if (modules.data[r * modules.size + c]) dark.add(`${c},${r}`);
		expect([...drawn].sort()).toEqual([...dark].sort());
	});
});

describe('table numbers', () => {
	it('wraps digit runs, not hyphens or entities, for tabular figures', () => {
		expect(markNumbers('3-8 seconds, <code>x1</code> &#39;1.2&#39;')).toBe(
			'<span class="num">3</span>-<span class="num">8</span> seconds, <code>x<span class="num">1</span></code> &#39;<span class="num">1.2</span>&#39;',
		);
	});
});
