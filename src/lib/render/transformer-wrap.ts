import type { Element, ElementContent, Text } from 'hast';
import type { ShikiTransformer } from 'shiki';
import { CONTINUATION_INDENT, wrapPoints } from '../deck/code-layout.ts';

/** Options for `transformerWrap`. */
export interface WrapOptions {
	/** Characters a slide line holds (codeColumns of the deck's aspect). */
	columns: number;
}

/** Plain text of a highlighted line. */
function lineText(line: Element): string {
	return line.children.map((child) => (child.type === 'text' ? child.value : child.type === 'element' ? lineText(child) : '')).join('');
}

/** The part `[from, to)` of a line's tokens, each token span cloned with its slice of text. */
function sliceTokens(children: readonly ElementContent[], from: number, to: number): ElementContent[] {
	const out: ElementContent[] = [];
	let at = 0;
	for (const child of children) {
		const text = child.type === 'text' ? child.value : child.type === 'element' ? lineText(child) : '';
		const start = at;
		at += text.length;
		if (at <= from || start >= to) continue;
		const piece = text.slice(Math.max(0, from - start), to - start);
		const node: Text = { type: 'text', value: piece };
		out.push(child.type === 'element' ? { ...child, children: [node] } : node);
	}
	return out;
}

/**
 * Wraps lines longer than `columns` instead of letting the slide shrink them: each continuation is a
 * line of its own (`.line.line-cont`, same `data-line`, so steps light it with its line), indented under
 * its line, and the gutter shows `↪` for it instead of a number (src/styles/deck/code.css).
 * Runs after the line-number transformer (it needs `data-line`).
 */
export function transformerWrap({ columns }: WrapOptions): ShikiTransformer {
	return {
		name: 'talkbook:deck-wrap',
		code(code) {
			const children: ElementContent[] = [];
			for (const child of code.children) {
				// shiki writes `class` as a plain string (`line`, or `line highlighted` after other transformers).
				if (child.type !== 'element' || !String(child.properties['class'] ?? '').split(' ').includes('line')) {
					children.push(child);
					continue;
				}
				const text = lineText(child);
				const points = wrapPoints(text, columns);
				if (points.length === 0) {
					children.push(child);
					continue;
				}
				const indent = ' '.repeat((/^[ \t]*/.exec(text)?.[0] ?? '').length + CONTINUATION_INDENT);
				const bounds = [0, ...points, text.length];
				for (let i = 0; i + 1 < bounds.length; i++) {
					const piece = sliceTokens(child.children, bounds[i] as number, bounds[i + 1] as number);
					if (i === 0) {
						children.push({ ...child, children: piece });
						continue;
					}
					// Leading spaces of a continuation are dropped: the indent shows where it belongs.
					const first = piece[0];
					if (first?.type === 'element' && first.children[0]?.type === 'text') {
						first.children[0] = { type: 'text', value: first.children[0].value.replace(/^ +/, '') };
					}
					children.push({ type: 'text', value: '\n' });
					children.push({
						type: 'element',
						tagName: 'span',
						properties: { ...child.properties, class: 'line line-cont' },
						children: [{ type: 'text', value: indent }, ...piece],
					});
				}
			}
			code.children = children;
		},
	};
}
