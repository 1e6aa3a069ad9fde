import type { MarkdownSlide } from '../deck/model.ts';
import { renderCodeBlock } from './code.ts';
import type { RenderContext } from './context.ts';
import { renderFrame } from './frame.ts';
import { replaceCodeBlocks, titleFromMeta } from './markdown-code.ts';
import { stepsFromMeta } from './step-spec.ts';

/** A hand-written slide: its trusted HTML as is, with every code block highlighted and `{1|2-3}` steps applied. */
export function renderMarkdownSlide(slide: MarkdownSlide, ctx: RenderContext): string {
	const html = replaceCodeBlocks(slide.html, slide.code ?? [], (block, ordinal) => {
		try {
			return renderCodeBlock(ctx.highlighter, {
				code: block.code,
				lang: block.lang,
				steps: stepsFromMeta(block.meta),
				title: titleFromMeta(block.meta),
			});
		} catch (error) {
			const reason = error instanceof Error ? error.message : String(error);
			throw new Error(`code block ${ordinal}: ${reason}`, { cause: error });
		}
	});
	return renderFrame(slide, `<div class="markdown-body">${html}</div>`, ctx);
}
