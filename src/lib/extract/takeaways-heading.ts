/** The headings that introduce an article's takeaways list (README, "Authoring conventions"). */
const TAKEAWAY_HEADINGS = new Set(['key takeaways', 'takeaways', 'tl;dr', 'tldr', 'summary']);

/** Whether a heading introduces the article's takeaways: Key Takeaways, Takeaways, TL;DR (TLDR) or Summary, any case, trailing punctuation ignored. */
export function isTakeawaysHeading(text: string): boolean {
	const normal = text
		.trim()
		.replace(/[\s:.!?,;\u2026\u2013\u2014-]+$/u, '')
		.replace(/\s+/g, ' ')
		.replace(/^tl; dr$/i, 'tl;dr')
		.toLowerCase();
	return TAKEAWAY_HEADINGS.has(normal);
}
