import { describe, expect, it } from 'vitest';
import { absoluteUrl, normalizeBase, sitePaths, stripBase, withBase } from '../../../src/lib/site/paths.ts';

describe('site paths under a base', () => {
	it('normalizes every spelling of a base to /x/', () => {
		expect(normalizeBase(undefined)).toBe('/');
		expect(normalizeBase('')).toBe('/');
		expect(normalizeBase('/')).toBe('/');
		expect(normalizeBase('talks')).toBe('/talks/');
		expect(normalizeBase('/talks')).toBe('/talks/');
		expect(normalizeBase('/talks/')).toBe('/talks/');
		expect(normalizeBase('/a/b//')).toBe('/a/b/');
	});

	it('puts the base in front of routes only', () => {
		expect(withBase('/articles/x/', '/talks/')).toBe('/talks/articles/x/');
		expect(withBase('/', '/talks')).toBe('/talks/');
		expect(withBase('/articles/x/', '/')).toBe('/articles/x/');
		expect(withBase('#costs', '/talks/')).toBe('#costs');
		expect(withBase('https://example.org/', '/talks/')).toBe('https://example.org/');
		expect(withBase('//cdn.example/x', '/talks/')).toBe('//cdn.example/x');
	});

	it('takes the base off again, and says when an href lies outside it', () => {
		expect(stripBase('/talks/decks/x/', '/talks/')).toBe('/decks/x/');
		expect(stripBase('/talks', '/talks/')).toBe('/');
		expect(stripBase('/decks/x/', '/talks/')).toBeNull();
		expect(stripBase('/talksx/', '/talks/')).toBeNull();
		expect(stripBase('/decks/x/', '/')).toBe('/decks/x/');
	});

	it('spells out absolute URLs only with a site URL', () => {
		expect(absoluteUrl('/articles/x/', 'https://example.org', '/talks/')).toBe('https://example.org/talks/articles/x/');
		expect(absoluteUrl('/articles/x/', 'https://example.org/ignored/', '/talks/')).toBe('https://example.org/talks/articles/x/');
		expect(absoluteUrl('/articles/x/', undefined, '/talks/')).toBeNull();
	});

	it('gives every page of the site under the base', () => {
		const paths = sitePaths('/talks');
		expect(paths.article('x', 'costs')).toBe('/talks/articles/x/#costs');
		expect(paths.deck('x')).toBe('/talks/decks/x/');
		expect(paths.tag('rust')).toBe('/talks/tags/rust/');
		expect([paths.home, paths.search, paths.feed, paths.pagefind]).toEqual(['/talks/', '/talks/search/', '/talks/rss.xml', '/talks/pagefind/']);
	});
});
