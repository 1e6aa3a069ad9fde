import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Plugin } from 'postcss';
import { splitRevealCss, type RevealCssPart, type RevealCssParts } from '../lib/styles/reveal-css.ts';

/** The at-rule a stylesheet writes where a part of reveal.css goes: `@reveal-part print;` (src/styles/deck/). */
export const REVEAL_PART_AT_RULE = 'reveal-part';

const revealCss = createRequire(import.meta.url).resolve('reveal.js/reveal.css');
let parts: RevealCssParts | undefined;

/**
 * PostCSS plugin for Vite's CSS pipeline (astro.config.mjs): `reveal.js/reveal.css` becomes the rules a
 * deck page needs when it opens, and `@reveal-part <name>;` in a deck stylesheet becomes that part of
 * reveal.css, loaded on first use (src/lib/styles/reveal-css.ts).
 */
export function revealCssParts(): Plugin {
	return {
		postcssPlugin: 'talkbook-reveal-css',
		Once(root, { result, postcss }) {
			const from = (result.opts.from ?? '').split('?')[0];
			const asksForPart = root.some((node) => node.type === 'atrule' && node.name === REVEAL_PART_AT_RULE);
			if (from !== revealCss && !asksForPart) return;
			const split = (parts ??= splitRevealCss(readFileSync(revealCss, 'utf8')));
			// Parsed as from the file being processed, so Vite resolves anything the rules refer to from there.
			const parse = (css: string) => postcss.parse(css, { from: result.opts.from }).nodes;
			if (from === revealCss) root.removeAll().append(parse(split.core));
			root.walkAtRules(REVEAL_PART_AT_RULE, (atRule) => {
				const part = atRule.params.trim() as RevealCssPart;
				if (!(part in split) || part === ('core' as string)) throw atRule.error(`no part "${part}" of reveal.css`);
				atRule.replaceWith(parse(split[part]));
			});
		},
	};
}
