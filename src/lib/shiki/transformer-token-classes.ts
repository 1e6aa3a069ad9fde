import type { ShikiTransformer } from 'shiki';
import { classForStyle } from './token-classes.ts';

/** Replaces each token's inline colour style by its class (src/lib/shiki/token-classes.ts) where the pair is known. */
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
	};
}
