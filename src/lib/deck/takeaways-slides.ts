import type { ArticleExtraction, Takeaways } from '../extract/types.ts';
import type { TakeawaysSlide } from './model.ts';
import { notesOrFallback, quoted } from './notes.ts';
import { paginateRanges, PAGE_LIMITS, slideIdFor } from './pages.ts';
import { slideSource } from './source.ts';

/**
 * The takeaways, at most PAGE_LIMITS.takeaways per slide (`takeaways`, `takeaways-2`, …). Numbered lists
 * keep counting across pages through `start`. The first page carries the prose notes; later pages say
 * which items they continue with.
 */
export function takeawaysSlides(extraction: ArticleExtraction, takeaways: Takeaways): TakeawaysSlide[] {
	const pages = paginateRanges(takeaways.items, PAGE_LIMITS.takeaways);
	const total = takeaways.items.length;
	return pages.map(({ items, first, last }, i) => {
		const notes =
			i === 0
				? notesOrFallback(takeaways.notes, `${total} takeaway${total === 1 ? '' : 's'} from ${quoted(extraction.frontmatter.title)}.`)
				: [`${takeaways.heading}, continued: items ${first} to ${last} of ${total}.`];
		return {
			kind: 'takeaways',
			id: slideIdFor('takeaways', 1, i + 1),
			title: takeaways.heading,
			items,
			ordered: takeaways.ordered,
			start: takeaways.start + first - 1,
			page: i + 1,
			pages: pages.length,
			notes,
			source: slideSource(extraction, takeaways.source),
		};
	});
}
