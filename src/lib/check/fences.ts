import type { Root } from 'mdast';
import { nodesOfType } from '../article/tree-index.ts';
import type { ContentWarning } from './types.ts';
import { warningAt } from './types.ts';

/** The fence opening a code block: three or more backticks or tildes, up to three spaces in. */
const FENCE_OPENING = /^[ \t]*(`{3,}|~{3,})/;

/**
 * Fenced code blocks that name no language (` ``` ` alone): the site cannot highlight them and the
 * README asks every fence to name one. A warning, not an error: the page still renders. Indented code
 * blocks cannot name a language, so they are not reported.
 */
export function fenceWarnings(tree: Root, source: string, file: string): ContentWarning[] {
	const warnings: ContentWarning[] = [];
	for (const { node } of nodesOfType(tree, 'code')) {
		if (node.lang) continue;
		const start = node.position?.start;
		if (!start || start.offset === undefined) continue;
		const lineEnd = source.indexOf('\n', start.offset);
		const opening = source.slice(start.offset, lineEnd < 0 ? undefined : lineEnd);
		const fence = FENCE_OPENING.exec(opening)?.[1];
		if (!fence) continue;
		const example = fence[0] === '~' ? '~~~' : '```';
		warnings.push(warningAt(`code fence has no language; name one, e.g. ${example}rust, ${example}toml or ${example}text`, file, start));
	}
	return warnings;
}
