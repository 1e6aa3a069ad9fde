import { describe, expect, it } from 'vitest';
import { notesAround } from '../../src/lib/extract/notes.ts';
import { extractTables } from '../../src/lib/extract/tables.ts';
import { contextFor } from './support/article.ts';

const TABLE = '| a |\n| - |\n| 1 |';

/** Notes of the first table of a body. */
function tableNotes(body: string): string[] {
	const ctx = contextFor(body);
	return extractTables(ctx)[0]?.notes ?? [];
}

describe('notes around an item', () => {
	it('takes up to two paragraphs before and one after, in order', () => {
		expect(tableNotes(`## S\n\nP1.\n\nP2.\n\nP3.\n\n${TABLE}\n\nA1.\n\nA2.`)).toEqual(['P2.', 'P3.', 'A1.']);
	});

	it('skips code, lists and other tables, and stays within the section', () => {
		const body = `## Before\n\nOther section.\n\n## S\n\nNear.\n\n\`\`\`js\ncode()\n\`\`\`\n\n${TABLE}\n\n- a list\n\n${TABLE}\n\nAfter.\n\n## Next\n\nNot this.`;
		expect(tableNotes(body)).toEqual(['Near.', 'After.']);
	});

	it('is never empty when the section has prose, even far from the item', () => {
		const body = `## S\n\n${TABLE}\n\n\`\`\`\nx\n\`\`\`\n\n- list\n\nFar below.`;
		expect(tableNotes(body)).toEqual(['Far below.']);
	});

	it('is empty when the section has no prose at all', () => {
		expect(tableNotes(`## S\n\n${TABLE}\n\n## T\n\nElsewhere.`)).toEqual([]);
	});

	it('collapses soft line breaks and drops Markdown marks', () => {
		expect(tableNotes(`## S\n\nA **bold**\nline with \`code\`.\n\n${TABLE}`)).toEqual(['A bold line with code.']);
	});

	it('counts prose inside block quotes', () => {
		expect(tableNotes(`## S\n\n> Quoted prose.\n\n${TABLE}`)).toEqual(['Quoted prose.']);
	});

	it('returns nothing for a node outside the tree', () => {
		const ctx = contextFor('Text.');
		const stray = { type: 'text', value: 'x', position: { start: { line: 99, column: 1, offset: 9999 }, end: { line: 99, column: 2, offset: 10000 } } };
		expect(notesAround(ctx.tree, stray)).toEqual([]);
	});
});
