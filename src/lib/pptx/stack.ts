import type { StackSlide } from '../deck/model.ts';
import type { CrateDependency } from '../extract/types.ts';
import { dependencyTableLabel } from '../render/stack.ts';
import type { PptxContext } from './context.ts';
import { headingBlock } from './heading.ts';
import { titledLayout, type Layout } from './layout.ts';
import type { Paragraph, TextRun } from './shapes.ts';
import { tableBlock } from './table-block.ts';
import { paragraph, run, sizePt, TYPE } from './typography.ts';

/** One crate's cells: name with its markers (`dev`, `optional`), version (or `workspace`), features. */
function crateCells(dep: CrateDependency, size: number, ctx: PptxContext): Paragraph[][] {
	const { palette } = ctx;
	const code = Math.round(size * TYPE.tableCode * 100) / 100;
	const mono = (text: string): TextRun => ({ text, font: 'mono', sizePt: code, color: palette.chipFg, highlight: palette.chipBg });
	const marker = (text: string): TextRun => run(text, code, palette.markerFg, { bold: true, highlight: palette.markerBg });
	const table = dependencyTableLabel(dep.table);
	const name: TextRun[] = [mono(dep.name)];
	if (table) name.push(run(' ', size, palette.fg), marker(table));
	if (dep.optional) name.push(run(' ', size, palette.fg), marker('optional'));
	const version = dep.workspace ? [marker('workspace')] : [mono(dep.version)];
	const features = dep.features.flatMap((f, i) => (i > 0 ? [run(' ', size, palette.fg), mono(f)] : [mono(f)]));
	const cell = (runs: TextRun[]) => [paragraph(runs.length > 0 ? runs : [run('', size, palette.fg)], size, TYPE.tableLine)];
	return [cell(name), cell(version), cell(features)];
}

/** The crate | version | features table of a manifest, or one page of it (src/lib/render/stack.ts). */
export function stackLayout(slide: StackSlide, ctx: PptxContext, scale: number): Layout {
	const size = sizePt(TYPE.table, scale);
	const title = headingBlock(slide.title, TYPE.h2, ctx, scale, slide);
	const head = (text: string) => [paragraph([run(text, size, ctx.palette.heading, { bold: true })], size, TYPE.tableLine)];
	const table = tableBlock(
		{
			name: 'Stack',
			header: [head('Crate'), head('Version'), head('Features')],
			rows: slide.crates.map((dep) => crateCells(dep, size, ctx)),
			align: [],
			sizePt: size,
			noWrap: [0],
		},
		ctx.frame.contentWidth,
		ctx,
	);
	return titledLayout(ctx.frame, title.block, title.gap, [{ block: table, gapBefore: 0 }]);
}
