import type { ArticleExtraction, Takeaways } from '../extract/types.ts';
import type { TakeawaysSlide } from './model.ts';
import { notesOrFallback, quoted } from './notes.ts';
import { paginate, PAGE_LIMITS, slideIdFor } from './pages.ts';
import { slideSource } from './source.ts';

/**
 * The takeaways, at most PAGE_LIMITS.takeaways per slide (`takeaways`, `takeaways-2`, …). Numbered lists
 * keep counting across pages through `start`. The first page carries the prose notes; later pages say
 * which items they continue with.
 */
export function takeawaysSlides(extraction: ArticleExtraction, takeaways: Takeaways): TakeawaysSlide[] {
	const pages = paginate(takeaways.items, PAGE_LIMITS.takeaways);
	const total = takeaways.items.length;
	let offset = 0;
	return pages.map((items, i) => {
		const first = offset + 1;
		offset += items.length;
		const notes =
			i === 0
				? notesOrFallback(takeaways.notes, `${total} takeaway${total === 1 ? '' : 's'} from ${quoted(extraction.frontmatter.title)}.`)
				: [`${takeaways.heading}, continued: items ${first} to ${offset} of ${total}.`];
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
