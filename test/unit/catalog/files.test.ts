import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contentFiles, scanContentFolder, suggestedFileName } from '../../../src/lib/catalog/files.ts';

let root: string;
beforeEach(() => {
	root = mkdtempSync(path.join(os.tmpdir(), 'talkbook-files-'));
	mkdirSync(path.join(root, 'articles'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const write = (file: string, text = '---\ntitle: x\n---\n') => {
	mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
	writeFileSync(path.join(root, file), text);
};

describe('the one file and slug rule', () => {
	it('reads slug-named top-level files, skips _ and dot files, and refuses the rest at file:1:1', () => {
		for (const file of ['articles/good-1.md', 'articles/b.mdx', 'articles/_partial.md', 'articles/.hidden.md', 'articles/Bad Name.md', 'articles/notes.txt', 'articles/sub/deep.md']) write(file);
		const { files, errors } = scanContentFolder(root, 'articles');
		expect(files.map((f) => f.file)).toEqual(['articles/b.mdx', 'articles/good-1.md']);
		expect(errors.map((e) => e.message)).toEqual([
			'articles/Bad Name.md:1:1: file name "Bad Name.md" is not a slug (lower-case letters, digits and single hyphens, then .md or .mdx); rename it to bad-name.md',
			'articles/sub/deep.md:1:1: files in subfolders of articles/ are not published; move it to articles/ (the file name is the URL)',
		]);
		expect(contentFiles(root, 'articles')).toEqual(files);
	});

	it('follows a symbolic link inside the project and refuses one that leaves it', () => {
		write('drafts/shared.md');
		symlinkSync(path.join(root, 'drafts', 'shared.md'), path.join(root, 'articles', 'shared.md'));
		const outside = mkdtempSync(path.join(os.tmpdir(), 'talkbook-outside-'));
		writeFileSync(path.join(outside, 'x.md'), 'x');
		symlinkSync(path.join(outside, 'x.md'), path.join(root, 'articles', 'escape.md'));
		const { files, errors } = scanContentFolder(root, 'articles');
		expect(files.map((f) => f.file)).toEqual(['articles/shared.md']);
		expect(errors.map((e) => e.message)).toEqual([expect.stringMatching(/^articles\/escape\.md:1:1: symbolic link to .*x\.md, outside the project; copy the file into articles\/$/)]);
		rmSync(outside, { recursive: true, force: true });
	});

	it('suggests a slug for any name', () => {
		expect(suggestedFileName('My Article.md')).toBe('my-article.md');
		expect(suggestedFileName('C#  Tips!.MDX')).toBe('c-tips.mdx');
		expect(suggestedFileName('Über café.md')).toBe('uber-cafe.md');
		expect(suggestedFileName('%%%.md')).toBe('article.md');
	});
});
