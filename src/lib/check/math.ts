import type { Root } from 'mdast';
import { nodesOfType } from '../article/tree-index.ts';
import { pointAt, TalkbookError } from '../errors.ts';
import { MathError, renderTex } from '../math/render.ts';

/**
 * Math that cannot be published as written, as errors at `file:line:col`: TeX that KaTeX refuses (at the
 * place in the TeX where it stopped, with KaTeX's message), and `$…$` that reads as math but looks like two
 * dollar amounts (`costs $5 and $10`: the "math" starts or ends with a space), which would otherwise
 * publish `5 and` as a formula.
 */
export function mathErrors(tree: Root, source: string, file: string): TalkbookError[] {
	const errors: TalkbookError[] = [];
	for (const { node } of nodesOfType(tree, 'inlineMath', 'math')) {
		const start = node.position?.start.offset ?? 0;
		const at = source.indexOf(node.value, start);
		const valueStart = at < 0 ? start : at;
		if (node.type === 'inlineMath' && /^\s|\s$/.test(node.value)) {
			const shown = node.value.length > 30 ? `${node.value.slice(0, 30)}…` : node.value;
			errors.push(new TalkbookError(`"$${shown}$" reads as math between two dollar signs; for a dollar amount write \\$ (a backslash before each $), for math write $x$ with no space inside the dollars`, file, pointAt(source, start)));
			continue;
		}
		try {
			renderTex(node.value, node.type === 'math');
		} catch (error) {
			if (!(error instanceof MathError)) throw error;
			const offset = error.offset === null ? start : valueStart + Math.min(error.offset, node.value.length);
			errors.push(new TalkbookError(`invalid TeX: ${error.message} (KaTeX)`, file, pointAt(source, offset), { cause: error }));
		}
	}
	return errors;
}
