import { describe, expect, it } from 'vitest';
import { parseExportArgs, UsageError } from '../../../scripts/export/args.ts';

describe('parseExportArgs', () => {
	it('exports every deck with no arguments', () => {
		expect(parseExportArgs([])).toEqual({ decks: [], fragments: false, pptxOnly: false, help: false });
	});

	it('takes deck names and --fragments in any order, once each', () => {
		expect(parseExportArgs(['--fragments', 'rust-on-the-backend', 'why-rust-on-the-backend', 'rust-on-the-backend'])).toEqual({
			decks: ['rust-on-the-backend', 'why-rust-on-the-backend'],
			fragments: true,
			pptxOnly: false,
			help: false,
		});
	});

	it('exports only the PowerPoint files with --pptx', () => {
		expect(parseExportArgs(['--pptx', 'rust-on-the-backend'])).toEqual({ decks: ['rust-on-the-backend'], fragments: false, pptxOnly: true, help: false });
	});

	it('accepts a deck given as its file or its URL path', () => {
		expect(parseExportArgs(['decks/rust-on-the-backend.md', '/decks/why-rust-is-growing-fast/']).decks).toEqual(['rust-on-the-backend', 'why-rust-is-growing-fast']);
	});

	it('ignores the `--` npm passes through and understands -h', () => {
		expect(parseExportArgs(['--', '-h']).help).toBe(true);
	});

	it('rejects unknown options and names that cannot be decks', () => {
		expect(() => parseExportArgs(['--pdf-only'])).toThrow(UsageError);
		expect(() => parseExportArgs(['--pdf-only'])).toThrow(/unknown option --pdf-only/);
		expect(() => parseExportArgs(['../etc/passwd'])).toThrow(/not a deck name/);
		expect(() => parseExportArgs(['Rust On The Backend'])).toThrow(/not a deck name/);
	});
});
