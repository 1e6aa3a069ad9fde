/**
 * Element metadata for html-validate (loaded from .htmlvalidate.json) where its HTML5 tables lag the
 * current ARIA in HTML mapping.
 *
 * `<aside>`: html-validate makes every aside a `complementary` landmark, but ARIA in HTML (and Chromium)
 * map an aside nested in article/aside/nav/section to `generic` unless it is named. reveal.js needs
 * speaker notes as `<aside class="notes">` inside each slide `<section>`, which are therefore no
 * landmarks; asides in `<body>`/`<main>` and named ones stay landmarks, still checked by `unique-landmark`.
 */
export default {
	aside: {
		aria: {
			/** `node` is html-validate's element adapter: closest(), getAttribute(), hasAttribute(). */
			implicitRole(node) {
				if (node.hasAttribute('aria-label') || node.hasAttribute('aria-labelledby')) return 'complementary';
				// closest() starts at the element itself, so look from its parent's side with a descendant selector.
				return node.closest('article aside, aside aside, nav aside, section aside') ? 'generic' : 'complementary';
			},
		},
	},
};
