import { describe, expect, it } from 'vitest';
import { formatBytes, runKey, median, mergeRun, pagefindFromLog, parseBenchArgs, renderTable, resourceKind, tableRows, totals } from '../../../scripts/bench/report.ts';
import type { BenchRun, PageLoad } from '../../../scripts/bench/report.ts';

describe('parseBenchArgs', () => {
	it('defaults to 200 articles, seed 1, no --keep', () => {
		expect(parseBenchArgs([])).toEqual({ articles: 200, seed: 1, rounds: 3, markdown: 'satteri', keep: false, help: false });
	});
	it('reads --articles N, --articles=N, --seed and --keep', () => {
		expect(parseBenchArgs(['--articles', '20', '--seed', '7', '--keep'])).toEqual({ articles: 20, seed: 7, rounds: 3, markdown: 'satteri', keep: true, help: false });
		expect(parseBenchArgs(['--articles=1000']).articles).toBe(1000);
	});
	it('benchmarks the remark pipeline with --markdown remark, kept beside the Sätteri run of the same size', () => {
		expect(parseBenchArgs(['--markdown', 'remark']).markdown).toBe('remark');
		expect(() => parseBenchArgs(['--markdown', 'marked'])).toThrow('--markdown must be satteri or remark, got "marked"');
		expect(runKey({ articles: 200, markdown: 'remark' })).toBe('200-remark');
		expect(runKey({ articles: 200, markdown: 'satteri' })).toBe('200');
		expect(runKey({ articles: 200 })).toBe('200');
	});
	it('rejects bad numbers and unknown flags', () => {
		expect(() => parseBenchArgs(['--articles', '0'])).toThrow(/at least 1/);
		expect(() => parseBenchArgs(['--articles', 'ten'])).toThrow(/whole number/);
		expect(() => parseBenchArgs(['--articles', '2.5'])).toThrow(/whole number/);
		expect(() => parseBenchArgs(['--article', '20'])).toThrow();
		expect(() => parseBenchArgs(['200'])).toThrow();
	});
});

describe('median', () => {
	it('handles odd, even and empty lists', () => {
		expect(median([5, 1, 3])).toBe(3);
		expect(median([4, 1, 3, 2])).toBe(2.5);
		expect(median([])).toBeNull();
	});
});

describe('resourceKind and totals', () => {
	it('classifies by path and content type', () => {
		expect(resourceKind('http://127.0.0.1:1/articles/a/', 'text/html; charset=utf-8')).toBe('html');
		expect(resourceKind('http://127.0.0.1:1/pagefind/pagefind-component-ui.js', 'text/javascript')).toBe('pagefind-ui');
		expect(resourceKind('http://127.0.0.1:1/pagefind/fragment/en_1.pf_fragment', 'application/octet-stream')).toBe('pagefind-index');
		expect(resourceKind('http://127.0.0.1:1/_astro/inter.woff2', 'font/woff2')).toBe('font');
		expect(resourceKind('http://127.0.0.1:1/_astro/a.js', 'text/javascript; charset=utf-8')).toBe('js');
	});
	it('sums raw and gzip bytes overall and per kind', () => {
		const t = totals([
			{ url: 'http://127.0.0.1:1/', status: 200, contentType: 'text/html', rawBytes: 100, gzipBytes: 40 },
			{ url: 'http://127.0.0.1:1/a.css', status: 200, contentType: 'text/css', rawBytes: 50, gzipBytes: 20 },
			{ url: 'http://127.0.0.1:1/b.css', status: 200, contentType: 'text/css', rawBytes: 10, gzipBytes: 12 },
		]);
		expect(t).toMatchObject({ requests: 3, rawBytes: 160, gzipBytes: 72 });
		expect(t.byKind['css']).toEqual({ requests: 2, rawBytes: 60, gzipBytes: 32 });
	});
});

const load: PageLoad = { url: '/x/', requests: 1, rawBytes: 2048, gzipBytes: 512, byKind: {}, resources: [], offsite: [], consoleErrors: [], loadMs: 10 };
function run(articles: number): BenchRun {
	return {
		articles,
		seed: 1,
		date: '2026-01-01T00:00:00.000Z',
		node: 'v24.0.0',
		cpus: 2,
		cpuModel: 'cpu',
		platform: 'linux x64',
		chromium: '140',
		loadAverage: { before: [0.5, 0.4, 0.3], after: [1, 1, 1] },
		corpus: { files: articles, bytes: 1000, words: 100, tables: 1, tomlBlocks: 1, withTakeaways: 1, plain: 0, mdx: 0, inSeries: 0, projectArticles: [] },
		build: { seconds: articles / 10, perArticleSeconds: 0.1, pagefindMs: 100, pagesIndexed: articles, slidesIndexed: null },
		dist: { bytes: 1, files: 1, htmlPages: 1, articlePages: 1, deckPages: 0 },
		pagefind: { bytes: 1, files: 1 },
		sample: { slug: 's', words: 1, tables: 1, tomlBlocks: 1, takeaways: 1 },
		articlePage: load,
		deckPage: null,
		search: { queries: [], coldMs: 500, warmMedianMs: 400, warmMaxMs: 450, debounceMs: 300, load },
	};
}

describe('mergeRun', () => {
	it('keeps runs at other sizes, replaces the same size, and orders by size', () => {
		const first = mergeRun(null, run(200));
		const second = mergeRun(JSON.parse(JSON.stringify(first)), run(20));
		const third = mergeRun(second, { ...run(200), seed: 9 });
		expect(Object.keys(third.runs)).toEqual(['20', '200']);
		expect(third.runs['200']?.seed).toBe(9);
	});
	it('starts afresh on a file without runs', () => {
		expect(Object.keys(mergeRun({ something: 1 }, run(5)).runs)).toEqual(['5']);
		expect(Object.keys(mergeRun('garbage', run(5)).runs)).toEqual(['5']);
	});
});

describe('the printed table', () => {
	it('has one column per run and aligned cells', () => {
		const text = renderTable(tableRows([run(20), run(200)]));
		const lines = text.split('\n');
		expect(lines[0]).toMatch(/^articles\s+│\s+20\s+│\s+200$/);
		expect(text).toContain('deck page load');
		expect(text).toContain('not built');
		const bars = lines.filter((l) => l.includes('│')).map((l) => l.indexOf('│'));
		expect(new Set(bars).size).toBe(1);
	});
	it('formats bytes', () => {
		expect(formatBytes(512)).toBe('512 B');
		expect(formatBytes(2048)).toBe('2.0 KiB');
		expect(formatBytes(3 * 1024 * 1024)).toBe('3.00 MiB');
	});
});

describe('pagefindFromLog', () => {
	it("reads the last build that wrote its index, as the pagefind integration logs it", () => {
		const log = [
			'14:58:32 [talkbook:pagefind] indexed 2005 pages (3336 ms after the last page): 2005 records',
			'14:59:01 [talkbook:pagefind] indexed 2006 pages (3012 ms after the last page): 2006 records',
			// An unchanged rebuild links the last index: no time to report.
			'14:59:20 [talkbook:pagefind] indexed 2006 pages (the same pages as the last build: index copied): 2006 records',
		].join('\n');
		expect(pagefindFromLog(log)).toEqual({ pages: 2006, ms: 3012 });
		expect(pagefindFromLog('build published to dist/')).toBeNull();
	});
});
