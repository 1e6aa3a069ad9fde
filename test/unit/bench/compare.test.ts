import { describe, expect, it } from 'vitest';
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
	});
});
