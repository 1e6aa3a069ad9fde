import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/lib/article/parse.ts';
import { formatFieldPath, TalkbookError } from '../../src/lib/errors.ts';
import { thrown } from './support/article.ts';

describe('TalkbookError', () => {
	it('formats file:line:column: message and keeps the parts', () => {
		const error = new TalkbookError('something is wrong', 'articles/x.md', { line: 3, column: 7 });
		expect(error.message).toBe('articles/x.md:3:7: something is wrong');
		expect([error.file, error.line, error.column, error.reason]).toEqual(['articles/x.md', 3, 7, 'something is wrong']);
		expect(error).toBeInstanceOf(Error);
	});

	it('never reports line or column 0', () => {
		const error = new TalkbookError('x', 'f.md', { line: 0, column: 0 });
		expect(error.message).toBe('f.md:1:1: x');
	});
});

describe('formatFieldPath', () => {
	it('writes keys dotted and indexes in brackets', () => {
		expect(formatFieldPath(['series', 'upcoming', 0, 'title'])).toBe('series.upcoming[0].title');
		expect(formatFieldPath([])).toBe('');
	});
});

describe('frontmatter errors', () => {
	it('names the field and its line for a bad date', () => {
		const source = '---\ntitle: "X"\ndate: not a date\ndescription: "D"\n---\n\nBody.\n';
		const error = thrown(() => parseArticle(source, 'articles/x.md'));
		expect(error).toBeInstanceOf(TalkbookError);
		expect(error.message).toBe('articles/x.md:3:1: frontmatter field "date": Invalid date');
	});

	it('points at nested fields inside sequences', () => {
		const source = [
			'---',
			'title: "X"',
			'description: "D"',
			'date: 2024-01-01',
			'series:',
			'  name: "S"',
			'  part: 1',
			'  upcoming:',
			'    - part: 2',
			'      title: ""',
			'---',
			'',
		].join('\n');
		const error = thrown(() => parseArticle(source, 'articles/x.md')) as TalkbookError;
		expect(error.message).toMatch(/^articles\/x\.md:10:7: frontmatter field "series\.upcoming\[0\]\.title": /);
	});

	it('points a missing required field at the opening fence', () => {
		const error = thrown(() => parseArticle('---\ndescription: "D"\ndate: 2024-01-01\n---\n', 'a.md')) as TalkbookError;
		expect(error.message).toMatch(/^a\.md:1:1: frontmatter field "title": /);
	});

	it('reports YAML syntax errors at their line and column in the file', () => {
		const source = '---\ntitle: X\ndescription: D\ndate: 2024-01-01\nfoo: bar: baz\n---\n';
		const error = thrown(() => parseArticle(source, 'a.md'));
		expect(error).toBeInstanceOf(TalkbookError);
		expect(error.message).toBe('a.md:5:6: frontmatter YAML: Nested mappings are not allowed in compact mappings');
	});

	it('rejects duplicate keys', () => {
		const error = thrown(() => parseArticle('---\ntitle: X\ntitle: Y\n---\n', 'a.md'));
		expect(error.message).toBe('a.md:3:1: frontmatter YAML: Map keys must be unique');
	});

	it('rejects tags that are not lower-case words', () => {
		const error = thrown(() => parseArticle('---\ntitle: X\ndescription: D\ndate: 2024-01-01\ntags: [ok, Not-OK]\n---\n', 'a.md'));
		expect(error.message).toBe('a.md:5:12: frontmatter field "tags[1]": tags are lower-case words joined by hyphens');
	});
});
