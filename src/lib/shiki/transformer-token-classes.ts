import type { Element, ElementContent } from 'hast';
import type { ShikiTransformer } from 'shiki';
import { DEFAULT_TOKEN_CLASS, classForStyle } from './token-classes.ts';

/** The class of a span whose only property is one class, or `undefined`. */
function soleClass(node: ElementContent): string | undefined {
	if (node.type !== 'element' || node.tagName !== 'span') return undefined;
	const keys = Object.keys(node.properties);
	if (keys.length !== 1 || keys[0] !== 'class') return undefined;
	const value = node.properties['class'];
	const name = Array.isArray(value) ? value.join(' ') : String(value);
	return node.children.every((child) => child.type === 'text') ? name : undefined;
}

/** The text of a span whose children are all text. */
function textOf(node: Element): string {
	return node.children.map((child) => (child.type === 'text' ? child.value : '')).join('');
}

/**
 * A line's tokens written with as few spans as show the same colours: text in the code's own colour
 * (the themes' foreground pair) and whitespace need no span, and neighbours of one class become one
 * span. On a 1,000-article site that drops more than half of all token spans (2.2 MiB of HTML).
 */
export function compactTokens(children: readonly ElementContent[]): ElementContent[] {
	const out: ElementContent[] = [];
	const pushText = (value: string): void => {
		const last = out.at(-1);
		if (last?.type === 'text') out[out.length - 1] = { type: 'text', value: last.value + value };
		else out.push({ type: 'text', value });
	};
	for (const child of children) {
		const name = soleClass(child);
		if (name === undefined) {
			out.push(child);
			continue;
		}
		const text = textOf(child as Element);
		if (name === DEFAULT_TOKEN_CLASS || text.trim() === '') {
			pushText(text);
			continue;
		}
		// A same-class span before it, with only whitespace between, takes its text.
		const last = out.at(-1);
		const gap = last?.type === 'text' && last.value.trim() === '' ? last.value : '';
		const before = gap ? out.at(-2) : last;
		if (before && soleClass(before) === name) {
			if (gap) out.pop();
			out[out.length - 1] = { ...(before as Element), children: [{ type: 'text', value: textOf(before as Element) + gap + text }] };
			continue;
		}
		out.push(child);
	}
	return out;
}

/**
 * Replaces each token's inline colour style by its class (src/lib/shiki/token-classes.ts) where the pair
 * is known, then compacts each line's tokens (`compactTokens`). List it last: the line transformers
 * before it (wrapping, steps) work on shiki's own token spans.
 */
export function transformerTokenClasses(): ShikiTransformer {
	return {
		name: 'talkbook:token-classes',
		span(node) {
			const style = node.properties['style'];
			if (typeof style !== 'string') return;
			const name = classForStyle(style);
			if (!name) return;
			delete node.properties['style'];
			this.addClassToHast(node, name);
		},
		code(code) {
			for (const line of code.children) {
				if (line.type === 'element' && line.tagName === 'span') line.children = compactTokens(line.children);
			}
		},
	};
}
