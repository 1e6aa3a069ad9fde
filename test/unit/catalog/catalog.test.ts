import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildCatalog, loadCatalog } from '../../../src/lib/catalog/catalog.ts';
import { TalkbookError } from '../../../src/lib/errors.ts';

const dirs: string[] = [];
function project(files: Record<string, string>): string {
	const root = mkdtempSync(path.join(tmpdir(), 'talkbook-catalog-'));
	dirs.push(root);
	for (const [name, text] of Object.entries(files)) {
		mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
		writeFileSync(path.join(root, name), text);
	}
	return root;
}
afterEach(() => {
	for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const article = (title: string, extra = '') => `---\ntitle: "${title}"\ndescription: "About ${title}."\ndate: 2024-01-01\n${extra}---\n\n## Key Takeaways\n\n- One\n- Two\n`;

describe('buildCatalog', () => {
	it('builds one deck per published article, in file order, skipping drafts', () => {
		const root = project({
			'articles/b.md': article('B'),
			'articles/a.md': article('A'),
			'articles/draft.md': article('Draft', 'draft: true\n'),
		});
		const { articles, decks } = buildCatalog({ root });
		expect([...articles.keys()]).toEqual(['a', 'b']);
		expect(decks.map((d) => d.slug)).toEqual(['a', 'b']);
		expect(decks[0]?.slides.map((s) => s.kind)).toEqual(['title', 'takeaways', 'closing']);
	});

	it('links a series part to the next one once it is written', () => {
		const series = (part: number) => `series:\n  name: "S"\n  part: ${part}\n`;
		const { decks } = buildCatalog({ root: project({ 'articles/one.md': article('One', series(1)), 'articles/two.md': article('Two', series(2)) }) });
		const closing = decks[0]?.slides.at(-1);
		expect(closing?.kind === 'closing' && closing.links.map((l) => l.href)).toEqual(['/articles/one/', '/articles/two/']);
	});

	it('rejects two files publishing the same article slug, naming the second', () => {
		const root = project({ 'articles/x.md': article('X'), 'articles/x.mdx': article('X again') });
		expect(() => buildCatalog({ root })).toThrowError(/^articles\/x\.mdx:1:1: duplicate slug "x": articles\/x\.md already publishes \/articles\/x\//);
	});

	it('rejects a composed talk with the slug of an article deck', () => {
		const root = project({
			'articles/x.md': article('X'),
			'decks/x.md': '---\ntitle: T\ndescription: D\nparts:\n  - article: x\n    part: takeaways\n---\n',
		});
		expect(() => buildCatalog({ root })).toThrowError(TalkbookError);
		expect(() => buildCatalog({ root })).toThrowError(/^decks\/x\.md:1:1: duplicate slug "x"/);
	});
});

describe('loadCatalog', () => {
	it('reuses the catalog until a content file changes', () => {
		const root = project({ 'articles/a.md': article('A') });
		const first = loadCatalog({ root });
		expect(loadCatalog({ root })).toBe(first);
		writeFileSync(path.join(root, 'articles/a.md'), article('A, longer title'));
		const second = loadCatalog({ root });
		expect(second).not.toBe(first);
		expect(second.decks[0]?.title).toBe('A, longer title');
	});
});
