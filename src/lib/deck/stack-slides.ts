import type { ArticleExtraction, CargoConfig, CrateDependency } from '../extract/types.ts';
import type { StackSlide } from './model.ts';
import { deckBuildContext, type DeckBuildContext } from './build-context.ts';
import { wordCount } from './notes-picker.ts';
import { quoted } from './notes.ts';
import { PAGE_LIMITS, slideIdFor } from './pages.ts';
import { contentWidth, pageRowsByHeight, rowHeights } from './table-layout.ts';
import { slideSource } from './source.ts';

/** `tokio 1.29 (full)` — how a crate is read out in the notes. */
function spoken(crate: CrateDependency): string {
	const features = crate.features.length > 0 ? ` (${crate.features.join(', ')})` : '';
	return `${crate.name} ${crate.version}${features}`;
}

/**
 * The crate | version | features table of a manifest (`stack-<n>`, n = the manifest's CargoConfig.index,
 * so `cargo-<n>` and `stack-<n>` show the same file), at most PAGE_LIMITS.crates per slide and fewer
 * when long feature lists make rows tall (estimated as for tables, so nothing shrinks below the floor).
 * A manifest without dependencies gets no stack slide. Notes: the crates read out, then the article's
 * sentences about them that no earlier slide used.
 */
export function stackSlides(extraction: ArticleExtraction, config: CargoConfig, ctx: DeckBuildContext = deckBuildContext()): StackSlide[] {
	if (config.kind !== 'manifest' || config.dependencies.length === 0) return [];
	// Cells as the stack table lays them out: feature chips take about three characters more each.
	const cells = [['Crate', 'Version', 'Features'], ...config.dependencies.map((d) => [`${d.name} ${d.table.replace(/dependencies$/, '')}${d.optional ? ' optional' : ''}`, d.workspace ? 'workspace' : d.version, d.features.map((f) => `${f}xxx`).join(' ')])];
	const pages = pageRowsByHeight(rowHeights(cells, contentWidth(ctx.aspect)), PAGE_LIMITS.crates).map(([a, b]) => config.dependencies.slice(a, b));
	const total = config.dependencies.length;
	const picker = ctx.notesFor(extraction);
	return pages.map((crates, i) => {
		const listed =
			i === 0
				? `${quoted(config.title)} declares ${total} dependenc${total === 1 ? 'y' : 'ies'}${pages.length > 1 ? ', starting with' : ''}: ${crates.map(spoken).join('; ')}.`
				: `More of ${quoted(config.title)}: ${crates.map(spoken).join('; ')}.`;
		const about = picker.pick({ terms: crates.flatMap((c) => [c.name, c.name, ...c.features]), sections: [config.source.sectionId], maxWords: 150 - wordCount(listed) });
		// With no sentence left about these crates, say what the table is for (first page only, so pages differ).
		if (about.length === 0 && i === 0) {
			about.push(`The table reads the manifest's dependency tables: each crate with the version it asks for and the features it turns on, so the room sees the whole stack at a glance.`);
		}
		return {
		kind: 'stack',
		id: slideIdFor('stack', config.index, i + 1),
		title: `The stack in ${config.title}`,
		crates: crates.map((crate) => ({ ...crate, features: [...crate.features] })),
		page: i + 1,
		pages: pages.length,
		notes: [listed, ...about],
		source: slideSource(extraction, config.source),
		};
	});
}
