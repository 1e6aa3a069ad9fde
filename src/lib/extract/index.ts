import type { Root } from 'mdast';
import { collectHeadings, toHeadingInfo } from '../article/headings.ts';
import { frontmatterNode, parseArticle } from '../article/parse.ts';
import { readingMinutes } from '../site/reading-time.ts';
import { extractCargo } from './cargo.ts';
import { extractCodeBlocks } from './code-blocks.ts';
import { extractDiagrams } from './diagrams.ts';
import { extractEquations, extractFormulas } from './math.ts';
import { startOffset } from './context.ts';
import { proseSentences } from './notes.ts';
import type { ArticleContext } from './context.ts';
import { extractTables } from './tables.ts';
import { extractTakeaways } from './takeaways.ts';
import type { ArticleExtraction } from './types.ts';

/** Heading predicate shared with the site (which section holds the takeaways). */
export { isTakeawaysHeading } from './takeaways-heading.ts';
/** Code fence meta: `title="…"` and `{1|2-3|4}` steps. */
export { parseFenceMeta, parseStepSpec, StepSpecError } from './fence-meta.ts';
/** What a fence meta holds. */
export type { FenceMeta } from './fence-meta.ts';
/** Recognising Cargo manifests and configs. */
export { cargoKindFromKeys, cargoKindFromTitle, isCargoConfig, isCargoManifest } from './cargo-kind.ts';
/** The two kinds of Cargo file. */
export type { CargoKind } from './cargo-kind.ts';
/** Sentences of the article's prose, for speaker notes. */
export { proseSentences, splitSentences } from './notes.ts';
/** One sentence of prose and where it sits. */
/** The extraction contract. */
export type * from './types.ts';

/**
 * Parses an article file and extracts everything decks are built from: headings (with the site's ids),
 * takeaways, tables and Cargo configs (from `parsed` when the caller already has the tree). Throws
 * TalkbookError on bad frontmatter, MDX or TOML.
 */
export function extractArticle(source: string, file: string, parsed?: Root): ArticleExtraction {
	const { frontmatter, tree, slug, locate } = parseArticle(source, file, parsed);
	const headings = collectHeadings(tree);
	const ctx: ArticleContext = { slug, file, tree, frontmatter, headings, locate };
	return {
		slug,
		file,
		frontmatter,
		headings: toHeadingInfo(headings),
		takeaways: extractTakeaways(ctx),
		tables: extractTables(ctx),
		cargo: extractCargo(ctx),
		code: extractCodeBlocks(ctx),
		diagrams: extractDiagrams(ctx),
		equations: extractEquations(ctx),
		formulas: extractFormulas(ctx),
		prose: proseSentences(tree, new Map(headings.map((heading) => [startOffset(heading.node), heading.id]))),
		// Counted once here, not by every page that lists the article (Astro keeps no body: retainBody false).
		readingMinutes: readingMinutes(source.slice(frontmatterNode(tree)?.position?.end.offset ?? 0)),
	};
}
