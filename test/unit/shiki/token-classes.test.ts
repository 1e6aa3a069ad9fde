import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DECK_CODE_THEMES, getDeckHighlighter } from '../../../src/lib/render/highlighter.ts';
import { TOKEN_PAIRS, classForStyle, tokenClassesCss } from '../../../src/lib/shiki/token-classes.ts';
import { transformerTokenClasses } from '../../../src/lib/shiki/transformer-token-classes.ts';

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

describe('token classes', () => {
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
