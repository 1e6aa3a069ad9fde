import type { Element } from 'hast';
import type { ShikiTransformer } from 'shiki';
import type { LineStep } from '../deck/model.ts';

/** Options for `transformerSteps`. */
export interface StepsOptions {
	/** Steps over lines of the snippet, 1-based within the snippet. */
	steps: readonly LineStep[];
	/** Original file number of the snippet's first line, so `data-lines` matches the lines' `data-line`. */
	firstLine: number;
}

/** One empty fragment per step; the client lights its `data-lines` while that fragment is current. */
function stepMarker(lines: readonly number[], firstLine: number): Element {
	return {
		type: 'element',
		tagName: 'span',
		properties: {
			className: ['fragment', 'code-step'],
			dataLines: lines.map((n) => n + firstLine - 1).join(','),
			ariaHidden: 'true',
		},
		children: [],
	};
}

/**
 * Appends the stepwise-highlight fragments after the `<pre>` and marks the `<pre>` as stepped.
 * Throws when a step names a line the snippet does not have, so a bad spec fails the build.
 */
export function transformerSteps({ steps, firstLine }: StepsOptions): ShikiTransformer {
	return {
		name: 'talkbook:deck-steps',
		root(root) {
			if (steps.length === 0) return;
			const count = this.lines.length;
			steps.forEach((step, i) => {
				const bad = step.find((n) => !Number.isInteger(n) || n < 1 || n > count);
				if (bad !== undefined) {
					throw new Error(`step ${i + 1} highlights line ${bad}, but the code has ${count} line${count === 1 ? '' : 's'}`);
				}
			});
			const pre = root.children.find((node): node is Element => node.type === 'element' && node.tagName === 'pre');
			if (pre) this.addClassToHast(pre, 'has-steps');
			root.children.push(...steps.map((step) => stepMarker(step, firstLine)));
		},
	};
}
