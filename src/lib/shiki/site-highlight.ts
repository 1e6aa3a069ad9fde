import type { Element, ElementContent, Root } from 'hast';
import type { HastPluginEntry } from 'satteri';
import type { ShikiTransformer } from 'shiki';
import { bundledLanguages, isSpecialLang } from 'shiki';
import { getDeckHighlighter } from '../render/highlighter.ts';
import { transformerTokenClasses } from './transformer-token-classes.ts';

/** The site's code settings (astro.config.mjs): the same fields as Astro's `shikiConfig`. */
export interface SiteHighlightOptions {
	themes: Record<string, string>;
	defaultColor?: false | string;
	transformers?: ShikiTransformer[];
}

/** Languages never highlighted: math (as Astro's own highlighter leaves it) and diagrams, drawn by the content plugin (markdown/content-plugin.ts). */
const EXCLUDED = ['math', 'mermaid'];

/**
 * What Astro's own shiki step adds to every block (class `astro-code`, `data-language`, horizontal scroll),
 * so the pages come out as they did when Astro highlighted them.
 */
function astroMarkup(lang: string): ShikiTransformer {
	return {
		name: 'talkbook:astro-markup',
		pre(node) {
			const className = Array.isArray(node.properties['class']) ? node.properties['class'].join(' ') : String(node.properties['class'] ?? '');
			node.properties['class'] = className.replace(/shiki/g, 'astro-code');
			node.properties['dataLanguage'] = lang;
			node.properties['style'] = `${String(node.properties['style'] ?? '')}; overflow-x: auto;`;
		},
	};
}

/** The code's language as Astro reads it: the fence's `lang`, else a `language-*` class, else plain text. */
function languageOf(code: Element): string {
	const classes = code.properties['className'];
	const fromClass = Array.isArray(classes) ? classes.find((c): c is string => typeof c === 'string' && c.startsWith('language-')) : undefined;
	return (code.data as { lang?: string } | undefined)?.lang ?? fromClass?.slice('language-'.length) ?? 'plaintext';
}

/** Plain text of a hast subtree (the code block's source). */
function textOf(node: ElementContent): string {
	if (node.type === 'text') return node.value;
	return 'children' in node ? node.children.map(textOf).join('') : '';
}

/**
 * Highlights the site's Markdown code blocks with the highlighter the decks use (render/highlighter.ts),
 * instead of a second shiki instance of Astro's: one set of grammars and themes per build. Replaces Astro's
 * `syntaxHighlight` (turned off in astro.config.mjs) with the same output.
 */
export function siteHighlightPlugin(options: SiteHighlightOptions): HastPluginEntry {
	return {
		name: 'talkbook:highlight',
		element: {
			filter: ['pre'],
			async visit(node: Element) {
				const code = node.children.find((c): c is Element => c.type === 'element' && c.tagName === 'code');
				if (!code) return undefined;
				const lang = languageOf(code);
				if (EXCLUDED.includes(lang)) return undefined;
				const meta = (code as { data?: { meta?: string } }).data?.meta;
				const highlighter = await getDeckHighlighter();
				let resolved = lang;
				if (!isSpecialLang(lang) && !highlighter.getLoadedLanguages().includes(lang)) {
					if (lang in bundledLanguages) await highlighter.loadLanguage(lang as keyof typeof bundledLanguages);
					else resolved = 'plaintext';
				}
				const source = code.children.map(textOf).join('').replace(/\n$/, '').replace(/(?:\r\n|\r|\n)$/, '');
				const root: Root = highlighter.codeToHast(source, {
					lang: resolved,
					themes: options.themes,
					defaultColor: options.defaultColor ?? false,
					...(meta ? { meta: { __raw: meta } } : {}),
					transformers: [astroMarkup(resolved), ...(options.transformers ?? []), transformerTokenClasses()],
				});
				return root.children[0];
			},
		},
	} as unknown as HastPluginEntry;
}
