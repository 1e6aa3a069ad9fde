/**
 * The remark pipeline as a supported choice: the project with every fixture article (an MDX one included)
 * built once with Sätteri (the default) and once with TALKBOOK_MARKDOWN=remark gives the same set of files
 * and equivalent pages: every HTML page the same once parsed (test/support/html-tree.ts). The decks both
 * pipelines read are compared, field by field, in test/unit/pipelines.test.ts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { comparableHtml, firstDifference } from '../support/html-tree.ts';
import { listFiles, sharedBuild } from '../support/project-build.ts';

const FIXTURES = path.resolve('test', 'fixtures');

/** Every fixture article case as the article it is (`articles/<case>.md(x)`), and the components the MDX one uses (it leaves `Badge` to the page). */
function fixtureArticles(): Record<string, string> {
	const out: Record<string, string> = {
		'components/Callout.astro': '<aside class="callout"><slot /></aside>\n',
		'components/Badge.astro': '<span class="badge"><slot /></span>\n',
	};
	for (const name of readdirSync(FIXTURES).sort()) {
		for (const file of ['article.md', 'article.mdx']) {
			const at = path.join(FIXTURES, name, file);
			if (!existsSync(at)) continue;
			const text = readFileSync(at, 'utf8');
			out[`articles/${name}${path.extname(file)}`] = file.endsWith('.mdx') ? text.replace(/^(import .*\n)/m, "$1import Badge from '../components/Badge.astro';\n") : text;
		}
	}
	return out;
}

let satteri: string;
let remark: string;

beforeAll(async () => {
	const content = fixtureArticles();
	satteri = path.join(await sharedBuild('pipeline-satteri', content), 'dist');
	remark = path.join(await sharedBuild('pipeline-remark', content, { TALKBOOK_MARKDOWN: 'remark' }), 'dist');
}, 600_000);

describe('the Sätteri and remark pipelines', () => {
	it('build the same pages and decks', () => {
		const pages = (dir: string) => listFiles(dir).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'));
		expect(pages(remark)).toEqual(pages(satteri));
		expect(pages(satteri).filter((f) => f.startsWith('articles/')).length).toBeGreaterThan(25);
	});

	it('render every page equivalently: the same elements, attributes and text', () => {
		const differences = listFiles(satteri)
			.filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'))
			.flatMap((file) => {
				const found = firstDifference(comparableHtml(readFileSync(path.join(satteri, file), 'utf8')), comparableHtml(readFileSync(path.join(remark, file), 'utf8')));
				return found ? [`${file}${found}`] : [];
			});
		expect(differences).toEqual([]);
	});
});
