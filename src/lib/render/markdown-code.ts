import type { MarkdownCodeBlock } from '../deck/model.ts';
import { decodeHtmlEntities } from './escape.ts';

/** Placeholder the deck builder leaves where `MarkdownSlide.code[i]` goes. */
const PLACEHOLDER = /<pre\b[^>]*?\bdata-code-index=["']?(\d+)["']?[^>]*>\s*<\/pre>/gi;

/** A plain `<pre><code class="language-x">…escaped…</code></pre>` block, as HTML serializers write fenced code. */
const PLAIN_BLOCK = /<pre\b([^>]*)>\s*<code\b([^>]*)>([\s\S]*?)<\/code>\s*<\/pre>/gi;

/** Value of attribute `name` in a tag's attribute text, entity-decoded; `null` when absent. */
function attribute(attrs: string, name: string): string | null {
	const match = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, 'i').exec(attrs);
	if (!match) return null;
	return decodeHtmlEntities(match[1] ?? match[2] ?? match[3] ?? '');
}

/** Reads `title="…"` from a fence meta string, ignoring the rest. */
export function titleFromMeta(meta: string | null): string | null {
	const match = meta ? /(?:^|\s)title=(?:"([^"]*)"|'([^']*)')/.exec(meta) : null;
	return match ? (match[1] ?? match[2] ?? null) : null;
}

/**
 * Replaces every code block of a Markdown slide's HTML by `render(block, ordinal)`: placeholders
 * `<pre data-code-index="i">` take `blocks[i]`; plain `<pre><code class="language-x" data-meta="…">`
 * blocks are decoded back to source first. Throws when a placeholder names a block that does not exist.
 */
export function replaceCodeBlocks(
	html: string,
	blocks: readonly MarkdownCodeBlock[],
	render: (block: MarkdownCodeBlock, ordinal: number) => string,
): string {
	let ordinal = 0;
	const withPlaceholders = html.replace(PLACEHOLDER, (_whole, index: string) => {
		const block = blocks[Number(index)];
		if (!block) throw new Error(`code placeholder ${index} has no code block (the slide has ${blocks.length})`);
		return render(block, ++ordinal);
	});
	return withPlaceholders.replace(PLAIN_BLOCK, (_whole, preAttrs: string, codeAttrs: string, content: string) => {
		const classes = attribute(codeAttrs, 'class') ?? '';
		const lang = /(?:^|\s)language-(\S+)/.exec(classes)?.[1] ?? attribute(preAttrs, 'data-language') ?? '';
		const meta = attribute(codeAttrs, 'data-meta') ?? attribute(preAttrs, 'data-meta');
		// Highlighted HTML from another tool would lose its markup here; only plain text blocks reach this point.
		const code = decodeHtmlEntities(content.replace(/<[^>]*>/g, ''));
		return render({ lang, code, meta }, ++ordinal);
	});
}
