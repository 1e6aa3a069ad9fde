import { describe, expect, it } from 'vitest';
import { parseFenceMeta, parseStepSpec, StepSpecError } from '../../src/lib/extract/fence-meta.ts';

describe('parseStepSpec', () => {
	it('reads steps separated by | with single lines and ranges', () => {
		expect(parseStepSpec('{1|2-3|4}')).toEqual([[1], [2, 3], [4]]);
	});

	it('joins comma items into one step, sorted and without repeats', () => {
		expect(parseStepSpec('{5,1-2|3, 3}')).toEqual([[1, 2, 5], [3]]);
	});

	it('allows spaces around numbers and dashes', () => {
		expect(parseStepSpec('{ 1 | 2 - 4 }')).toEqual([[1], [2, 3, 4]]);
	});

	it.each([
		['{}', /no steps/],
		['{1||2}', /empty step/],
		['{1|a}', /"a" is not a line number/],
		['{0}', /start at 1/],
		['{4-2}', /runs backwards/],
		['{1-}', /not a line number/],
		['1|2', /expected \{…\}/],
	])('rejects %s', (spec, message) => {
		expect(() => parseStepSpec(spec)).toThrow(StepSpecError);
		expect(() => parseStepSpec(spec)).toThrow(message);
	});
});

describe('parseFenceMeta', () => {
	it('reads a double-quoted title and a step spec', () => {
		expect(parseFenceMeta('title="Cargo.toml" {1|2-3|4}')).toEqual({ title: 'Cargo.toml', steps: [[1], [2, 3], [4]] });
	});

	it('reads a single-quoted title, with the spec first', () => {
		expect(parseFenceMeta("{2-3} title='~/.cargo/config.toml'")).toEqual({ title: '~/.cargo/config.toml', steps: [[2, 3]] });
	});

	it('has neither for empty or missing meta', () => {
		expect(parseFenceMeta(null)).toEqual({ title: null, steps: null });
		expect(parseFenceMeta('')).toEqual({ title: null, steps: null });
		expect(parseFenceMeta('showLineNumbers')).toEqual({ title: null, steps: null });
	});

	it('does not take braces inside the title for a spec', () => {
		expect(parseFenceMeta('title="{weird}.toml"')).toEqual({ title: '{weird}.toml', steps: null });
	});

	it('does not read `subtitle=` as a title', () => {
		expect(parseFenceMeta('subtitle="x"').title).toBeNull();
	});

	it.each([
		['title="x" {1|2', /never closed/],
		['{1} {2}', /more than one/],
		['1}', /without "\{"/],
		['{1|x}', /"x" is not a line number/],
	])('rejects malformed spec in %s', (meta, message) => {
		expect(() => parseFenceMeta(meta)).toThrow(message);
	});
});
