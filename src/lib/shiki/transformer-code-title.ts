import type { ShikiTransformer } from 'shiki';
import type { Element } from 'hast';

/** Reads `title="…"` (or `title='…'`) from a code fence's meta string. */
export function titleFromMeta(meta: string | undefined | null): string | null {
	const match = meta?.match(/(?:^|\s)title=(?:"([^"]*)"|'([^']*)')/);
	return match ? (match[1] ?? match[2] ?? null) : null;
}

/**
 * Wraps a titled code block in `<figure class="code-figure">` with the title as `<figcaption>`,
 * so `Cargo.toml` and `~/.cargo/config.toml` are named above their code. The wrapper becomes the
 * root's first child because Astro's Markdown pipeline keeps only that child.
 */
export function transformerCodeTitle(): ShikiTransformer {
	return {
		name: 'talkbook:code-title',
		root(root) {
			const title = titleFromMeta(this.options.meta?.__raw);
			const pre = root.children[0];
			if (!title || !pre || pre.type !== 'element') return;
			const caption: Element = {
				type: 'element',
				tagName: 'figcaption',
				properties: { className: ['code-title'] },
				children: [{ type: 'text', value: title }],
			};
			root.children[0] = {
				type: 'element',
				tagName: 'figure',
				properties: { className: ['code-figure'], dataLang: this.options.lang },
				children: [caption, pre],
			};
		},
	};
}
