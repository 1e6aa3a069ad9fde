import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkContent } from '../../../src/lib/check/check-content.ts';
import { formatReport } from '../../../src/lib/check/report.ts';

// A check with a bug: it throws something other than a TalkbookError on one file.
vi.mock('../../../src/lib/check/fences.ts', async (importOriginal) => {
	const original = await importOriginal<typeof import('../../../src/lib/check/fences.ts')>();
	return {
		...original,
		fenceWarnings: (...args: Parameters<typeof original.fenceWarnings>) => {
			if (args[2] === 'articles/crash.md') throw new TypeError('Cannot read properties of undefined');
			return original.fenceWarnings(...args);
		},
	};
});
// Links are resolved after every article is read: a crash there is reported on its file too.
vi.mock('../../../src/lib/check/links.ts', async (importOriginal) => {
	const original = await importOriginal<typeof import('../../../src/lib/check/links.ts')>();
	return {
		...original,
		checkLinkSites: (...args: Parameters<typeof original.checkLinkSites>) => {
			if (args[1].file === 'articles/bad-link.md') throw new TypeError('Invalid URL');
			return original.checkLinkSites(...args);
		},
	};
});

const dirs: string[] = [];
afterEach(() => {
	for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function project(files: Record<string, string>): string {
	const root = mkdtempSync(path.join(tmpdir(), 'talkbook-crash-'));
	dirs.push(root);
	for (const [name, text] of Object.entries(files)) {
		mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
		writeFileSync(path.join(root, name), text);
	}
	return root;
}
const article = (title: string, body = '') => `---\ntitle: "${title}"\ndescription: "About ${title}."\ndate: 2024-01-01\n---\n\n## Intro\n\n${body}\n`;

describe('a crash inside the content check', () => {
	it('becomes an error naming the file being checked, and the other files are still checked', () => {
		const root = project({
			'articles/crash.md': article('Crash'),
			'articles/bad-link.md': article('Bad link', 'See [x](/articles/ok/).'),
			'articles/ok.md': article('OK', 'See [nowhere](/articles/nope/).'),
		});
		const report = formatReport(checkContent({ root }));
		expect(report).toContain('articles/crash.md:1:1: error: the content check failed on this file (TypeError: Cannot read properties of undefined); this is a Talkbook bug, please report it with the file');
		expect(report).toContain('articles/bad-link.md:1:1: error: the content check failed on this file (TypeError: Invalid URL); this is a Talkbook bug, please report it with the file');
		expect(report).toContain('articles/ok.md:9:5: error: broken link "/articles/nope/": no article "nope"');
	});
});
