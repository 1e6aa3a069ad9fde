import { describe, expect, it } from 'vitest';
import { TalkbookError } from '../../../src/lib/errors.ts';
import { guardFile } from '../../../src/lib/check/types.ts';

describe('guardFile: the check never crashes', () => {
	it('turns an unexpected exception into an error naming the file', () => {
		const result = guardFile(
			'articles/x.md',
			(): string[] => {
				throw new TypeError('Invalid URL');
			},
			(error) => [error.message],
		);
		expect(result).toEqual(['articles/x.md:1:1: the content check failed on this file (TypeError: Invalid URL); this is a Talkbook bug, please report it with the file']);
	});

	it('keeps a TalkbookError as the file\u2019s report and passes results through', () => {
		const bad = guardFile('articles/x.md', () => {
			throw new TalkbookError('bad', 'articles/x.md', { line: 3, column: 4 });
		}, (error) => error.message);
		expect(bad).toBe('articles/x.md:3:4: bad');
		expect(guardFile('articles/x.md', () => 'fine', () => 'failed')).toBe('fine');
	});
});
