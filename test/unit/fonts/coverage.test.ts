import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/lib/check/check-content.ts';
import { isCovered, uncoveredCharacters } from '../../../src/lib/fonts/coverage.ts';
import { articleSource } from '../support/article.ts';

/**
 * The build's warning about characters no bundled font has: it names them and points at the first one
 * in the file its slide came from; characters a fallback face has (symbols, Chinese, Arabic, Hebrew,
 * emoji) are not named.
 */
describe('characters no bundled font has', () => {
	it('are told apart from those the deck fonts and their fallbacks draw', () => {
		for (const ch of 'aé→≥≤µΔ−↪✓✗⚠中文字ひらがなمرحباשלום✅🦀') expect(isCovered(ch.codePointAt(0) as number), ch).toBe(true);
		expect(uncoveredCharacters('Rust → 안녕 ≥ กขค 2×')).toEqual(['안', '녕', 'ก', 'ข', 'ค']);
		// Spaces, joiners and variation selectors are never drawn, so they are never missing.
		expect(uncoveredCharacters('a\u00a0b\u200d\ufe0f\u202e')).toEqual([]);
	});

	let root: string;
	beforeAll(() => {
		root = mkdtempSync(path.join(os.tmpdir(), 'talkbook-coverage-'));
		mkdirSync(path.join(root, 'articles'));
		const body = [
			'Intro with 안녕 in prose only comes later in the file.',
			'',
			'## Key Takeaways',
			'',
			'- Latency → 2× lower, µs not ms, ≥ 99% Δ',
			'- Greeting in Korean: 안녕하세요 and Thai สวัสดี',
			'- Chinese 中文 and Hebrew שלום are drawn by fallback faces',
			'',
		].join('\n');
		writeFileSync(path.join(root, 'articles', 'scripts.md'), articleSource(body));
	});
	afterAll(() => rmSync(root, { recursive: true, force: true }));

	it('warn once per file, at the first of them, naming each', () => {
		const result = checkContent({ root });
		expect(result.errors).toEqual([]);
		const font = result.warnings.filter((w) => w.reason.includes('no font bundled'));
		expect(font).toHaveLength(1);
		const [warning] = font;
		// The first of them in the file: `안` of the intro (line 7 after 5 lines of frontmatter and a blank).
		expect(warning).toMatchObject({ file: 'articles/scripts.md', line: 7, column: 12 });
		for (const ch of '안녕하세요สวัสดี') expect(warning?.reason).toContain(`"${ch}"`);
		for (const ch of '→×µ≥Δ中文שלום') expect(warning?.reason).not.toContain(`"${ch}"`);
		expect(warning?.reason).toMatch(/may lay out differently on other machines/);
	});
});
