import { slug as githubSlug } from 'github-slugger';
import type { Root } from 'mdast';
import { collectHeadings, footnoteNumbers, slugSourceText } from '../article/headings.ts';
import { TalkbookError } from '../errors.ts';

/**
 * Headings whose text leaves no id once slugged (only punctuation or emoji, `## 🦀` or `## ???`): the page
 * would render `id=""` (or `-1` for the next one) and no link, table of contents entry or slide link
 * could point at them. An error at the heading, asking for a word.
 */
export function headingErrors(tree: Root, file: string): TalkbookError[] {
	const footnotes = footnoteNumbers(tree);
	return collectHeadings(tree)
		.filter(({ node }) => githubSlug(slugSourceText(node, footnotes)) === '')
		.map(({ node, text }) => {
			const at = node.position?.start ?? { line: 1, column: 1 };
			return new TalkbookError(`heading "${text}" renders an empty id (only punctuation or emoji); give it a word so it can be linked`, file, at);
		});
}
