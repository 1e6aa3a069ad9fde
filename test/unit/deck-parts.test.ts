import { describe, expect, it } from 'vitest';
import { cargoSteps, stepsFromLines, stepsWithin } from '../../src/lib/deck/cargo-steps.ts';
import { cargoSlides, groupSections } from '../../src/lib/deck/cargo-slides.ts';
import { estimateMinutes, WORDS_PER_MINUTE } from '../../src/lib/deck/notes.ts';
import type { Slide } from '../../src/lib/deck/model.ts';
import { paginate, paginateRanges, slideIdFor } from '../../src/lib/deck/pages.ts';
import { extractArticle } from '../../src/lib/extract/index.ts';
import type { CargoConfig } from '../../src/lib/extract/types.ts';
import { articleSource } from './support/article.ts';

describe('slideIdFor', () => {
	it('builds the ids the site links to', () => {
		expect(slideIdFor('title')).toBe('title');
		expect(slideIdFor('takeaways')).toBe('takeaways');
		expect(slideIdFor('takeaways', 1, 2)).toBe('takeaways-2');
		expect(slideIdFor('table', 1)).toBe('table-1');
		expect(slideIdFor('table', 3, 2)).toBe('table-3-2');
		expect(slideIdFor('cargo', 2)).toBe('cargo-2');
		expect(slideIdFor('stack', 1)).toBe('stack-1');
		expect(slideIdFor('outline')).toBe('outline');
		expect(slideIdFor('closing', 5)).toBe('closing');
	});
});

describe('paginate', () => {
	it('uses the fewest pages and balances them', () => {
		const sizes = (n: number, max: number) => paginate(Array.from({ length: n }, (_, i) => i), max).map((p) => p.length);
		expect(sizes(12, 5)).toEqual([4, 4, 4]);
		expect(sizes(6, 5)).toEqual([3, 3]);
		expect(sizes(5, 5)).toEqual([5]);
		expect(sizes(20, 7)).toEqual([7, 7, 6]);
		expect(sizes(0, 5)).toEqual([0]);
	});

	it('keeps order', () => {
		expect(paginate([1, 2, 3, 4, 5, 6, 7], 3)).toEqual([[1, 2, 3], [4, 5], [6, 7]]);
	});
});

describe('steps', () => {
	it('groups consecutive dependency lines, at most three per step', () => {
		expect(stepsFromLines([9, 10, 11, 12, 13, 20, 22, 23])).toEqual([[9, 10, 11], [12, 13], [20], [22, 23]]);
		expect(stepsFromLines([])).toEqual([]);
	});

	it('restricts steps to a slide and renumbers them', () => {
		expect(stepsWithin([[1, 2], [5, 6, 7], [9]], 6, 9)).toEqual([[1, 2], [4]]);
	});

	const config = (over: Partial<CargoConfig>): CargoConfig => ({
		index: 1,
		kind: 'manifest',
		title: 'Cargo.toml',
		code: '',
		meta: null,
		sections: [],
		dependencies: [],
		dependencyLines: [],
		notes: [],
		source: { article: 'a', sectionId: null, sectionTitle: null, position: { line: 1, column: 1 } },
		...over,
	});

	it('prefers the fence spec, then dependency lines, then sections', () => {
		const sections = [
			{ name: '[build]', startLine: 1, endLine: 2 },
			{ name: '[env]', startLine: 4, endLine: 5 },
		];
		expect(cargoSteps(config({ meta: 'title="Cargo.toml" {2|4-5}', dependencyLines: [1], sections }))).toEqual([[2], [4, 5]]);
		expect(cargoSteps(config({ dependencyLines: [2, 3], sections }))).toEqual([[2, 3]]);
		expect(cargoSteps(config({ sections }))).toEqual([[1, 2], [4, 5]]);
	});

	it('groups small sections up to the line limit and splits a long section between its items', () => {
		const lines = [
			'[a]', 'a1 = 1', 'a2 = 2', '', '[b]', 'b1 = 1', '',
			'[c]', ...Array.from({ length: 20 }, (_, i) => `c${i} = ${i}`), '',
			'[d]', 'd1 = 1',
		];
		const code = lines.join('\n');
		const sections = [
			{ name: '[a]', startLine: 1, endLine: 3 },
			{ name: '[b]', startLine: 5, endLine: 6 },
			{ name: '[c]', startLine: 8, endLine: 28 },
			{ name: '[d]', startLine: 30, endLine: 31 },
		];
		expect(groupSections({ code, sections }, 12, 68)).toEqual([
			{ names: ['[a]', '[b]'], startLine: 1, endLine: 6 },
			// 21 lines of [c] in two even pieces, cut between items; [d] would make the second one too long.
			{ names: ['[c]'], startLine: 8, endLine: 18 },
			{ names: ['[c]'], startLine: 19, endLine: 28 },
			{ names: ['[d]'], startLine: 30, endLine: 31 },
		]);
	});
});

describe('cargo slides', () => {
	const manifest = (meta: string) =>
		articleSource(
			`## Deps\n\nThe manifest.\n\n\`\`\`toml ${meta}\n[package]\nname = "x"\nversion = "1.0.0"\nedition = "2021"\nauthors = []\nlicense = "MIT"\n\n[dependencies]\n${Array.from({ length: 9 }, (_, i) => `crate${i} = "${i}"`).join('\n')}\n\`\`\`\n`,
		);

	it('splits a file longer than a slide by section, keeping line numbers and steps', () => {
		const extraction = extractArticle(manifest('title="Cargo.toml"'), 'articles/a.md');
		const slides = cargoSlides(extraction, extraction.cargo[0] as CargoConfig);
		expect(slides.map((s) => [s.id, s.sections, s.firstLine, s.code.split('\n').length, s.steps])).toEqual([
			['cargo-1', ['[package]'], 1, 6, []],
			['cargo-1-2', ['[dependencies]'], 8, 10, [[2, 3, 4], [5, 6, 7], [8, 9, 10]]],
		]);
		// No prose names these crates: the notes say what the slide shows, and what each step lights up, tied to it.
		expect(slides[1]?.notes).toEqual([
			'“Cargo.toml”: [dependencies], which sets crate0, crate1, crate2, crate3, crate4, crate5, crate6, crate7 and crate8: lines 8 to 17 of the file as the article shows it.',
			'Step 1 lights up crate0, crate1 and crate2, before crate3, crate4 and crate5.',
			'Step 2 lights up crate3, crate4 and crate5, before crate6, crate7 and crate8.',
			'Step 3 lights up crate6, crate7 and crate8, after crate3, crate4 and crate5.',
		]);
		expect(slides[1]?.noteSteps).toEqual([null, 1, 2, 3]);
		expect(slides[0]?.noteSteps).toBeUndefined();
	});

	it('maps a fence step spec onto the split slides', () => {
		const extraction = extractArticle(manifest('title="Cargo.toml" {1-2|9-10}'), 'articles/a.md');
		const slides = cargoSlides(extraction, extraction.cargo[0] as CargoConfig);
		expect(slides.map((s) => s.steps)).toEqual([[[1, 2]], [[2, 3]]]);
	});
});

describe('estimateMinutes', () => {
	const slide = (kind: Slide['kind'], words: number): Slide =>
		({ kind, id: kind, notes: [Array.from({ length: words }, () => 'w').join(' ')], source: null }) as Slide;

	it('counts a minute per content slide plus notes at the speaking rate', () => {
		const slides = [slide('title', 0), slide('table', WORDS_PER_MINUTE), slide('takeaways', WORDS_PER_MINUTE / 2), slide('closing', 0)];
		expect(estimateMinutes({ slides })).toBe(4); // 1 + 1 + 1 + 0.5 = 3.5 → 4
	});

	it('is at least one minute', () => {
		expect(estimateMinutes({ slides: [] })).toBe(1);
		expect(estimateMinutes({ slides: [slide('title', 10)] })).toBe(1);
	});
});

describe('paginateRanges', () => {
	it('gives each page the 1-based positions of its first and last items', () => {
		expect(paginateRanges(['a', 'b', 'c', 'd', 'e', 'f', 'g'], 3).map(({ first, last }) => [first, last])).toEqual([
			[1, 3],
			[4, 5],
			[6, 7],
		]);
	});
});
