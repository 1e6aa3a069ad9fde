import type { ChartData } from '../chart/table-chart.ts';
import type { DiagramKind } from '../diagram/source.ts';
import type { Align, CrateDependency, InlineHtml } from '../extract/types.ts';
import type { Aspect } from './aspect.ts';

/** Link from a slide back to the part of the article it was made from. */
export interface SlideSource {
	/** Article slug. */
	article: string;
	/** Site path of the section, e.g. `/articles/why-rust-on-the-backend/#the-real-costs`. */
	href: string;
	/** Human label, e.g. the section heading. */
	label: string;
}

/** The fragment step (1-based) a notes paragraph belongs to, or `null` for the whole slide. */
export type NoteStep = number | null;

/** Fields every slide has. */
interface SlideBase {
	/** Unique within the deck; used as `<section id>` so reveal.js hash URLs name the slide (`#/takeaways`). */
	id: string;
	/** Speaker notes as plain-text paragraphs (escaped when rendered). */
	notes: string[];
	/**
	 * The fragment step each paragraph of `notes` belongs to, index for index: `n` for the paragraph to say
	 * while the slide's n-th fragment (1-based, in reveal.js order) is the last one shown, `null` for one
	 * about the slide as a whole. Absent when no paragraph is tied to a step. The speaker view, the phone
	 * remote and the handout mark the paragraph of the current step (see NoteStep).
	 */
	noteSteps?: NoteStep[];
	/** Where the slide came from; `null` for hand-written slides. */
	source: SlideSource | null;
}

/** Opening slide of a deck. */
export interface TitleSlide extends SlideBase {
	kind: 'title';
	title: string;
	description: string;
	/** ISO date (YYYY-MM-DD). */
	date: string;
	/** Site path of the article (or of the deck for composed talks). */
	href: string;
}

/** Up to about five takeaways, each shown as a fragment. */
export interface TakeawaysSlide extends SlideBase {
	kind: 'takeaways';
	title: string;
	items: InlineHtml[];
	ordered: boolean;
	/** Number of the first item in the whole list (for numbered lists that continue). */
	start: number;
	/** 1-based page and total when a long list continues on further slides. */
	page: number;
	pages: number;
}

/** A comparison table, or one page of a long one (header repeated). */
export interface TableSlide extends SlideBase {
	kind: 'table';
	title: string;
	/**
	 * How the table was laid out (src/lib/deck/table-slides.ts): `rows`, the table or a page of its rows;
	 * `columns`, a group of its columns with the first column repeated; `record`, one row of a wide
	 * table turned into column name | value, headed by the row's first cell.
	 */
	shape: 'rows' | 'columns' | 'record';
	align: Align[];
	header: InlineHtml[];
	rows: InlineHtml[][];
	page: number;
	pages: number;
}

/** One highlighting step: the 1-based lines lit together. */
export type LineStep = number[];

/** A Cargo config (or one top-level section of a long one), highlighted by shiki. */
export interface CargoSlide extends SlideBase {
	kind: 'cargo';
	/** File name, e.g. `Cargo.toml`. */
	title: string;
	/** Section names shown on this slide, e.g. `[dependencies]`; empty when the whole file fits. */
	sections: string[];
	lang: string;
	code: string;
	/** First line number of `code` in the original file (for split slides). */
	firstLine: number;
	/** Stepwise highlights, as fragments, over lines of `code` (1-based within `code`). */
	steps: LineStep[];
}

/** A code block of the article (or a run of its top-level items when long), highlighted by shiki. */
export interface CodeSlide extends SlideBase {
	kind: 'code';
	/** The fence title, or else the section heading (or the article title before the first heading). */
	title: string;
	/** Before/after label (`Anti-pattern: blocking in async context`, `Better`); `null` outside pairs. */
	label: string | null;
	lang: string;
	code: string;
	/** Number shown for the first line of `code`. */
	firstLine: number;
	/** Stepwise highlights over lines of `code` (1-based within `code`): the fence's `{…}` or one step per top-level item. */
	steps: LineStep[];
	page: number;
	pages: number;
	/** On both slides of a before/after pair: reveal.js auto-animates from one to the other (`data-auto-animate`). */
	pair: { id: string; role: 'before' | 'after' } | null;
}

/** A bar chart of a numeric comparison table (one page of a long one), drawn as inline SVG at build time. */
export interface ChartSlide extends SlideBase {
	kind: 'chart';
	title: string;
	/** What the chart shows, its accessible name: `Reconciliation worker: Go and Rust, in GB`. */
	caption: string;
	/** The chart, with only this page's rows (the scale, `max`, is shared by every page). */
	chart: ChartData;
	page: number;
	pages: number;
}

/**
 * A ```mermaid diagram of the article (or one part of a sequence diagram too long for one slide), drawn at
 * build time as inline SVG (src/lib/diagram/): every text at 24 px or more in the frame.
 */
export interface DiagramSlide extends SlideBase {
	kind: 'diagram';
	/** The author's `accTitle:`, else the section heading. */
	title: string;
	/** Which Mermaid diagram: `flowchart`, `sequence`, `state`, `class` or `er`. */
	diagram: DiagramKind;
	/** Accessible name (the SVG's `<title>`): `accTitle:`, else `Flowchart: <section heading>`. */
	caption: string;
	/** Text alternative (the SVG's `<desc>`), read from the source statement by statement. */
	description: string;
	/**
	 * The drawing: an `<svg class="diagram">` with its `<title>` and `<desc>`, shown at `width`×`height` frame
	 * pixels, colours from CSS variables (`--diagram-*`, styles/diagram.css) so both deck themes restyle it,
	 * text in the deck's font (`var(--deck-font)`); its ids are prefixed with the slide id. The PowerPoint
	 * export puts the slide in as a picture of its HTML slide (src/lib/pptx/plan.ts).
	 */
	svg: string;
	/** Shown size in frame pixels (the drawing is scaled so its smallest text is at least 24 px). */
	width: number;
	height: number;
	/** The Mermaid source this slide draws (for a split sequence diagram, its part), as the renderer got it. */
	mermaid: string;
	/** The direction it is drawn in when turned to fit the slide (`LR` for a `graph TD`), else `null`. */
	reflowed: string | null;
	page: number;
	pages: number;
}

/** A display equation of the article (`$$…$$`), rendered at build time by KaTeX. */
export interface MathSlide extends SlideBase {
	kind: 'math';
	/** The section heading the equation sits under. */
	title: string;
	/** The TeX exactly as the article writes it. */
	tex: string;
	/**
	 * KaTeX's rendering, display mode: its HTML (`aria-hidden`) and MathML for screen readers. The deck page
	 * carries the stylesheet and the KaTeX faces it draws with, cut to its characters (src/lib/math/style.ts),
	 * and holds every math text, sub- and superscripts too, at 24 px or more in the frame.
	 */
	html: string;
}

/** The generated crate | version | features table for a manifest. */
export interface StackSlide extends SlideBase {
	kind: 'stack';
	title: string;
	crates: CrateDependency[];
	page: number;
	pages: number;
}

/** A section divider or an outline of the article's sections. */
export interface SectionSlide extends SlideBase {
	kind: 'section';
	title: string;
	/** Outline entries (section headings) when the slide is an outline. */
	outline: { text: string; href: string }[];
}

/** Last slide: where to read more. */
export interface ClosingSlide extends SlideBase {
	kind: 'closing';
	title: string;
	links: { text: string; href: string }[];
	/** Parts announced but not written yet (e.g. the series' next part), shown as plain text without a link. */
	upcoming?: string[];
}

/** A fenced code block of a Markdown slide, kept as source so the deck renderer can highlight it. */
export interface MarkdownCodeBlock {
	lang: string;
	code: string;
	/** The fence meta string, e.g. `title="main.rs" {1|2-3|4}` (the `{…}` steps become fragments). */
	meta: string | null;
}

/** A hand-written slide from a composed talk, its body rendered from Markdown to HTML at build time. */
export interface MarkdownSlide extends SlideBase {
	kind: 'markdown';
	/** Trusted HTML rendered from the deck's Markdown (text escaped by the renderer). */
	html: string;
	/** Code blocks of the slide; `html` holds `<pre data-code-index="i"></pre>` where block `i` goes. */
	code?: MarkdownCodeBlock[];
}

/** Any slide. */
export type Slide =
	| TitleSlide
	| TakeawaysSlide
	| TableSlide
	| CargoSlide
	| CodeSlide
	| ChartSlide
	| DiagramSlide
	| MathSlide
	| StackSlide
	| SectionSlide
	| ClosingSlide
	| MarkdownSlide;

/** A reveal.js talk: an article's generated deck or a composed one. */
export interface Deck {
	/** URL slug: `/decks/<slug>/`. */
	slug: string;
	title: string;
	description: string;
	theme: 'light' | 'dark';
	/** Frame shape: `16:9` (1280×720) or `4:3` (960×720); the talk's `aspect:` or DEFAULT_ASPECT. */
	aspect: Aspect;
	/** Estimated or stated length in minutes. */
	minutes: number;
	/** Articles the deck draws on (slugs). */
	articles: string[];
	/** File the deck comes from (article or `decks/*.md`). */
	file: string;
	slides: Slide[];
}
