import type { ShikiTransformer } from 'shiki';
import type { LineStep } from '../deck/model.ts';
import type { DeckHighlighter } from './highlighter.ts';
import { DECK_CODE_THEMES, resolveLang } from './highlighter.ts';
import { escapeAttr, escapeHtml } from '../html/escape.ts';
import { transformerLineNumbers } from './transformer-line-numbers.ts';
import { transformerSteps } from './transformer-steps.ts';
import { transformerWrap } from './transformer-wrap.ts';
import { transformerTokenClasses } from '../shiki/transformer-token-classes.ts';

/** A code block to put on a slide. */
export interface CodeBlockInput {
	code: string;
	lang: string;
	/** Number of the first line in the original file (1 unless the snippet is part of a longer file). */
	firstLine?: number;
	/** Stepwise highlights, 1-based within `code`. */
	steps?: readonly LineStep[];
	/** File name shown above the code (from a fence's `title="…"`). */
	title?: string | null;
	/** More shiki transformers, run after the line numbers and steps (e.g. auto-animate line ids). */
	transformers?: readonly ShikiTransformer[];
	/** Extra classes on the wrapper; `code-wrap` wraps long lines instead of letting the client shrink the block. */
	className?: string;
	/**
	 * Characters a line holds before it wraps with a continuation mark (codeColumns of the deck's aspect);
	 * left out where CSS wraps the lines instead (`code-wrap`, the code slides).
	 */
	columns?: number;
}

/**
 * Highlights code for a slide: dual-theme shiki `<pre>` (each token's light colour and `--shiki-dark` set by
 * its class, src/lib/shiki/token-classes.ts), a line-number gutter, long lines wrapped with a `↪` continuation mark,
 * step fragments after it, all in a `.fit` wrapper (the client may shrink it, never below the floor).
 */
export function renderCodeBlock(highlighter: DeckHighlighter, input: CodeBlockInput): string {
	const firstLine = input.firstLine ?? 1;
	const lang = resolveLang(highlighter, input.lang);
	// A fence's trailing newline would otherwise become an empty, numbered last line.
	const code = input.code.replace(/\r\n?/g, '\n').replace(/\n+$/, '');
	const html = highlighter.codeToHtml(code, {
		lang,
		themes: DECK_CODE_THEMES,
		transformers: [
			transformerLineNumbers({ firstLine }),
			...(input.columns ? [transformerWrap({ columns: input.columns })] : []),
			transformerSteps({ steps: input.steps ?? [], firstLine }),
			...(input.transformers ?? []),
			transformerTokenClasses(),
		],
	});
	const caption = input.title ? `<div class="code-caption"><code>${escapeHtml(input.title)}</code></div>` : '';
	const classes = input.className ? `code-block ${input.className}` : 'fit code-block';
	return `<div class="${classes}" data-lang="${escapeAttr(input.lang || lang)}">${caption}${html}</div>`;
}
