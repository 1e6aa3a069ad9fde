import type { Deck, Slide } from '../../../src/lib/deck/model.ts';
import type { RenderContext } from '../../../src/lib/render/context.ts';
import { getDeckHighlighter } from '../../../src/lib/render/highlighter.ts';

/** Site origin used by every render test. */
export const ORIGIN = 'https://talkbook.example';

/** A render context with the shared highlighter. */
export async function context(): Promise<RenderContext> {
	return { siteOrigin: ORIGIN, highlighter: await getDeckHighlighter(), aspect: '16:9' };
}

/** A one-deck wrapper around slides, for `renderDeckSlides`. */
export function deckOf(slides: Slide[]): Deck {
	return {
		slug: 'demo',
		title: 'Demo',
		description: 'A demo deck',
		theme: 'light',
		aspect: '16:9',
		minutes: 10,
		articles: ['demo'],
		file: 'articles/demo.md',
		slides,
	};
}

/** How often `pattern` occurs in `html`. */
export function count(html: string, pattern: RegExp | string): number {
	const re = typeof pattern === 'string' ? new RegExp(pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g') : new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`);
	return html.match(re)?.length ?? 0;
}

/** Every value of attribute `name` in `html`, in document order. */
export function attrValues(html: string, name: string): string[] {
	return [...html.matchAll(new RegExp(`\\s${name}="([^"]*)"`, 'g'))].map((m) => m[1] ?? '');
}

/** Inner HTML of the first `<tag …>…</tag>` in `html` (non-nested tags only). */
export function inner(html: string, tag: string): string {
	const m = new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}>`).exec(html);
	if (!m) throw new Error(`no <${tag}> in ${html.slice(0, 200)}`);
	return m[1] ?? '';
}
