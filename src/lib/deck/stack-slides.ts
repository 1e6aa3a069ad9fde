import type { ArticleExtraction, CargoConfig, CrateDependency } from '../extract/types.ts';
import type { StackSlide } from './model.ts';
import { deckBuildContext, type DeckBuildContext } from './build-context.ts';
import { wordCount } from './notes-picker.ts';
import { quoted } from './notes.ts';
import { paginate, PAGE_LIMITS, slideIdFor } from './pages.ts';
import { slideSource } from './source.ts';

/** `tokio 1.29 (full)` — how a crate is read out in the notes. */
function spoken(crate: CrateDependency): string {
	const features = crate.features.length > 0 ? ` (${crate.features.join(', ')})` : '';
	return `${crate.name} ${crate.version}${features}`;
}

/**
 * The crate | version | features table of a manifest (`stack-<n>`, n = the manifest's CargoConfig.index,
 * so `cargo-<n>` and `stack-<n>` show the same file), at most PAGE_LIMITS.crates per slide.
 * A manifest without dependencies gets no stack slide. Notes: the crates read out, then the article's
 * sentences about them that no earlier slide used.
 */
export function stackSlides(extraction: ArticleExtraction, config: CargoConfig, ctx: DeckBuildContext = deckBuildContext()): StackSlide[] {
	if (config.kind !== 'manifest' || config.dependencies.length === 0) return [];
	const pages = paginate(config.dependencies, PAGE_LIMITS.crates);
	const total = config.dependencies.length;
	const picker = ctx.notesFor(extraction);
	return pages.map((crates, i) => {
		const listed =
			i === 0
				? `${quoted(config.title)} declares ${total} dependenc${total === 1 ? 'y' : 'ies'}${pages.length > 1 ? ', starting with' : ''}: ${crates.map(spoken).join('; ')}.`
				: `More of ${quoted(config.title)}: ${crates.map(spoken).join('; ')}.`;
		const about = picker.pick({ terms: crates.flatMap((c) => [c.name, c.name, ...c.features]), sections: [config.source.sectionId], maxWords: 150 - wordCount(listed) });
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
