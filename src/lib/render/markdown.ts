import type { MarkdownSlide } from '../deck/model.ts';
import { parseFenceMeta } from '../extract/fence-meta.ts';
import { codeColumns } from '../deck/code-layout.ts';
import { renderCodeBlock } from './code.ts';
import type { RenderContext } from './context.ts';
import { renderFrame } from './frame.ts';
import { replaceCodeBlocks } from './markdown-code.ts';
import { withBase } from '../site/paths.ts';

const SLIDE_COMMENT = /<!--\s*\.slide:([\s\S]*?)-->/;

/**
 * The `<!-- .slide: … -->` comment the deck builder keeps at the top of a slide's HTML, split off as
 * section attributes: `class` and `data-*` pass (reveal reads e.g. `data-background-color`); `id` is
 * already the slide id and `data-kind` is the renderer's, so both are dropped.
 */
export function splitSlideComment(html: string): { html: string; attributes: Record<string, string> } {
	const match = SLIDE_COMMENT.exec(html);
	if (!match) return { html, attributes: {} };
	const attributes: Record<string, string> = {};
	for (const [, name, value] of (match[1] ?? '').matchAll(/([\w:-]+)\s*=\s*"([^"]*)"/g)) {
		const key = (name ?? '').toLowerCase();
		if ((key === 'class' || /^data-[a-z0-9-]+$/.test(key)) && key !== 'data-kind') attributes[key] = value ?? '';
	}
	return { html: html.replace(match[0], ''), attributes };
}

/** Site paths a talk's author wrote in a slide (links, images) get the site's base, as every generated link does. */
function rebaseUrls(html: string, ctx: RenderContext): string {
	if (!ctx.base || ctx.base === '/') return html;
	const base = ctx.base;
	return html.replace(/(<(?:a|img|source)\b[^>]*?\s(?:href|src)=")(\/[^"]*)"/gi, (_m, start: string, url: string) => `${start}${withBase(url, base)}"`);
}

/** A hand-written slide: its trusted HTML as is, with every code block highlighted and `{1|2-3}` steps applied. */
export function renderMarkdownSlide(slide: MarkdownSlide, ctx: RenderContext): string {
	const { html: body, attributes } = splitSlideComment(slide.html);
	const html = replaceCodeBlocks(body, slide.code ?? [], (block, ordinal) => {
		try {
			const meta = parseFenceMeta(block.meta);
			return renderCodeBlock(ctx.highlighter, {
				code: block.code,
				lang: block.lang,
				steps: meta.steps ?? [],
				title: meta.title,
				columns: codeColumns(ctx.aspect),
			});
		} catch (error) {
			const reason = error instanceof Error ? error.message : String(error);
			throw new Error(`code block ${ordinal}: ${reason}`, { cause: error });
		}
	});
	return renderFrame(slide, `<div class="markdown-body">${rebaseUrls(html, ctx)}</div>`, ctx, attributes);
}
