import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DECK_CODE_THEMES, getDeckHighlighter } from '../../../src/lib/render/highlighter.ts';
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { DEFAULT_TOKEN_CLASS, TOKEN_PAIRS, classForStyle, tokenClassesCss } from '../../../src/lib/shiki/token-classes.ts';
import { compactTokens, transformerTokenClasses } from '../../../src/lib/shiki/transformer-token-classes.ts';

const root = path.resolve(import.meta.dirname, '../../..');

/** Every fenced block of the project's articles and fixtures, as [lang, code]. */
function projectCode(): [string, string][] {
	const blocks: [string, string][] = [];
	const walk = (dir: string): void => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const full = path.join(dir, entry.name);
			if (entry.isDirectory()) walk(full);
			else if (/\.mdx?$/.test(entry.name)) for (const m of readFileSync(full, 'utf8').matchAll(/```(\w+)[^\n]*\n([\s\S]*?)```/g)) blocks.push([m[1] ?? '', m[2] ?? '']);
		}
	};
	walk(path.join(root, 'articles'));
	walk(path.join(root, 'test', 'fixtures'));
	return blocks;
}

/** Each visible character of the code with the colour it is drawn in: its nearest token's class or style, the code's own otherwise. */
function colouredText(html: string): string[] {
	const out: string[] = [];
	const walk = (node: Root | RootContent, colour: string): void => {
		if (node.type === 'text') {
			for (const ch of node.value) if (ch.trim() !== '') out.push(`${ch}:${colour}`);
			return;
		}
		if (node.type !== 'root' && node.type !== 'element') return;
		let own = colour;
		if (node.type === 'element' && node.tagName === 'span') {
			const cls = [node.properties['className'] ?? []].flat().filter((c) => c !== 'line').join(' ');
			const style = String(node.properties['style'] ?? '');
			if (cls || style) own = cls || style;
			if (own === DEFAULT_TOKEN_CLASS) own = 'code';
		}
		for (const child of node.children) walk(child, own);
	};
	walk(fromHtml(html, { fragment: true }), 'code');
	return out;
}

describe('token classes', () => {
	it('start with the themes’ foreground pair, the colour the code block itself is drawn in', async () => {
		const highlighter = await getDeckHighlighter();
		const fg = (name: string): string => (highlighter.getTheme(name).fg ?? '').toUpperCase();
		expect(TOKEN_PAIRS[0]).toEqual([fg(DECK_CODE_THEMES.light), fg(DECK_CODE_THEMES.dark)]);
	});

	it('are compacted without changing a character’s colour: no span for the code’s own colour or whitespace, one per run of a class', async () => {
		const highlighter = await getDeckHighlighter();
		const { code: _compact, ...classesOnly } = transformerTokenClasses();
		let before = 0;
		let after = 0;
		for (const [lang, code] of projectCode()) {
			const known = highlighter.getLoadedLanguages().includes(lang) ? lang : 'plaintext';
			for (const defaultColor of [false, 'light'] as const) {
				const options = { lang: known, themes: DECK_CODE_THEMES, defaultColor };
				const plain = highlighter.codeToHtml(code, { ...options, transformers: [classesOnly] });
				const compact = highlighter.codeToHtml(code, { ...options, transformers: [transformerTokenClasses()] });
				expect(colouredText(compact)).toEqual(colouredText(plain));
				expect(compact).not.toContain(`class="${DEFAULT_TOKEN_CLASS}"`);
				before += plain.match(/<span class="tk/g)?.length ?? 0;
				after += compact.match(/<span class="tk/g)?.length ?? 0;
			}
		}
		expect(after).toBeLessThan(before * 0.6);
	});

	it('compact a line: the default class and blank tokens become text, a class run across spaces one span, others stay', () => {
		const span = (cls: string, text: string): Element => ({ type: 'element', tagName: 'span', properties: { class: cls }, children: [{ type: 'text', value: text }] });
		const styled: Element = { type: 'element', tagName: 'span', properties: { style: 'font-style:italic' }, children: [{ type: 'text', value: 'x' }] };
		const line = [span('tk1', 'pub'), span('tk2', ' '), span('tk1', 'fn'), span('tk0', '('), span('tk0', 'raw'), styled, span('tk3', '"a"'), span('tk3', '"b"')];
		expect(compactTokens(line)).toEqual([span('tk1', 'pub fn'), { type: 'text', value: '(raw' }, styled, span('tk3', '"a""b"')]);
	});

	it('are what src/styles/code-tokens.css holds (regenerate it from tokenClassesCss() on purpose)', () => {
		expect(readFileSync(path.join(root, 'src/styles/code-tokens.css'), 'utf8')).toBe(tokenClassesCss());
	});

	it('cover every colour pair the project’s code gets, on the site and on slides; a styled pair stays inline', async () => {
		const highlighter = await getDeckHighlighter();
		const blocks = projectCode();
		expect(blocks.length).toBeGreaterThan(20);
		const inline = new Set<string>();
		let classed = 0;
		for (const [lang, code] of blocks) {
			const known = highlighter.getLoadedLanguages().includes(lang) ? lang : 'plaintext';
			for (const defaultColor of [false, 'light'] as const) {
				const html = highlighter.codeToHtml(code, { lang: known, themes: DECK_CODE_THEMES, defaultColor, transformers: [transformerTokenClasses()] });
				for (const m of html.matchAll(/<span style="([^"]*)"/g)) inline.add(m[1] ?? '');
				classed += html.match(/<span class="tk\d+">/g)?.length ?? 0;
			}
		}
		expect(classed).toBeGreaterThan(1000);
		// Only font styles and weights (not in TOKEN_PAIRS on purpose) may be left inline.
		for (const style of inline) expect(style, style).toMatch(/font-style|font-weight|text-decoration/);
	});

	it('map both ways shiki writes a pair to one class, and nothing else', () => {
		const [light, dark] = TOKEN_PAIRS[2] ?? ['', ''];
		expect(classForStyle(`--shiki-light:${light};--shiki-dark:${dark}`)).toBe('tk2');
		expect(classForStyle(`color:${light};--shiki-dark:${dark}`)).toBe('tk2');
		expect(classForStyle('color:#123456;--shiki-dark:#654321')).toBeUndefined();
	});
});
