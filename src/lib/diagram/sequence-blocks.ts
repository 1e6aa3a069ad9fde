/*
 * beautiful-mermaid draws a sequence diagram's blocks (`alt`, `loop`, …) before its lifelines, so every
 * lifeline runs across the block's label; and it sizes a label's box with its own estimate of the text,
 * which the decks' bold face outgrows ("alt [cache miss (continued)]" ran 30 units out of its box). Here
 * the lifelines go under the blocks, a label's box grows to hold its text, and a divider's label (`else
 * …`) gets a halo of the background, so a lifeline passes behind it.
 */

/** Width per character of bold text, in ems: Noto Sans Bold's label text (capitals and brackets included) stays under it. */
const BOLD_EM = 0.64;
/** Space each side of a label in its box, in the drawing's units (beautiful-mermaid's own: the text starts 6 in). */
const LABEL_PADDING = 6;

/** A label's characters, an entity counted as one. */
function charactersOf(markup: string): number {
	return markup.replace(/<[^>]+>/g, '').replace(/&#?\w+;/g, 'x').length;
}

/** One block group with its header box as wide as its label, and its divider labels haloed. */
function fitBlock(group: string): string {
	const label = [...group.matchAll(/<text\b([^>]*)>([\s\S]*?)<\/text>/g)].find(([, attrs]) => /font-weight="600"/.test(attrs ?? ''));
	const size = Number(/font-size="([\d.]+)"/.exec(label?.[1] ?? '')?.[1] ?? 11);
	const needed = Math.ceil(charactersOf(label?.[2] ?? '') * size * BOLD_EM + 2 * LABEL_PADDING);
	return group
		.replace(/<rect\b[^>]*fill="var\(--_group-hdr\)"[^>]*>/, (rect) => rect.replace(/\swidth="([\d.]+)"/, (whole, width: string) => (Number(width) < needed ? ` width="${needed}"` : whole)))
		.replace(/<text\b(?=[^>]*text-anchor="start")([^>]*)>/g, '<text$1 paint-order="stroke" stroke="var(--_group-fill)" stroke-width="4" stroke-linejoin="round">');
}

/** A sequence diagram's inner SVG with its lifelines under its blocks, block labels in their boxes, divider labels clear of the lifelines. */
export function layerSequenceBlocks(inner: string): string {
	if (!inner.includes('<g class="block">')) return inner;
	const lifelines = [...inner.matchAll(/<line class="lifeline"[^>]*\/>/g)].map((m) => m[0]);
	let rest = inner;
	for (const line of lifelines) rest = rest.replace(line, '');
	const at = rest.indexOf('<g class="block">');
	return `${rest.slice(0, at)}${lifelines.join('')}${rest.slice(at).replace(/<g class="block">[\s\S]*?<\/g>/g, fitBlock)}`;
}
