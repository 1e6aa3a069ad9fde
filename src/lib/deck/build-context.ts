import type { ArticleExtraction } from '../extract/types.ts';
import { DEFAULT_ASPECT, type Aspect } from './aspect.ts';
import { createNotesPicker, type NotesPicker } from './notes-picker.ts';

/** What every slide builder of one deck shares: the frame it lays out for and the notes already handed out. */
export interface DeckBuildContext {
	/** The deck's frame; tables and code are split to fit it. */
	aspect: Aspect;
	/** The notes picker of an article (one per article per deck, so no sentence is used twice in a deck). */
	notesFor(extraction: Pick<ArticleExtraction, 'slug' | 'prose'>): NotesPicker;
}

/** A fresh build context for one deck. */
export function deckBuildContext(aspect: Aspect = DEFAULT_ASPECT): DeckBuildContext {
	const pickers = new Map<string, NotesPicker>();
	return {
		aspect,
		notesFor(extraction) {
			let picker = pickers.get(extraction.slug);
			if (!picker) pickers.set(extraction.slug, (picker = createNotesPicker(extraction)));
			return picker;
		},
	};
}
