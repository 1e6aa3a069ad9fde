import { describe, expect, it } from 'vitest';
import { extractTakeaways } from '../../src/lib/extract/takeaways.ts';
import { isTakeawaysHeading } from '../../src/lib/extract/takeaways-heading.ts';
import { contextFor } from './support/article.ts';

describe('isTakeawaysHeading', () => {
	it.each(['Key Takeaways', 'key takeaways', 'KEY TAKEAWAYS:', 'Takeaways', 'TL;DR', 'tl;dr:', 'TLDR', 'TL; DR', 'Summary', 'Summary.', '  Key   Takeaways  '])(
		'accepts %j',
		(text) => expect(isTakeawaysHeading(text)).toBe(true),
	);

	it.each(['Key Takeaway Notes', 'Summary of results', 'TL;DR version', 'Conclusion', 'Takeaways from the incident', ''])(
		'rejects %j',
		(text) => expect(isTakeawaysHeading(text)).toBe(false),
	);
});

describe('extractTakeaways', () => {
	it('takes the first list under the heading, prose in between becoming notes', () => {
		const ctx = contextFor('## Intro\n\nHello.\n\n### TL;DR:\n\nFirst.\n\nSecond.\n\n- one `a<b`\n- **two**\n\nAfter.\n\n## Next\n\n- not this');
		const takeaways = extractTakeaways(ctx);
		expect(takeaways).toMatchObject({
			origin: 'body',
			heading: 'TL;DR',
			items: ['one <code>a&lt;b</code>', '<strong>two</strong>'],
			ordered: false,
			start: 1,
			notes: ['First.', 'Second.', 'After.'],
			source: { article: 'test-article', sectionId: 'tldr', sectionTitle: 'TL;DR:', position: { line: 17, column: 1 } },
		});
	});

	it('keeps a numbered list\u2019s start', () => {
		const takeaways = extractTakeaways(contextFor('## Summary\n\n3. three\n4. four'));
		expect(takeaways).toMatchObject({ ordered: true, start: 3, items: ['three', 'four'] });
	});

	it('does not look past the section for the list', () => {
		expect(extractTakeaways(contextFor('## Key Takeaways\n\nNo list here.\n\n## Other\n\n- item'))).toBeNull();
	});

	it('moves on to a later takeaways heading when the first has no list', () => {
		const takeaways = extractTakeaways(contextFor('## Summary\n\nJust prose.\n\n## Key Takeaways\n\n- real'));
		expect(takeaways?.items).toEqual(['real']);
		expect(takeaways?.source.sectionId).toBe('key-takeaways');
	});

	it('joins a loose item\u2019s paragraphs and leaves nested lists out', () => {
		const takeaways = extractTakeaways(contextFor('## Takeaways\n\n- first para\n\n  second para\n\n  - nested\n- next'));
		expect(takeaways?.items).toEqual(['first para second para', 'next']);
	});

	it('lets frontmatter takeaways win, escaped, with the intro as notes', () => {
		const ctx = contextFor('Intro prose.\n\n## Summary\n\n- body item', 'takeaways:\n  - "<b>bold</b> & *not md*"\n  - second');
		const takeaways = extractTakeaways(ctx);
		expect(takeaways).toEqual({
			origin: 'frontmatter',
			heading: 'Key Takeaways',
			items: ['&lt;b&gt;bold&lt;/b&gt; &amp; *not md*', 'second'],
			ordered: false,
			start: 1,
			notes: ['Intro prose.'],
			source: { article: 'test-article', sectionId: null, sectionTitle: null, position: { line: 5, column: 1 } },
		});
	});

	it('treats an empty frontmatter list as "no takeaways"', () => {
		expect(extractTakeaways(contextFor('## Summary\n\n- body item', 'takeaways: []'))).toBeNull();
	});

	it('returns null when there is no takeaways heading', () => {
		expect(extractTakeaways(contextFor('## Intro\n\n- a list, but not takeaways'))).toBeNull();
	});
});
