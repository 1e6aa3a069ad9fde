import type { MarkdownCodeBlock } from '../deck/model.ts';
import { decodeHtmlEntities } from '../html/escape.ts';

/**
 * In one pass (so highlighted output is never scanned again): a placeholder the deck builder leaves
 * where `MarkdownSlide.code[i]` goes, or a plain `<pre><code class="language-x">…escaped…</code></pre>`
 * block as HTML serializers write fenced code.
 */
const CODE_BLOCK =
	/<pre\b[^>]*?\bdata-code-index=["']?(\d+)["']?[^>]*>\s*<\/pre>|<pre\b([^>]*)>\s*<code\b([^>]*)>([\s\S]*?)<\/code>\s*<\/pre>/gi;

/** Value of attribute `name` in a tag's attribute text, entity-decoded; `null` when absent. */
function attribute(attrs: string, name: string): string | null {
	const match = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, 'i').exec(attrs);
	if (!match) return null;
	return decodeHtmlEntities(match[1] ?? match[2] ?? match[3] ?? '');
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
	return html.replace(
		CODE_BLOCK,
		(_whole, index: string | undefined, preAttrs: string | undefined, codeAttrs: string | undefined, content: string | undefined) => {
			ordinal += 1;
			if (index !== undefined) {
				const block = blocks[Number(index)];
				if (!block) throw new Error(`code placeholder ${index} has no code block (the slide has ${blocks.length})`);
				return render(block, ordinal);
			}
			const classes = attribute(codeAttrs ?? '', 'class') ?? '';
			const lang = /(?:^|\s)language-(\S+)/.exec(classes)?.[1] ?? attribute(preAttrs ?? '', 'data-language') ?? '';
			const meta = attribute(codeAttrs ?? '', 'data-meta') ?? attribute(preAttrs ?? '', 'data-meta');
			// Only plain-text blocks are expected here; stray markup inside is dropped, its text kept.
			const code = decodeHtmlEntities((content ?? '').replace(/<[^>]*>/g, ''));
			return render({ lang, code, meta }, ordinal);
		},
	);
}
