import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { distSize } from '../../../scripts/bench/dist-size.ts';
import { compareRows, parseTimes, ratios, spread } from '../../../scripts/bench/compare.ts';
import type { Comparison } from '../../../scripts/bench/compare.ts';

describe('parseTimes', () => {
	it("adds the children's user and system time from bash's `times` (second line)", () => {
		expect(parseTimes('0m0.010s 0m0.002s\n1m2.500s 0m0.750s\n')).toBeCloseTo(63.25, 6);
	});
	it('refuses output it cannot read', () => {
		expect(() => parseTimes('nothing')).toThrow(/cannot read CPU times/);
	});
});

describe('spread and ratios', () => {
	it('pairs the rounds and gives the median with the lowest and highest ratio', () => {
		const r = ratios([20, 30, 12], [10, 10, 10]);
		expect(r).toEqual([2, 3, 1.2]);
		expect(spread(r)).toEqual({ median: 2, min: 1.2, max: 3 });
		expect(spread([1, 4]).median).toBe(2.5);
	});
});

describe('compareRows', () => {
	it('marks a ratio over its target and lists the deck page bytes by kind', () => {
		const t = (wall: number, cpu: number) => ({ wall, cpu });
		const scenario = (ratio: number) => ({ talkbook: [t(ratio, ratio)], bare: [t(1, 1)], wallRatio: spread([ratio]), cpuRatio: spread([ratio]) });
		const compare: Comparison = { rounds: 1, scenarios: { clean: scenario(2), unchanged: scenario(1.2), edit: scenario(1.4) }, dist: { talkbook: 3 << 20, bare: 2 << 20, ratio: 1.5 } };
		const deckPage = { gzipBytes: 2048, byKind: { js: { gzipBytes: 1024, requests: 1 }, css: { gzipBytes: 1024, requests: 1 } } };
		const rows = compareRows([{ articles: 10, compare, deckPage }]);
		const cell = (label: string) => rows.find((row) => row[0]?.startsWith(label))?.[1];
		expect(cell('clean build cpu')).toBe('2.00× (2.00–2.00) over');
		expect(cell('unchanged rebuild cpu')).toBe('1.20× (1.20–1.20)');
		expect(cell('deck page gzip')).toBe('2.0 KiB: js 1.0, css 1.0');
		expect(cell('dist/')).toBe('1.50× (3.0 / 2.0 MiB)');
		// A run from before the gzip figure was measured.
		expect(cell('  gzip')).toBe('—');
	});

	it('gives what a host sends with gzip, and the bytes of each area of both dist/ folders', () => {
		const timing = { talkbook: [{ wall: 1, cpu: 1 }], bare: [{ wall: 1, cpu: 1 }], wallRatio: spread([1]), cpuRatio: spread([1]) };
		const area = (mib: number) => ({ bytes: mib * 1048576, gzipBytes: 0 });
		const areas = (articles: number, decks: number) => ({ articles: area(articles), decks: area(decks), pagefind: area(1), tags: area(0), other: area(0) });
		const dist = { talkbook: 6 << 20, bare: 3 << 20, ratio: 2, gzip: { talkbook: 3 << 20, bare: 2 << 20, ratio: 1.5 }, areas: { talkbook: areas(3, 2), bare: areas(2, 0) } };
		const rows = compareRows([{ articles: 10, compare: { rounds: 1, scenarios: { clean: timing, unchanged: timing, edit: timing }, dist } }]);
		const cell = (label: string) => rows.find((row) => row[0]?.startsWith(label))?.[1];
		expect(cell('  gzip')).toBe('1.50× (3.0 / 2.0 MiB)');
		expect(cell('  MiB by area')).toBe('articles 3.0 / 2.0, decks 2.0 / 0.0, pagefind 1.0 / 1.0, tags 0.0 / 0.0, other 0.0 / 0.0');
	});
});

describe('distSize', () => {
	it('counts every file by area, and gzips only what is not compressed already', () => {
		const dir = mkdtempSync(path.join(tmpdir(), 'dist-size-'));
		onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
		const html = '<p>same words again</p>'.repeat(500);
		for (const [file, text] of Object.entries({ 'articles/a/index.html': html, 'decks/a/index.html': html, 'pagefind/fragment/x.pf_fragment': html, 'index.html': 'x' })) {
			mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
			writeFileSync(path.join(dir, file), text);
		}
		const size = distSize(dir);
		expect(size.bytes).toBe(html.length * 3 + 1);
		expect(size.byArea.articles.bytes).toBe(html.length);
		expect(size.byArea.other.bytes).toBe(1);
		expect(size.byArea.articles.gzipBytes).toBeLessThan(html.length / 20);
		expect(size.byArea.pagefind.gzipBytes).toBe(html.length);
		expect(size.gzipBytes).toBe(Object.values(size.byArea).reduce((n, a) => n + a.gzipBytes, 0));
	});
});
