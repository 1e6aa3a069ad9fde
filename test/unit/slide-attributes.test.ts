import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/lib/article/parse.ts';
import { readSlideComment } from '../../src/lib/deck/slide-attributes.ts';
import { renderSlideMarkdown, slideAttributes } from '../../src/lib/deck/markdown-slide.ts';

const read = (markdown: string) => {
	const { attributes, errors } = readSlideComment(parseMarkdown(markdown, 'decks/t.md'), 'decks/t.md', { line: 10, column: 1 });
	return { attributes, errors: errors.map((e) => e.message) };
};

describe('slide attributes (<!-- .slide: … -->)', () => {
	it('keeps the allowlisted reveal.js attributes in every documented form, a bare data-auto-animate included', () => {
		const { attributes, errors } = read(
			`# T\n\n<!-- .slide: id="intro" class='big wide' data-transition=zoom-in data-auto-animate data-background-color="#112233" data-background-image="/bg.png" data-timing="30" -->`,
		);
		expect(errors).toEqual([]);
		expect(attributes).toEqual({
			id: 'intro',
			class: 'big wide',
			'data-transition': 'zoom-in',
			'data-auto-animate': '',
			'data-background-color': '#112233',
			'data-background-image': '/bg.png',
			'data-timing': '30',
		});
		expect(renderSlideMarkdown('<!-- .slide: data-auto-animate -->\n# T', 'd.md').html).toMatch(/^<!-- \.slide: data-auto-animate="" -->/);
	});

	it('refuses script, frames, remote backgrounds, unknown attributes and bad values, naming each at the comment', () => {
		const { attributes, errors } = read(
			'# T\n\n<!-- .slide: id="bg" data-background-iframe="javascript:alert(document.domain)" data-background-image="http://example.com/x.png" onclick="alert(1)" style="color:red" data-transition="spin" data-background-color="red;background:url(x)" -->',
		);
		expect(attributes).toEqual({ id: 'bg' });
		expect(errors).toEqual([
			'decks/t.md:12:22: slide attribute "data-background-iframe" is not allowed: it embeds a page (which could run script or reach the network)',
			'decks/t.md:12:81: slide attribute "data-background-image" must be a file in the project, not "http://example.com/x.png": decks work offline',
			expect.stringContaining('decks/t.md:12:130: slide attribute "onclick" is not allowed; allowed are id, class,'),
			expect.stringContaining('slide attribute "style" is not allowed'),
			expect.stringContaining('slide attribute data-transition="spin" is not valid: none, fade, slide, convex, concave or zoom (optionally -in/-out)'),
			expect.stringContaining('slide attribute data-background-color="red;background:url(x)" is not valid'),
		]);
		expect(read('<!-- .slide: data-background-gradient="linear-gradient(to bottom, #283b95, rgb(23, 178, 255))" -->').errors).toEqual([]);
		expect(read('<!-- .slide: data-background-gradient="linear-gradient(url(https://x.example/a.png))" -->').errors).toHaveLength(1);
		for (const url of ['//cdn.example/x.png', 'https://x/y.png', 'data:image/png;base64,AAAA', 'javascript:alert(1)']) {
			expect(read(`<!-- .slide: data-background-image="${url}" -->`).errors).toHaveLength(1);
		}
	});

	it('treats a .slide comment inside a code fence or inline code as code', () => {
		expect(read('# T\n\n```html\n<!-- .slide: onclick="x" -->\n```\n\n`<!-- .slide: id="y" -->`').errors).toEqual([]);
		expect(slideAttributes('```md\n<!-- .slide: id="fenced" -->\n```\n\n# Real')).toEqual({});
	});

	it('accepts a boolean attribute written with ="true" (as many authors write HTML) and keeps it bare', () => {
		expect(read('# T\n\n<!-- .slide: data-auto-animate="true" data-auto-animate-restart=true -->')).toEqual({
			attributes: { 'data-auto-animate': '', 'data-auto-animate-restart': '' },
			errors: [],
		});
		expect(read('# T\n\n<!-- .slide: data-auto-animate="TRUE" -->').errors).toEqual([]);
	});

	it('refuses ="false", which reveal.js treats as present, with the fix', () => {
		expect(read('# T\n\n<!-- .slide: id="x" data-auto-animate="false" -->')).toEqual({
			attributes: { id: 'x' },
			errors: [
				'decks/t.md:12:21: slide attribute data-auto-animate="false" would turn auto-animate on: reveal.js treats the attribute as present whatever its value; remove it to leave auto-animate off',
			],
		});
		expect(read('# T\n\n<!-- .slide: data-auto-animate-restart="false" -->').errors).toEqual([
			expect.stringContaining('slide attribute data-auto-animate-restart="false" would turn it on: reveal.js treats the attribute as present whatever its value; remove it'),
		]);
		expect(read('# T\n\n<!-- .slide: data-auto-animate="yes" -->').errors).toEqual([
			'decks/t.md:12:14: slide attribute "data-auto-animate" takes no value: write it bare (data-auto-animate) or ="true"',
		]);
	});
});
