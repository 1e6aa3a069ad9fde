import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../../src/lib/article/parse.ts';
import { offlineErrors } from '../../../src/lib/check/offline.ts';

const errors = (markdown: string, file = 'articles/a.md') => offlineErrors(parseMarkdown(markdown, file), markdown, file).map((e) => e.message);

describe('offline and script URLs (checked at build)', () => {
	it('refuses Markdown images from other hosts, also by reference, and allows links to other sites', () => {
		expect(errors('Hi ![r](http://example.com/r.png)\n\n![s][s]\n\n[s]: //cdn.example/s.png\n\n[site](https://example.com/) ![local](./x.png)')).toEqual([
			'articles/a.md:1:4: remote image "http://example.com/r.png" would be fetched from another host; the site works offline, so put the file in public/ or next to the article',
			'articles/a.md:5:1: remote image "//cdn.example/s.png" would be fetched from another host; the site works offline, so put the file in public/ or next to the article',
		]);
	});

	it('refuses raw elements that fetch from other hosts, at the element', () => {
		const found = errors(
			[
				'Text <img src=https://x.example/a.png> and',
				'<link rel="stylesheet" href="https://x.example/a.css">',
				'',
				'<picture><source srcset="/a.png 1x, https://x.example/b.png 2x"></picture>',
				'',
				'<video poster="//x.example/p.png"></video><audio src="HTTPS://x.example/a.mp3"></audio>',
				'<script src="https://x.example/a.js"></script><iframe src="https://x.example/"></iframe>',
				'',
				'<a href="https://example.com/">a link is fine</a> <img src="/local.png">',
			].join('\n'),
		);
		expect(found).toEqual([
			expect.stringMatching(/^articles\/a\.md:1:6: <img src="https:\/\/x\.example\/a\.png"> would be fetched from another host/),
			expect.stringMatching(/^articles\/a\.md:2:1: <link href=/),
			expect.stringMatching(/^articles\/a\.md:4:10: <source srcset="https:\/\/x\.example\/b\.png">/),
			expect.stringMatching(/^articles\/a\.md:6:1: <video poster=/),
			expect.stringMatching(/^articles\/a\.md:6:43: <audio src=/),
			expect.stringMatching(/^articles\/a\.md:7:1: <script src=/),
			expect.stringMatching(/^articles\/a\.md:7:47: <iframe src=/),
		]);
	});

	it('refuses javascript:, vbscript: and data: links however they are spelled', () => {
		expect(errors('[a](javascript:alert(1)) [b](VBScript:x) [c](data:text/html,x)\n\n| t |\n|---|\n| [d](javascript:alert(2)) |\n\n[e]: javascript:x\n\n<a href="&#106;avascript:alert(1)">f</a> <a href=" java\tscript:x">g</a>')).toEqual([
			'articles/a.md:1:1: link "javascript:alert(1)": a javascript: URL is not allowed (it can run script); link to a page or a file instead',
			'articles/a.md:1:26: link "VBScript:x": a vbscript: URL is not allowed (it can run script); link to a page or a file instead',
			'articles/a.md:1:42: link "data:text/html,x": a data: URL is not allowed (it can run script); link to a page or a file instead',
			'articles/a.md:5:3: link "javascript:alert(2)": a javascript: URL is not allowed (it can run script); link to a page or a file instead',
			'articles/a.md:7:1: link "javascript:x": a javascript: URL is not allowed (it can run script); link to a page or a file instead',
			expect.stringContaining('articles/a.md:9:1: <a href="javascript:alert(1)">: a javascript: URL'),
			expect.stringContaining('articles/a.md:9:42: <a href=" java\tscript:x">: a javascript: URL'),
		]);
	});

	it('applies the offline rule to MDX, which is otherwise trusted code', () => {
		expect(errors('<img src="https://x.example/a.png" />\n\n<div style={{}}><span style="background:url(https://x.example/b.png)">x</span></div>', 'articles/a.mdx')).toEqual([
			expect.stringMatching(/^articles\/a\.mdx:1:1: <img src=/),
			expect.stringMatching(/^articles\/a\.mdx:3:17: <span style="…url\(https:\/\/x\.example\/b\.png\)…">/),
		]);
	});
});
