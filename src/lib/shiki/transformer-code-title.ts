import type { ShikiTransformer } from 'shiki';
import type { Element } from 'hast';
import { fenceTitle } from '../extract/fence-meta.ts';

/**
 * Wraps a titled code block in `<figure class="code-figure">` with the title as `<figcaption>`,
 * so `Cargo.toml` and `~/.cargo/config.toml` are named above their code. The wrapper becomes the
 * root's first child because Astro's Markdown pipeline keeps only that child.
 */
export function transformerCodeTitle(): ShikiTransformer {
	return {
		name: 'talkbook:code-title',
		root(root) {
			const title = fenceTitle(this.options.meta?.__raw);
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
