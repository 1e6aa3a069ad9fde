import type { ShikiTransformer } from 'shiki';
import type { Element, ElementContent } from 'hast';

/** Languages shown under another name than their shiki id (`sh` reads as "shell"); the rest show the id. */
const LANGUAGE_NAMES: Record<string, string> = { sh: 'shell', bash: 'shell', shellsession: 'shell', console: 'shell', js: 'javascript', ts: 'typescript', yml: 'yaml', plaintext: 'text', txt: 'text' };

/** The label a block without a title shows: its language, or nothing for plain text. */
export function languageLabel(lang: string | undefined): string | null {
	const name = LANGUAGE_NAMES[lang ?? ''] ?? lang ?? '';
	return name && name !== 'text' ? name : null;
}

function element(tagName: string, properties: Element['properties'], children: ElementContent[]): Element {
	return { type: 'element', tagName, properties, children };
}

/**
 * The site's own frame around every code block of an article: a Copy button (a real `<button>`, so
 * keyboard reachable; the site shell copies and announces "Copied") and, when the block has no file
 * title, its language. Runs after the title transformer and wraps whatever it made (the titled
 * `<figure>` or the bare `<pre>`) in `<div class="code-block">`, the root's one child, which Astro keeps.
 * Both controls are left out of the search index. This is markup of the site, not of the author, so no
 * sanitising of article HTML touches it.
 */
export function transformerCodeCopy(): ShikiTransformer {
	return {
		name: 'talkbook:code-copy',
		root(root) {
			const block = root.children[0];
			if (!block || block.type !== 'element') return;
			const titled = block.tagName === 'figure';
			const label = titled ? null : languageLabel(this.options.lang);
			const header = element('div', { className: ['code-header'], dataPagefindIgnore: '' }, [
				...(label ? [element('span', { className: ['code-lang'] }, [{ type: 'text', value: label }])] : []),
				element('button', { type: 'button', className: ['code-copy'], dataCodeCopy: '', ariaLabel: 'Copy code' }, [{ type: 'text', value: 'Copy' }]),
			]);
			root.children[0] = element('div', { className: ['code-block', titled ? 'code-block-titled' : 'code-block-plain'], dataLang: this.options.lang }, [header, block]);
		},
	};
}
