import type { ArticleExtraction, Takeaways } from '../extract/types.ts';
import { htmlText } from '../html/escape.ts';
import { deckBuildContext, type DeckBuildContext } from './build-context.ts';
import type { TakeawaysSlide } from './model.ts';
import { NOTES_WORDS, sectionFor } from './notes-picker.ts';
import { quoted } from './notes.ts';
import { untied, withNoteSteps, type SteppedNote } from './note-steps.ts';
import { paginateRanges, PAGE_LIMITS, slideIdFor } from './pages.ts';
import { slideSource } from './source.ts';

/**
 * The takeaways, at most PAGE_LIMITS.takeaways per slide (`takeaways`, `takeaways-2`, …). Numbered lists
 * keep counting across pages through `start`. Each page's notes are, for each of its takeaways in turn,
 * the sentences that support it from the section where its key terms are discussed (never the takeaways'
 * own section), within a share of the word budget, each tied to its takeaway's fragment step.
 */
export function takeawaysSlides(extraction: ArticleExtraction, takeaways: Takeaways, ctx: DeckBuildContext = deckBuildContext()): TakeawaysSlide[] {
	const pages = paginateRanges(takeaways.items, PAGE_LIMITS.takeaways);
	const picker = ctx.notesFor(extraction);
	const own = takeaways.origin === 'body' ? [takeaways.source.sectionId] : [];
	return pages.map(({ items, first }, i) => {
		// One supporting sentence a takeaway (two when it is a short lead-in), from the section where its
		// terms are discussed; it may be one a table or config slide of that section also reads.
		const share = Math.max(30, Math.floor(NOTES_WORDS.max / items.length));
		// Each takeaway's sentences are tied to its fragment: the speaker reads them as it appears.
		const notes: SteppedNote[] = items.flatMap((item, k) => {
			const terms = [htmlText(item)];
			const section = sectionFor(extraction, terms, own);
			const picked = picker.pick({ terms, sections: section === undefined ? undefined : [section], excludeSections: own, maxWords: share, maxSentences: 1, minShare: 0.2, reuse: true });
			return picked.map((text) => ({ text, step: k + 1 }));
		});
		// Nothing elsewhere supports them: the prose around the list itself, then what the slide shows.
		if (notes.length === 0 && own.length > 0) notes.push(...untied(picker.pick({ terms: items.map(htmlText), sections: own, fill: true, paragraphsOnly: true })));
		const fallback = `${takeaways.heading} from ${quoted(extraction.frontmatter.title)}, one at a time: ${items.map(htmlText).join('; ')}.`;
		return {
			kind: 'takeaways',
			id: slideIdFor('takeaways', 1, i + 1),
			title: takeaways.heading,
			items,
			ordered: takeaways.ordered,
			start: takeaways.start + first - 1,
			page: i + 1,
			pages: pages.length,
			...withNoteSteps(notes.length > 0 ? notes : untied([fallback])),
			source: slideSource(extraction, takeaways.source),
		};
	});
}
