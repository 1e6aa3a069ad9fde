import type { ShikiTransformer } from 'shiki';

/** Options for `transformerLineNumbers`. */
export interface LineNumbersOptions {
	/** Number shown for the first line: where the snippet starts in the original file. */
	firstLine: number;
}

/**
 * Numbers every `<span class="line">` with `data-line` (original file numbering) for the CSS gutter
 * and the step highlighter, and sizes the gutter to the widest number via `--gutter-width`.
 */
export function transformerLineNumbers({ firstLine }: LineNumbersOptions): ShikiTransformer {
	return {
		name: 'talkbook:deck-line-numbers',
		pre(pre) {
			this.addClassToHast(pre, 'has-line-numbers');
			const lastLine = firstLine + this.lines.length - 1;
			const width = String(Math.max(lastLine, 1)).length;
			const style = typeof pre.properties['style'] === 'string' ? pre.properties['style'] : '';
			pre.properties['style'] = `${style}${style === '' || style.endsWith(';') ? '' : ';'}--gutter-width:${width}ch`;
		},
		line(line, index) {
			line.properties['dataLine'] = String(firstLine + index - 1);
		},
	};
}
