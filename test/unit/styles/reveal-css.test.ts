import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import postcss from 'postcss';
import { describe, expect, it } from 'vitest';
import { splitRevealCss, usesRareTransition } from '../../../src/lib/styles/reveal-css.ts';

const css = readFileSync(createRequire(import.meta.url).resolve('reveal.js/reveal.css'), 'utf8');
const parts = splitRevealCss(css);

/** Every selector of a stylesheet (keyframe steps left out), with the at-rules around it. */
function selectors(text: string): string[] {
	const out: string[] = [];
	postcss.parse(text).walkRules((rule) => {
		if (rule.parent?.type === 'atrule' && /keyframes$/.test((rule.parent as postcss.AtRule).name)) return;
		const around = rule.parent?.type === 'atrule' ? `@${(rule.parent as postcss.AtRule).name} ${(rule.parent as postcss.AtRule).params} ` : '';
		for (const s of rule.selectors) out.push(around + s);
	});
	return out.sort();
}

describe("reveal.js's stylesheet, cut for the decks", () => {
	it('loses no rule: every selector is in what a page opens with, in one part loaded on first use, or among those no deck can use', () => {
		const kept = [parts.core, parts.print, parts.help, parts.scroll, parts.transitions].flatMap(selectors);
		const dropped = new Set(parts.dropped);
		const all = selectors(css);
		const count = (list: readonly string[]) => list.reduce((m, s) => m.set(s, (m.get(s) ?? 0) + 1), new Map<string, number>());
		const keptCount = count(kept);
		const allCount = count(all);
		// A selector (in its media query) is kept, or it is one of those dropped.
		const missing = all.filter((s) => !keptCount.has(s) && ![...dropped].some((d) => s === d || s.endsWith(` ${d}`)));
		expect(missing).toEqual([]);
		// And none is kept more often than reveal.css has it (no part repeats another's rules).
		expect([...keptCount].filter(([s, n]) => n > (allCount.get(s) ?? 0))).toEqual([]);
	});

	it('opens with the slides, the fade and none transitions, fragments, controls, overview and backgrounds', () => {
		for (const selector of ['.reveal .slides section', '.reveal .slides section[data-transition=fade]', '.reveal .fragment.visible', '.reveal .controls', '.reveal.overview .slides section', '.reveal .slide-background']) {
			expect(parts.core, selector).toContain(selector);
		}
		// The on-slide notes element reveal.js always makes stays hidden.
		expect(parts.core).toContain('.reveal .speaker-notes{display:none}');
	});

	it('puts printing, the help overlay, the scroll view and the rarer transitions in their own parts', () => {
		expect(parts.print).toContain('html.reveal-print .reveal .slides .pdf-page');
		expect(parts.help).toContain('.r-overlay-help');
		expect(parts.help).toContain('@keyframes scale-up');
		expect(parts.scroll).toContain('.reveal-viewport.reveal-scroll .scroll-page');
		expect(parts.transitions).toContain('[data-transition=zoom]');
		expect(parts.transitions).toContain('[data-background-transition=convex]');
		for (const part of ['reveal-print', 'r-overlay-help', 'reveal-scroll', 'data-transition=zoom']) expect(parts.core, part).not.toContain(part);
	});

	it('drops what no deck can reach: the preview overlay and its spinner, page and cube transitions, fragment styles, settings the decks never make', () => {
		for (const gone of ['r-overlay-spinner', 'r-overlay-preview', 'data:image/gif', '.reveal.cube', '.fragment.grow', '.r-stretch', '.reveal.rtl', '.items-center', '.justify-between', 'data-controls-layout=edges', '.reveal.embedded', 'parallax', 'slide-background video', 'data-preview-image']) {
			expect([parts.core, parts.help, parts.scroll, parts.print, parts.transitions].join(''), gone).not.toContain(gone);
		}
		expect(parts.dropped).toEqual(expect.arrayContaining(['.r-overlay-spinner', '.reveal .fragment.grow']));
	});
});

describe('which decks link the rarer transitions', () => {
	it('are those whose slides name one, in or out', () => {
		expect(usesRareTransition('<section data-transition="zoom">')).toBe(true);
		expect(usesRareTransition('<section data-transition="fade-in slide-out">')).toBe(true);
		expect(usesRareTransition('<section data-background-transition="convex">')).toBe(true);
		expect(usesRareTransition('<section data-transition="fade"><section data-transition="none-in fade-out">')).toBe(false);
		expect(usesRareTransition('<section data-transition-speed="fast">')).toBe(false);
	});
});
