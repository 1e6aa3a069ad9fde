/**
 * reveal.js's stylesheet cut to what a Talkbook deck page needs when it opens, the rest in parts loaded
 * on first use, like the speaker view and search plugins (src/client/deck/plugins.ts):
 * - `print`: the `?print-pdf` view (`html.reveal-print`), loaded by the client only to print;
 * - `help`: the help overlay (`?`), loaded on the first press;
 * - `scroll`: the scroll view reveal.js switches to on a narrow screen (a phone), loaded when the screen
 *   is that narrow;
 * - `transitions`: the transitions other than the decks' own fade and none (slide, linear, default,
 *   convex, concave, zoom), linked by a deck page only when one of its slides names one.
 * Left out, as no deck can use them: the preview overlay for links, images and videos
 * (`data-preview-link`, `-image`, `-video`: the sanitiser strips those attributes and the decks never set
 * `previewLinks`; its loading spinner alone is 3.5 KB gzip of a GIF) and the play button of media that
 * may not autoplay (slides hold no video); the notes shown on the slide itself (`showNotes`, never set:
 * the element reveal.js makes for them only stays hidden); right-to-left decks (`rtl`, never set); the
 * `page` and `cube` transitions (src/lib/deck/slide-attributes.ts refuses them); the fragment styles
 * other than the plain one (`grow`, `fade-up`, `highlight-red`, …), the layout helpers (`r-stretch`,
 * `r-fit-text`, `r-stack`, `items-center`, `justify-between`, …) and rolling links (`roll`): classes only
 * an author could write, and the sanitiser strips authors' classes (a slide's `.slide:` class goes on its
 * `<section>`); highlight.js's (the decks highlight with shiki); what only a setting the decks never make
 * turns on (controls at the edges, an embedded deck, a parallax background) and video backgrounds (no
 * slide attribute names one). If slides ever take such classes, take them out of UNUSED. Parsed with
 * PostCSS.
 */
import postcss, { type AtRule, type Container, type Root } from 'postcss';

/** The transitions a deck never uses unless a slide names one (the decks' own is `fade`, or `none`). */
export const RARE_TRANSITIONS = ['slide', 'linear', 'default', 'convex', 'concave', 'zoom'] as const;
const RARE = new RegExp(`\\[data-(?:background-)?transition~?=(?:${RARE_TRANSITIONS.join('|')})\\b|\\.reveal\\.(?:${RARE_TRANSITIONS.join('|')})\\b`);

/** Selectors of features the decks cannot use (see above). */
const UNUSED = new RegExp(
	[
		String.raw`\.r-overlay-(?:preview|spinner|external|error|content-inner)\b|data-preview-fit`,
		String.raw`\.r-overlay-button\b|\.r-media-play-button\b`,
		String.raw`\.show-notes|\.notes-placeholder|\.speaker-notes\b(?!-pdf)`,
		String.raw`\.reveal\.(?:rtl|page|cube)\b|\.roll\b`,
		String.raw`\.fragment\.(?:grow|shrink|zoom-in|fade-out|semi-fade-out|strike|fade-up|fade-down|fade-right|fade-left|fade-in-then-out|current-visible|fade-in-then-semi-out|highlight-[a-z-]+)\b`,
		String.raw`\.r-(?:stretch|fit-text|stack|vstack|hstack)\b|\.stretch\b|\.hljs\b|\.reveal \.(?:items|justify)-[a-z]+\b`,
		String.raw`\[data-controls-layout=edges\]|\.reveal\.embedded\b|\.has-parallax-background\b`,
		String.raw`\.slide-background(?:\[[^\]]*\])? video\b|\[data-preview-(?:image|video|link)\]`,
	].join('|'),
);

/** The on-slide notes element reveal.js makes (hidden unless `showNotes`). */
const NOTES_ELEMENT = '.reveal .speaker-notes';

/** The parts loaded on first use, by the selectors (and keyframes) that make them. */
const PARTS = {
	print: { selector: /^html\.reveal-print\b|^\.print-pdf\b/, keyframes: [] },
	help: { selector: /^\.r-overlay(?:\b|-)/, keyframes: ['fade-in', 'scale-up'] },
	scroll: { selector: /\.reveal-scroll\b|\.loading-scroll-mode\b/, keyframes: [] },
	transitions: { selector: RARE, keyframes: [] },
} as const;

/** The name of a part loaded on first use. */
export type RevealCssPart = keyof typeof PARTS;

/** reveal.css split: what a page needs when it opens, and each part. */
export type RevealCssParts = Record<RevealCssPart | 'core', string> & {
	/** Selectors left out, for the unit test and curious readers. */
	dropped: string[];
};

/** The chain of at-rules (`@media …`) around a node, outermost first. */
function atRulesAround(node: { parent: Container | undefined }): AtRule[] {
	const chain: AtRule[] = [];
	for (let at = node.parent; at && at.type === 'atrule'; at = (at as AtRule).parent) chain.unshift(at as AtRule);
	return chain;
}

/** Moves the selectors matching `pattern` (and the keyframes named) out of `root` into a new stylesheet, media queries kept. */
function takeOut(root: Root, pattern: RegExp, keyframes: readonly string[]): Root {
	const part = postcss.root();
	root.walkRules((rule) => {
		if (rule.parent?.type === 'atrule' && (rule.parent as AtRule).name.endsWith('keyframes')) return;
		const matching = rule.selectors.filter((s) => pattern.test(s.trim()));
		if (matching.length === 0) return;
		let target: Container = part;
		for (const at of atRulesAround(rule)) {
			const shell = at.clone({ nodes: [] });
			target.append(shell);
			target = shell;
		}
		target.append(rule.clone({ selectors: matching }));
		if (matching.length === rule.selectors.length) rule.remove();
		else rule.selectors = rule.selectors.filter((s) => !pattern.test(s.trim()));
	});
	root.walkAtRules(/keyframes$/, (atRule) => {
		if (keyframes.includes(atRule.params)) part.append(atRule.remove());
	});
	return part;
}

/** Removes at-rules left without content. */
function dropEmpty(root: Root): void {
	root.walkAtRules((atRule) => {
		if (atRule.nodes !== undefined && atRule.nodes.length === 0) atRule.remove();
	});
}

/** Splits reveal.js's `dist/reveal.css` into what a deck page needs when it opens and the parts loaded on first use. */
export function splitRevealCss(css: string): RevealCssParts {
	const root = postcss.parse(css);
	const dropped: string[] = [];
	root.walkRules((rule) => {
		// reveal.js always makes the on-slide notes element: of its rules only the first, and of that only
		// `display: none`, matters.
		if (rule.parent?.type === 'root' && rule.selector === NOTES_ELEMENT) {
			rule.walkDecls((decl) => {
				if (decl.prop !== 'display') decl.remove();
			});
			return;
		}
		const unused = rule.selectors.filter((s) => UNUSED.test(s));
		dropped.push(...unused);
		if (unused.length === rule.selectors.length) rule.remove();
		else if (unused.length > 0) rule.selectors = rule.selectors.filter((s) => !UNUSED.test(s));
	});
	const parts = {} as Record<RevealCssPart, string>;
	for (const [name, { selector, keyframes }] of Object.entries(PARTS) as [RevealCssPart, (typeof PARTS)[RevealCssPart]][]) {
		parts[name] = takeOut(root, selector, keyframes).toString();
	}
	dropEmpty(root);
	return { core: root.toString(), ...parts, dropped };
}

/** Whether rendered slides name a transition of RARE_TRANSITIONS (`data-transition="zoom"`, `"slide-in fade-out"`). */
export function usesRareTransition(slidesHtml: string): boolean {
	for (const [, value = ''] of slidesHtml.matchAll(/\sdata-(?:background-)?transition="([^"]*)"/g)) {
		const names = value.split(/\s+/).map((name) => name.replace(/-(?:in|out)$/, ''));
		if (names.some((name) => (RARE_TRANSITIONS as readonly string[]).includes(name))) return true;
	}
	return false;
}
