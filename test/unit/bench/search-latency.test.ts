import { describe, expect, it } from 'vitest';
import { articlesWithWord, latencyTable, ratios, summariseRatios } from '../../../scripts/bench/search-latency.ts';
import type { QueryComparison, QueryTimings, SearchLatency } from '../../../scripts/bench/search-latency.ts';

const timings = (ms: number, results = 10): QueryTimings => ({ searchCold: ms * 10, searchWarm: ms, dataCold: ms * 20, dataWarm: ms * 2, results, bytesCold: 1024 });

describe('search latency comparison', () => {
	it('divides Talkbook by pages-only, timing by timing', () => {
		expect(ratios(timings(3), timings(2))).toEqual({ searchCold: 1.5, searchWarm: 1.5, dataCold: 1.5, dataWarm: 1.5 });
		expect(ratios(timings(3), timings(0)).searchWarm).toBeNaN();
	});

	it('summarises by kind of word with the median ratio', () => {
		const q = (query: string, kind: 'common' | 'rare', t: number): QueryComparison => ({ query, kind, articlesWithWord: 1, talkbook: timings(t), pagesOnly: timings(1), ratio: ratios(timings(t), timings(1)) });
		const queries = [q('a', 'common', 1), q('b', 'common', 3), q('c', 'common', 2), q('d', 'rare', 4)];
		expect(summariseRatios(queries, 'common').searchWarm).toBe(2);
		expect(summariseRatios(queries, 'rare').dataCold).toBe(4);
	});

	it('counts the articles that hold a word, as a word', () => {
		expect(articlesWithWord(['uses tokio here', 'runtime-tokio-rustls only', 'TOKIO', 'tokio_util'], 'tokio')).toBe(2);
		expect(articlesWithWord(['io_uring.', 'no'], 'io_uring')).toBe(1);
	});

	it('prints a row per query and the ratios side by side', () => {
		const facts = { bundle: '/pagefind/', records: 5, indexBytes: 2048, metaBytes: 100 };
		const latency: SearchLatency = {
			rounds: 3,
			warmRepeats: 2,
			talkbook: facts,
			pagesOnly: { ...facts, records: 2 },
			queries: [{ query: 'tokio', kind: 'common', articlesWithWord: 7, talkbook: timings(3), pagesOnly: timings(2), ratio: ratios(timings(3), timings(2)) }],
			summary: { common: ratios(timings(3), timings(2)), rare: ratios(timings(1), timings(1)) },
		};
		const rows = latencyTable(latency);
		expect(rows[1]?.[0]).toBe('common "tokio" (7)');
		expect(rows[1]).toContain('3.0 ms / 2.0 ms');
		expect(rows[1]).toContain('1.50×');
		expect(rows.map((r) => r[1])).toEqual(expect.arrayContaining(['5 records', '2 records']));
		expect(new Set(rows.map((r) => r.length)).size).toBe(1);
	});
});
