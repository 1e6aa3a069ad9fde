import type { ArticleExtraction, CargoConfig, CodeBlock, ComparisonTable, DiagramBlock, EquationBlock } from '../extract/types.ts';
import type { ArticlePart } from '../schema/deck.ts';
import { cargoSlides } from './cargo-slides.ts';
import { chartSlides } from './chart-slides.ts';
import { codeSlides, codeTitle } from './code-slides.ts';
import { diagramLayout, diagramSlides } from './diagram-slides.ts';
import { mathSlides } from './math-slides.ts';
import { closingSlide, outlineSlide, titleSlide } from './frame-slides.ts';
import type { FrameOptions } from './frame-slides.ts';
import type { Slide } from './model.ts';
import { deckBuildContext, type DeckBuildContext } from './build-context.ts';
import { stackSlides } from './stack-slides.ts';
import { tableSlides } from './table-slides.ts';
import { takeawaysSlides } from './takeaways-slides.ts';

/** Why a part could not be taken, phrased to follow `article "<slug>" `; `field` is the part field to point the error at. */
export class PartSelectionError extends Error {
	/** The part field the problem is in. */
	readonly field: 'article' | 'part' | 'select';
	constructor(message: string, field: 'article' | 'part' | 'select') {
		super(message);
		this.name = 'PartSelectionError';
		this.field = field;
	}
}

/** A `select:` that is an ordinal: a number, or a string of digits. */
function ordinalOf(select: string | number): number | null {
	if (typeof select === 'number') return select;
	return /^\d+$/.test(select) ? Number(select) : null;
}

/** Exactly one match, or an error naming what there is. */
function single<T>(matches: readonly T[], what: string, available: string): T {
	if (matches.length === 1) return matches[0] as T;
	const problem = matches.length === 0 ? `has no ${what}` : `has ${matches.length} of ${what}; select one by ordinal`;
	throw new PartSelectionError(`${problem} (it has: ${available || 'none'})`, 'select');
}

/** The table a `select:` names: by ordinal, or by the id of the section it sits in. */
export function selectTable(tables: readonly ComparisonTable[], select: string | number): ComparisonTable {
	const ordinal = ordinalOf(select);
	const available = tables.map((table) => `${table.index} (#${table.source.sectionId ?? ''})`).join(', ');
	const matches = tables.filter((table) => (ordinal !== null ? table.index === ordinal : table.source.sectionId === select));
	return single(matches, ordinal !== null ? `table ${ordinal}` : `a table in section "${select}"`, available);
}

/** The Cargo file a `select:` names: by ordinal, exact title, or file name (`Cargo.toml` matches `api/Cargo.toml`). */
export function selectCargo(configs: readonly CargoConfig[], select: string | number): CargoConfig {
	const ordinal = ordinalOf(select);
	const available = configs.map((config) => `${config.index} (${config.title})`).join(', ');
	if (ordinal !== null) return single(configs.filter((c) => c.index === ordinal), `Cargo file ${ordinal}`, available);
	const exact = configs.filter((config) => config.title === select);
	const byName = configs.filter((config) => config.title.split('/').pop() === String(select).split('/').pop());
	return single(exact.length > 0 ? exact : byName, `Cargo file "${select}"`, available);
}

/**
 * The code block a `select:` names: by ordinal, by its fence title, by its slide title (the section
 * heading) or by its section id. Either half of a titled before/after pair brings the other along, so
 * the pair still animates.
 */
export function selectCode(extraction: ArticleExtraction, select: string | number): CodeBlock[] {
	const blocks = extraction.code;
	const ordinal = ordinalOf(select);
	const named = (block: CodeBlock): string => (block.title && block.source.sectionTitle ? `${block.title} in ${block.source.sectionTitle}` : codeTitle(extraction, block));
	const available = blocks.map((block) => `${block.index} (${named(block)})`).join(', ');
	const matches =
		ordinal !== null
			? blocks.filter((block) => block.index === ordinal)
			: [
					blocks.filter((block) => block.title === select),
					blocks.filter((block) => codeTitle(extraction, block) === select || block.source.sectionTitle === select),
					blocks.filter((block) => block.source.sectionId === select),
				].find((found) => found.length > 0) ?? [];
	const partners = new Set(matches.flatMap((block) => (block.pair?.kind === 'fences' ? [block.pair.partner] : [])));
	const withPartners = blocks.filter((block) => matches.includes(block) || partners.has(block.index));
	// One block, or one titled pair: anything else is ambiguous.
	const pairOnly = withPartners.length === 2 && withPartners.every((block) => block.pair?.kind === 'fences');
	if (withPartners.length === 1 || pairOnly) return withPartners;
	return [single(matches, ordinal !== null ? `code block ${ordinal}` : `code block "${select}"`, available)];
}

/** The diagram a `select:` names: by ordinal, its title (`accTitle:` or section heading) or its section id. */
export function selectDiagram(diagrams: readonly DiagramBlock[], select: string | number): DiagramBlock {
	const ordinal = ordinalOf(select);
	const available = diagrams.map((d) => `${d.index} (${d.title})`).join(', ');
	const matches = ordinal !== null ? diagrams.filter((d) => d.index === ordinal) : diagrams.filter((d) => d.title === select || d.source.sectionId === select);
	return single(matches, ordinal !== null ? `diagram ${ordinal}` : `diagram "${select}"`, available);
}

/** The display equation a `select:` names: by ordinal or by the id of the section it sits in. */
export function selectEquation(equations: readonly EquationBlock[], select: string | number): EquationBlock {
	const ordinal = ordinalOf(select);
	const available = equations.map((e) => `${e.index} (#${e.source.sectionId ?? ''})`).join(', ');
	const matches = equations.filter((e) => (ordinal !== null ? e.index === ordinal : e.source.sectionId === select));
	return single(matches, ordinal !== null ? `equation ${ordinal}` : `an equation in section "${select}"`, available);
}

/** Fails when a part has nothing to show. */
function nonEmpty(slides: Slide[], what: string): Slide[] {
	if (slides.length === 0) throw new PartSelectionError(`has no ${what}`, 'part');
	return slides;
}

/**
 * The generated slides an article part names. Without `select:`, `table`, `chart`, `code`, `cargo` and `stack` take all
 * items of their kind; with it, exactly one. A part that matches nothing is an error.
 */
export function slidesForPart(extraction: ArticleExtraction, part: ArticlePart, options: FrameOptions = {}, ctx: DeckBuildContext = deckBuildContext(options.aspect)): Slide[] {
	const { select } = part;
	const manifests = extraction.cargo.filter((config) => config.kind === 'manifest' && config.dependencies.length > 0);
	switch (part.part) {
		case 'title':
			return [titleSlide(extraction, ctx)];
		case 'outline':
			return [outlineSlide(extraction, ctx)];
		case 'closing':
			return [closingSlide(extraction, options, ctx)];
		case 'takeaways':
			return nonEmpty(extraction.takeaways ? takeawaysSlides(extraction, extraction.takeaways, ctx) : [], 'takeaways');
		case 'tables':
		case 'table': {
			const tables = select === undefined ? extraction.tables : [selectTable(extraction.tables, select)];
			return nonEmpty(tables.flatMap((table) => tableSlides(extraction, table, ctx)), 'tables');
		}
		case 'chart': {
			const tables = select === undefined ? extraction.tables : [selectTable(extraction.tables, select)];
			return nonEmpty(tables.flatMap((table) => chartSlides(extraction, table, ctx)), 'chart (no numeric table)');
		}
		case 'code': {
			const blocks = select === undefined ? extraction.code : selectCode(extraction, select);
			return nonEmpty(blocks.flatMap((block) => codeSlides(extraction, block, ctx)), 'code blocks besides Cargo files');
		}
		case 'diagram': {
			const diagrams = select === undefined ? extraction.diagrams : [selectDiagram(extraction.diagrams, select)];
			const tooLarge = diagrams.find((d) => diagramLayout(d, ctx.aspect) === null);
			// Asked for by name, a diagram that cannot be drawn at the 24 px floor in this frame is an error, not a gap.
			if (select !== undefined && tooLarge) throw new PartSelectionError(`has diagram ${tooLarge.index} (${tooLarge.title}), too large for a ${ctx.aspect} slide at 24 px: split it into smaller diagrams`, 'select');
			return nonEmpty(diagrams.flatMap((d) => diagramSlides(extraction, d, ctx)), 'diagram that fits a slide');
		}
		case 'math': {
			const equations = select === undefined ? extraction.equations : [selectEquation(extraction.equations, select)];
			return nonEmpty(equations.flatMap((e) => mathSlides(extraction, e, ctx)), 'display equation ($$…$$)');
		}
		case 'cargo': {
			const configs = select === undefined ? extraction.cargo : [selectCargo(extraction.cargo, select)];
			return nonEmpty(configs.flatMap((config) => cargoSlides(extraction, config, ctx)), 'Cargo files');
		}
		case 'stack': {
			const configs = select === undefined ? manifests : [selectCargo(manifests, select)];
			return nonEmpty(configs.flatMap((config) => stackSlides(extraction, config, ctx)), 'manifest with dependencies');
		}
	}
}
