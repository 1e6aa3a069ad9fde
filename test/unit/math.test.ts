import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/lib/article/parse.ts';
import { mathErrors } from '../../src/lib/check/math.ts';
import { htmlText } from '../../src/lib/html/escape.ts';
import { charactersByFace } from '../../src/lib/math/fonts.ts';
import { MathError, renderTex } from '../../src/lib/math/render.ts';
import { mathStylesheet } from '../../src/lib/math/style.ts';
import { renderSlideMarkdown } from '../../src/lib/deck/markdown-slide.ts';
import { renderInline } from '../../src/lib/extract/inline-html.ts';

describe('math rendered at build time', () => {
	it('writes MathML for screen readers beside KaTeX\'s HTML, which the search index leaves out', () => {
		const html = renderTex('L = \\lambda W', false);
		expect(html).toContain('<math xmlns="http://www.w3.org/1998/Math/MathML"><semantics><mrow><mi>L</mi><mo>=</mo><mi>λ</mi><mi>W</mi></mrow>');
		expect(html).toContain('<span class="katex-html" aria-hidden="true" data-pagefind-ignore="all">');
		expect(html.replace(' xmlns="http://www.w3.org/1998/Math/MathML"', '')).not.toMatch(/<script|https?:/);
		expect(htmlText(`Rate ${html} per second`)).toBe('Rate L=λW per second');
	});

	it('refuses invalid TeX and commands that link or embed, saying where', () => {
		const refusal = (tex: string): [number | null, string] => {
			try {
				renderTex(tex, true);
			} catch (error) {
				expect(error).toBeInstanceOf(MathError);
				return [(error as MathError).offset, (error as MathError).message];
			}
			return [null, 'no error'];
		};
		expect(refusal('\\frac{1}{')).toEqual([9, "Unexpected end of input in a macro argument, expected '}'"]);
		expect(refusal('x + \\lamda')).toEqual([4, 'Undefined control sequence: \\lamda']);
		expect(refusal('\\href{javascript:alert(1)}{x}')[1]).toMatch(/^\\href is not allowed in math/);
		expect(refusal('\\includegraphics{https://example.com/x.png}')[1]).toMatch(/^\\includegraphics is not allowed in math/);
	});

	it('stops the build at the place of bad TeX, and at dollar amounts that would read as math', () => {
		const source = '# T\n\nCosts $5 and $10.\n\nFine $x^2$ and bad $\\frac{a}{$.\n\n$$\nL = \\lamda W\n$$\n';
		const errors = mathErrors(parseMarkdown(source, 'articles/t.md'), source, 'articles/t.md').map((e) => e.message);
		expect(errors).toEqual([
			'articles/t.md:3:7: "$5 and $" reads as math between two dollar signs; for a dollar amount write \\$ (a backslash before each $), for math write $x$ with no space inside the dollars',
			"articles/t.md:5:30: invalid TeX: Unexpected end of input in a macro argument, expected '}' (KaTeX)",
			'articles/t.md:8:5: invalid TeX: Undefined control sequence: \\lamda (KaTeX)',
		]);
		const escaped = 'Costs \\$5 and \\$10.\n';
		expect(mathErrors(parseMarkdown(escaped, 'a.md'), escaped, 'a.md')).toEqual([]);
	});

	it('appears in takeaways, table cells and hand-written slides', () => {
		const [paragraph] = parseMarkdown('Utilisation $\\rho < 1$.', 'a.md').children;
		expect(renderInline(paragraph && 'children' in paragraph ? paragraph.children : [])).toMatch(/^Utilisation <span class="katex">.*<\/span>\.$/);
		const slide = renderSlideMarkdown('## Growth\n\nInline $x^2$ and\n\n$$\n\\frac{\\rho}{1-\\rho}\n$$\n\n<b style="color:red">raw</b>', 'decks/t.md').html;
		expect(slide).toMatch(/Inline <span class="katex">/);
		expect(slide).toMatch(/<div class="math-figure fit"><span class="katex-display">/);
		// The author's raw HTML is still sanitised; KaTeX's inline sizes, set in after, are kept.
		expect(slide).not.toContain('color:red');
		expect(slide).toMatch(/style="height:/);
	});
});

describe('the math stylesheet', () => {
	const htmls = [renderTex('L = \\lambda W', true), renderTex('\\sum_{n=1}^{\\infty} x_{i_j}^{2^k} \\in \\mathbb{R}', false)];

	it('knows which KaTeX face draws each character, from KaTeX\'s own rules', () => {
		const faces = Object.fromEntries([...charactersByFace(htmls)].map(([file, { chars }]) => [file, [...chars].sort().join('')]));
		expect(faces['KaTeX_Math-Italic.woff2']).toBe('LWijknxλ');
		expect(faces['KaTeX_Main-Regular.woff2']).toContain('=');
		expect(faces['KaTeX_AMS-Regular.woff2']).toBe('R');
		expect(faces['KaTeX_Size1-Regular.woff2']).toBe('∑');
	});

	it('carries only the faces used, cut to their characters, inline, and nothing that fetches', async () => {
		const css = await mathStylesheet(htmls);
		const faces = [...css.matchAll(/@font-face\{font-family:(KaTeX_\w+);font-style:(\w+);font-weight:(\d+);src:url\("data:font\/woff2;base64,([A-Za-z0-9+/=]+)"\) format\("woff2"\)\}/g)];
		expect(faces.map((f) => `${f[1]} ${f[2]} ${f[3]}`).sort()).toEqual(['KaTeX_AMS normal 400', 'KaTeX_Main normal 400', 'KaTeX_Math italic 400', 'KaTeX_Size1 normal 400']);
		for (const face of faces) expect(Buffer.from(face[4] as string, 'base64').length).toBeLessThan(3000);
		expect(css.replace(/url\("data:[^)]*\)/g, '')).not.toMatch(/url\(|@import/);
		// Rules for what the math does not use are left out (no fractions here).
		expect(css).not.toContain('.mfrac');
		expect(await mathStylesheet([])).not.toContain('@font-face');
	});

	it('holds every math text at the 24 px floor on slides, and not on the page', async () => {
		const slides = await mathStylesheet(htmls, { floorPx: 24 });
		expect(slides).toMatch(/\.katex-sizing\.reset-size6\.size3\{font-size:max\(\.7em,24px\)\}/);
		expect(slides).not.toMatch(/katex-sizing[^{]*\{font-size:[\d.]+em\}/);
		const page = await mathStylesheet(htmls);
		expect(page).not.toContain('max(');
	});
});
