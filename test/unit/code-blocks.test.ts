import { describe, expect, it } from 'vitest';
import { extractCodeBlocks } from '../../src/lib/extract/code-blocks.ts';
import { codeItems } from '../../src/lib/extract/code-items.ts';
import { assignToHalves, codeMentions, sentences } from '../../src/lib/extract/code-notes.ts';
import { pairLabel, splitPairComments } from '../../src/lib/extract/code-pairs.ts';
import { chunkCode, lineRows, maxCodeRows } from '../../src/lib/deck/code-chunks.ts';
import { TalkbookError } from '../../src/lib/errors.ts';
import { contextFor, thrown } from './support/article.ts';

const span = (items: { kind: string; name: string | null; startLine: number; endLine: number }[]) =>
	items.map((item) => `${item.kind}${item.name ? ` ${item.name}` : ''} ${item.startLine}-${item.endLine}`);

describe('codeItems', () => {
	it('finds Rust items, keeping comments and attributes with the item below them and merging use lines', () => {
		const code = [
			'// imports',
			'use std::fs;',
			'use std::io;',
			'',
			'#[derive(Debug)]',
			'pub struct Event {',
			'    id: String, // "}" in a comment and a string',
			'}',
			'impl Event {',
			'    fn new() -> Self {',
			'',
			'        Event { id: String::from("{") }',
			'    }',
			'}',
			"const LIMIT: char = '}'; const Q: char = '\\''; // '{'",
			'#[tokio::main]',
			'async fn main() {}',
		].join('\n');
		expect(span(codeItems(code, 'rust'))).toEqual(['use 1-3', 'struct Event 5-8', 'impl Event 9-14', 'const LIMIT 15-15', 'fn main 16-17']);
	});

	it('splits other languages at blank lines', () => {
		expect(span(codeItems('a = 1\nb = 2\n\n# c\nc = 3\n', 'toml'))).toEqual(['block 1-2', 'block 4-5']);
	});
});

describe('before/after pairs', () => {
	it('reads pair labels in any case, with what follows them', () => {
		expect(pairLabel('Anti-pattern: blocking in async context')).toEqual({ role: 'before', word: 'Anti-pattern', detail: 'blocking in async context' });
		expect(pairLabel('better')).toMatchObject({ role: 'after', word: 'better' });
		expect(pairLabel('BAD — unquoted')).toMatchObject({ role: 'before', detail: 'unquoted' });
		expect(pairLabel('Antipattern')).toMatchObject({ role: 'before' });
		expect(pairLabel('Beforehand')).toBeNull();
		expect(pairLabel('src/main.rs')).toBeNull();
	});

	it('splits one fence at its pair comments, leaving the comment lines out', () => {
		const code = '// Anti-pattern: blocking\nfn a() {}\n\n// Better\nfn b() {}\n';
		expect(splitPairComments(code)).toEqual([
			{ label: { role: 'before', word: 'Anti-pattern', detail: 'blocking' }, startLine: 2, endLine: 2 },
			{ label: { role: 'after', word: 'Better', detail: '' }, startLine: 5, endLine: 5 },
		]);
		expect(splitPairComments('fn a() {}\n// Better\nfn b() {}')).toBeNull();
		expect(splitPairComments('// Before\nfn a() {}\n// After\nfn b() {}\n// After\nfn c() {}')).toBeNull();
	});

	it('gives each half the sentences naming its own code', () => {
		const notes = sentences('A single std::fs::read_to_string on a tokio worker thread can stall every request. Use tokio::fs or spawn_blocking.').map((text) => ({
			text,
			terms: ['std::fs::read_to_string', 'tokio', 'tokio::fs', 'spawn_blocking'].filter((t) => text.includes(t)),
			place: 'list' as const,
			group: 0,
		}));
		const [before, after] = assignToHalves(notes, 'std::fs::read("x").unwrap()', 'tokio::fs::read("x").await?');
		expect(before).toEqual(['A single std::fs::read_to_string on a tokio worker thread can stall every request.']);
		expect(after).toEqual(['Use tokio::fs or spawn_blocking.']);
	});

	it('matches inline code against code as identifiers, a path also by its parent', () => {
		expect(codeMentions('std::fs::read(x)', 'std::fs::read_to_string')).toBe(true);
		expect(codeMentions('x.unwrap()', 'unwrap()')).toBe(true);
		expect(codeMentions('unwrap_or(x)', 'unwrap')).toBe(false);
		expect(codeMentions('tokio::sync::Mutex', 'std::sync::Mutex')).toBe(false);
	});
});

describe('extractCodeBlocks', () => {
	it('takes every fence but Cargo files, titled pairs of one language only', () => {
		const ctx = contextFor(
			[
				'## Setup', '', '```toml title="Cargo.toml"', '[dependencies]', 'serde = "1"', '```', '',
				'Before, the code clones.', '', '```rust title="Before"', 'fn a() {}', '```', '', 'After, it borrows.', '', '```rust title="After"', 'fn b() {}', '```', '',
				'```rust title="Before"', 'fn c() {}', '```', '', '```ts title="After"', 'function d() {}', '```', '',
			].join('\n'),
		);
		const blocks = extractCodeBlocks(ctx);
		expect(blocks.map((b) => [b.index, b.lang, b.title, b.pair?.kind === 'fences' ? b.pair.role : null])).toEqual([
			[1, 'rust', 'Before', 'before'],
			[2, 'rust', 'After', 'after'],
			[3, 'rust', 'Before', null],
			[4, 'ts', 'After', null],
		]);
		expect(blocks[0]?.notes).toEqual(['Before, the code clones.']);
		expect(blocks[1]?.notes).toEqual(['After, it borrows.']);
	});

	it('stops the build at the fence when its steps name a line the code does not have', () => {
		const error = thrown(() => extractCodeBlocks(contextFor('```rust {1|3}\nfn a() {}\n```\n')));
		expect(error).toBeInstanceOf(TalkbookError);
		expect(error.message).toBe("articles/test-article.md:7:1: step spec names line 3 but the code block has 1 lines");
	});
});

describe('code layout', () => {
	it('counts a long line as the rows it wraps to', () => {
		expect(lineRows('x'.repeat(66))).toBe(1);
		expect(lineRows('x'.repeat(67))).toBe(2);
		expect(lineRows('\tx')).toBe(1);
	});

	it('keeps code whole when it fits, else packs whole items and cuts only an item taller than a slide', () => {
		const items = [
			{ kind: 'fn', name: 'a', startLine: 1, endLine: 3 },
			{ kind: 'fn', name: 'b', startLine: 5, endLine: 7 },
			{ kind: 'fn', name: 'c', startLine: 9, endLine: 20 },
		];
		const code = Array.from({ length: 20 }, (_, i) => `line ${i + 1}`).join('\n');
		expect(chunkCode(code, items, 30).map((c) => [c.startLine, c.endLine])).toEqual([[1, 20]]);
		expect(chunkCode(code, items, 8).map((c) => [c.startLine, c.endLine])).toEqual([[1, 7], [9, 16], [17, 20]]);
	});

	it('leaves fewer rows under a heading that wraps or a pair label', () => {
		expect(maxCodeRows('Short', false)).toBe(13);
		expect(maxCodeRows('A heading long enough to wrap onto a second line', false)).toBe(12);
		expect(maxCodeRows('Short', true)).toBe(12);
	});
});
