import type { DiagramKind } from '../diagram/source.ts';
import type { ArticleFrontmatter } from '../schema/article.ts';

/** A position in a source file, 1-based like editors show it. */
export interface SourcePoint {
	line: number;
	column: number;
}

/** Where an extracted item lives in the article, so slides can link back to it. */
export interface SourceRef {
	/** Article slug (file name without extension), e.g. `why-rust-on-the-backend`. */
	article: string;
	/** Id of the section heading the item sits under (github-slugger, same as the site's heading anchors); `null` before the first heading. */
	sectionId: string | null;
	/** Text of that section heading; `null` before the first heading. */
	sectionTitle: string | null;
	/** Position of the item in the article file. */
	position: SourcePoint;
}

/** A heading of the article, in document order. */
export interface HeadingInfo {
	depth: number;
	/** Plain text of the heading. */
	text: string;
	/** Anchor id, identical to the one the site renders. */
	id: string;
}

/** Inline content rendered to safe HTML (text escaped, only phrasing elements such as code/strong/em/a). */
export type InlineHtml = string;

/** The takeaways of an article. */
export interface Takeaways {
	/** Where they came from: the frontmatter `takeaways:` list (wins) or a list under a Key Takeaways/Takeaways/TL;DR/Summary heading. */
	origin: 'frontmatter' | 'body';
	/** Heading text they sat under (`Key Takeaways`, `TL;DR`, …), or `Key Takeaways` for frontmatter ones. */
	heading: string;
	/** Each takeaway as inline HTML. */
	items: InlineHtml[];
	/** Whether the source list was numbered. */
	ordered: boolean;
	/** Number of the first item (a numbered list's `start`, e.g. `3.`); 1 for bullets and frontmatter. */
	start: number;
	/** Prose around the list (plain text paragraphs) for speaker notes. */
	notes: string[];
	source: SourceRef;
}

/** Column alignment of a GFM table. */
export type Align = 'left' | 'right' | 'center' | null;

/** A GFM table with its cells as inline HTML. */
export interface ComparisonTable {
	/** 1-based ordinal of the table in the article (document order). */
	index: number;
	align: Align[];
	header: InlineHtml[];
	rows: InlineHtml[][];
	notes: string[];
	source: SourceRef;
	/** Every sentence of the prose in the table's section, in order (charts take the ones stating their figures). */
	prose: string[];
	/** Whether the deck may add a chart of the table's numbers: `false` after a `<!-- talkbook: no-chart -->` comment or with `charts: false` in frontmatter. */
	chart: boolean;
}

/** One crate of a manifest's dependency tables. */
export interface CrateDependency {
	name: string;
	/** Version requirement, or `workspace` when inherited (`tokio.workspace = true`), or the git/path source when there is no version. */
	version: string;
	features: string[];
	/** Which table it came from: `dependencies`, `dev-dependencies`, `build-dependencies`, `workspace.dependencies`, or `target.<cfg>.dependencies` (also `target.<cfg>.dev-dependencies`/`build-dependencies`). */
	table: string;
	/** Inherited from the workspace (`workspace = true`). */
	workspace: boolean;
	optional: boolean;
}

/** A TOML code block recognised as a Cargo manifest or Cargo configuration. */
export interface CargoConfig {
	/** 1-based ordinal among the article's Cargo configs (document order). */
	index: number;
	kind: 'manifest' | 'config';
	/** The code fence title (`Cargo.toml`, `~/.cargo/config.toml`) or a default from the kind. */
	title: string;
	/** The TOML source exactly as in the article. */
	code: string;
	/** The code fence meta string, e.g. `title="Cargo.toml" {2-4}`. */
	meta: string | null;
	/** Top-level TOML tables in order with the 1-based line ranges they span in `code`. */
	sections: { name: string; startLine: number; endLine: number }[];
	/** Dependencies (manifests only). */
	dependencies: CrateDependency[];
	/** 1-based line numbers in `code` that declare a dependency. */
	dependencyLines: number[];
	notes: string[];
	source: SourceRef;
}

/** A top-level item of a code block (function, struct, `impl` block, …) and the 1-based lines it spans. */
export interface CodeItem {
	/** `fn`, `struct`, `enum`, `impl`, `trait`, `mod`, `use`, `const`, …, or `block`. */
	kind: string;
	/** The item's name when its first line gives one (`health`, `Event`). */
	name: string | null;
	startLine: number;
	endLine: number;
}

/** One half of a fence split into a before/after pair by comments (`// Anti-pattern: …` … `// Better`). */
export interface CodePairHalf {
	/** The comment's text as the half's label: `Anti-pattern: blocking in async context`, `Better`. */
	label: string;
	role: 'before' | 'after';
	/** 1-based lines of the fence this half shows (the label comment itself left out). */
	startLine: number;
	endLine: number;
	/** The article sentences about this half. */
	notes: string[];
}

/** A code block's part in a before/after pair. */
export type CodePair =
	/** Half of two consecutive fences titled as a pair; `partner` is the other fence's CodeBlock.index. */
	| { kind: 'fences'; role: 'before' | 'after'; label: string; partner: number }
	/** One fence holding both halves, split by comments. */
	| { kind: 'comments'; halves: [CodePairHalf, CodePairHalf] };

/** A code block of the article that is not a Cargo file (those are CargoConfig). */
export interface CodeBlock {
	/** 1-based ordinal among the article's non-Cargo code blocks (document order). */
	index: number;
	/** Fence language, lower case; `text` when the fence names none. */
	lang: string;
	/** The fence's `title="…"`, or `null`. */
	title: string | null;
	/** The code exactly as in the article. */
	code: string;
	/** Highlight steps from the fence's `{…}` spec, or `null` (the deck then steps over `items`). */
	steps: number[][] | null;
	/** Top-level items in order. */
	items: CodeItem[];
	/** Its part in a before/after pair, or `null`. */
	pair: CodePair | null;
	/** Article prose around the block (paragraphs before and after, related list items), in document order, one string per paragraph. */
	notes: string[];
	source: SourceRef;
}

/** A ```mermaid fence, read whole (every statement one the renderer draws) and drawn at build time. */
export interface DiagramBlock {
	/** 1-based ordinal among the article's diagrams (document order). */
	index: number;
	kind: DiagramKind;
	/** The source the renderer draws: the fence's without its `accTitle:`/`accDescr:` lines. */
	render: string;
	/** A flowchart's or state diagram's direction as written (`TD`, `LR`); `null` for other kinds. */
	direction: string | null;
	/** The slide's title: the author's `accTitle:`, else the section heading (or the article title before the first). */
	title: string;
	/** The accessible name: `accTitle:`, else `Flowchart: <section heading>`. */
	caption: string;
	/** The text alternative: the author's `accDescr:`, then what the diagram shows read statement by statement. */
	description: string;
	/** Article prose around the fence (paragraphs before and after), for speaker notes. */
	notes: string[];
	source: SourceRef;
}

/** A formula of the article: its TeX and whether it is a display equation (`$$…$$`) or inline (`$…$`). */
export interface Formula {
	tex: string;
	display: boolean;
}

/** A display equation (`$$…$$` on lines of its own), shown on a slide of its own. */
export interface EquationBlock {
	/** 1-based ordinal among the article's display equations (document order). */
	index: number;
	/** The TeX exactly as in the article. */
	tex: string;
	/** The section heading it sits under, or the article title before the first. */
	title: string;
	/** Article prose around it (paragraphs before and after), for speaker notes. */
	notes: string[];
	source: SourceRef;
}

/** Everything a deck is built from. */
export interface ArticleExtraction {
	slug: string;
	/** Path of the article file as given to the parser (used in error messages). */
	file: string;
	frontmatter: ArticleFrontmatter;
	headings: HeadingInfo[];
	takeaways: Takeaways | null;
	tables: ComparisonTable[];
	cargo: CargoConfig[];
	/** Every other code block. */
	code: CodeBlock[];
	/** Every ```mermaid diagram. */
	diagrams: DiagramBlock[];
	/** Every display equation (`$$…$$`). */
	equations: EquationBlock[];
	/** Every formula, inline or display: what the article page's math stylesheet is made for. */
	formulas: Formula[];
	/** Every sentence of the article's prose in document order, for notes chosen per slide (src/lib/deck/notes-picker.ts). */
	prose: ProseSentence[];
	/** Whole minutes to read the article (its body after the frontmatter, code included), at least 1. */
	readingMinutes: number;
}

/** One sentence of the article's own prose, where it sits, for speaker notes chosen per slide. */
export interface ProseSentence {
	text: string;
	/** Id of the nearest heading above it (the site's anchor), `null` before the first heading. */
	sectionId: string | null;
	/** Ordinal of the paragraph (or list item) it belongs to, in document order: sentences of one paragraph are read together. */
	paragraph: number;
	/** Whether it comes from a list item rather than a paragraph. */
	listItem: boolean;
}
