import { describe, expect, it } from 'vitest';
import { neighbours, publishedNewestFirst, seriesEntries, tagIndex, type ArticleSummary } from '../../../src/lib/site/collection.ts';

function article(slug: string, date: string, extra: Partial<ArticleSummary['data']> = {}): ArticleSummary {
	return { slug, data: { title: slug.toUpperCase(), date: new Date(date), tags: [], draft: false, ...extra } };
}

describe('publishedNewestFirst', () => {
	it('drops drafts and sorts by date, then slug', () => {
		const list = publishedNewestFirst([
			article('a', '2023-01-01'),
			article('c', '2024-01-01'),
			article('b', '2024-01-01'),
			article('d', '2025-01-01', { draft: true }),
		]);
		expect(list.map((a) => a.slug)).toEqual(['b', 'c', 'a']);
	});
});

describe('neighbours', () => {
	const sorted = [article('new', '2024-01-01'), article('mid', '2023-01-01'), article('old', '2022-01-01')];
	it('gives newer and older around the middle', () => {
		const { newer, older } = neighbours(sorted, 'mid');
		expect(newer?.slug).toBe('new');
		expect(older?.slug).toBe('old');
	});
	it('has no newer for the newest and nothing for an unknown slug', () => {
		expect(neighbours(sorted, 'new').newer).toBeUndefined();
		expect(neighbours(sorted, 'nope')).toEqual({});
	});
});

describe('seriesEntries', () => {
	const series = (part: number, upcoming: { part: number; title: string }[] = []) => ({ series: { name: 'S', part, upcoming } });
	it('lists written parts as links and announced parts as upcoming, in part order', () => {
		const entries = seriesEntries([article('one', '2023-01-01', series(1, [{ part: 2, title: 'Two' }]))], 'S', 'one');
		expect(entries).toEqual([
			{ part: 1, title: 'ONE', status: 'current', href: '/articles/one/' },
			{ part: 2, title: 'Two', status: 'upcoming' },
		]);
	});
	it('links a part once it is written, even if another article still announces it', () => {
		const entries = seriesEntries(
			[article('one', '2023-01-01', series(1, [{ part: 2, title: 'Two' }])), article('two', '2023-02-01', series(2))],
			'S',
			'one',
		);
		expect(entries[1]).toEqual({ part: 2, title: 'TWO', status: 'published', href: '/articles/two/' });
	});
});

describe('tagIndex', () => {
	it('groups articles by tag, tags sorted', () => {
		const index = tagIndex([article('a', '2023-01-01', { tags: ['rust', 'go'] }), article('b', '2023-01-01', { tags: ['rust'] })]);
		expect([...index.keys()]).toEqual(['go', 'rust']);
		expect(index.get('rust')?.map((a) => a.slug)).toEqual(['a', 'b']);
	});
});
