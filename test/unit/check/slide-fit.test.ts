import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../../src/lib/article/parse.ts';
import { MAX_WORD_CHARS, slideFitWarnings } from '../../../src/lib/check/slide-fit.ts';
import { formatProblem } from '../../../src/lib/check/report.ts';

const warnings = (markdown: string, article = true) => slideFitWarnings(parseMarkdown(markdown, 'articles/a.md'), 'articles/a.md', article).map((w) => formatProblem(w, 'warning'));

describe('what cannot fit a slide at 24 px, named at build', () => {
	const long = 'x'.repeat(MAX_WORD_CHARS + 1);
	it('names a word too long to wrap in a takeaway or a table cell, at its line', () => {
		expect(warnings(`## Key Takeaways\n\n- short words only\n- a ${long} word\n\n| a |\n| - |\n| ${long} |\n`)).toEqual([
			expect.stringMatching(/^articles\/a\.md:4:3: warning: in a takeaway: the word "x{40}…" \(87 characters\) cannot wrap/),
			expect.stringMatching(/^articles\/a\.md:8:1: warning: in a table cell: the word/),
		]);
		expect(warnings(`## Body\n\nA ${long} word in prose stays on the page only.\n`)).toEqual([]);
	});

	it('does not warn on long code lines: code slides wrap them instead of shrinking', () => {
		const wide = `serde = { version = "1.0", features = ["derive", "${'a'.repeat(90)}"] }`;
		expect(warnings(`## Deps

\`\`\`toml title="Cargo.toml"
[dependencies]
${wide}
\`\`\`
`)).toEqual([]);
	});

	it('warns when a takeaway holds a nested list or code, which its slide leaves out', () => {
		expect(warnings('## TL;DR\n\n- one\n  - nested\n- two\n\n  ```rust\n  fn x() {}\n  ```\n')).toEqual([
			expect.stringMatching(/^articles\/a\.md:4:3: warning: takeaway holds a nested list/),
			expect.stringMatching(/^articles\/a\.md:7:3: warning: takeaway holds a code block/),
		]);
	});

	it('checks every word of a talk\u2019s hand-written slides', () => {
		expect(warnings(`# Slide\n\n${long}\n\n\`\`\`rust\n// ${'z'.repeat(80)}\n\`\`\`\n`, false)).toEqual([
			expect.stringMatching(/^articles\/a\.md:3:1: warning: on a slide: the word/),
		]);
	});
});
