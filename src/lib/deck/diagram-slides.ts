import { diagramSvg } from '../diagram/markup.ts';
import type { DiagramReading } from '../diagram/read.ts';
import { diagramHeightFor, diagramSlideLayout, floorSize } from '../diagram/slide-layout.ts';
import type { DiagramSlideLayout } from '../diagram/slide-layout.ts';
import { DIRECTION_WORDS, KIND_NAMES } from '../diagram/source.ts';
import type { ArticleExtraction, DiagramBlock } from '../extract/types.ts';
import type { Aspect } from './aspect.ts';
import { deckBuildContext, type DeckBuildContext } from './build-context.ts';
import type { DiagramSlide } from './model.ts';
import { NOTES_WORDS, wordCount } from './notes-picker.ts';
import { slideIdFor } from './pages.ts';
import { slideSource } from './source.ts';
import { contentWidth } from './table-layout.ts';

/** The reading a slide layout needs, from what the extraction kept of a diagram. */
function readingOf(block: DiagramBlock): DiagramReading {
	return { kind: block.kind, accTitle: null, accDescr: null, description: block.description, render: block.render, direction: block.direction };
}

/** How a diagram goes on slides of `aspect` (every text at 24 px or more), or `null` when it does not fit one. */
export function diagramLayout(block: DiagramBlock, aspect: Aspect): DiagramSlideLayout | null {
	return diagramSlideLayout(readingOf(block), contentWidth(aspect), diagramHeightFor(block.title, contentWidth(aspect)));
}

/**
 * Why a diagram gets no slide in `aspect`'s frame, or `null` when it gets one: the content check warns with
 * it at the diagram's fence (src/lib/check/check-content.ts).
 */
export function diagramFitProblem(block: DiagramBlock, aspect: Aspect): string | null {
	if (diagramLayout(block, aspect)) return null;
	const size = floorSize(readingOf(block));
	const turn = block.direction ? ', even turned,' : '';
	const split = block.kind === 'sequence' ? ' or split between its messages' : '';
	return `diagram too large for a slide at 24 px: with its smallest text at 24 px it is ${size.width}×${size.height} px, and${turn}${split} it does not fit the ${contentWidth(aspect)}×${diagramHeightFor(block.title, contentWidth(aspect))} px a ${aspect} slide has for it under its heading; it stays on the article page without a slide (split it into smaller diagrams to present it)`;
}

/**
 * The slides of one diagram (`diagram-<n>`, a split sequence diagram's further parts `diagram-<n>-2`, …):
 * the drawing scaled so its smallest text is at least 24 px in the frame, turned or split when that is what
 * fits (diagram/slide-layout.ts); none when nothing fits (the content check warns at the fence). Notes: the
 * prose around the fence first, topped up with the section's sentences about its labels, then, when the
 * article says little, what the diagram shows in words.
 */
export function diagramSlides(extraction: ArticleExtraction, block: DiagramBlock, ctx: DeckBuildContext = deckBuildContext()): DiagramSlide[] {
	const layout = diagramLayout(block, ctx.aspect);
	if (!layout) return [];
	const picker = ctx.notesFor(extraction);
	const terms = block.description.match(/[\p{L}\p{N}_]{3,}/gu) ?? [];
	const picked = picker.pick({ terms, prefer: block.notes, sections: [block.source.sectionId], fill: true, maxWords: NOTES_WORDS.max - 40, maxSentences: 4 });
	const written = block.direction ? (DIRECTION_WORDS[block.direction] ?? '') : '';
	const turned = layout.reflowed ? `On the slide the ${KIND_NAMES[block.kind].toLowerCase()} runs ${DIRECTION_WORDS[layout.reflowed]} to fit the frame; the article draws it ${written}.` : null;
	const pages = layout.pages.length;
	return layout.pages.map((page, i) => {
		const id = slideIdFor('diagram', block.index, i + 1);
		const part = pages > 1 ? `Part ${i + 1} of ${pages} of the sequence, split between its messages so every label stays readable.` : null;
		const own = i === 0 ? picked : [];
		const words = own.reduce((n, text) => n + wordCount(text), 0);
		return {
			kind: 'diagram' as const,
			id,
			title: block.title,
			diagram: block.kind,
			caption: pages > 1 ? `${block.caption} (part ${i + 1} of ${pages})` : block.caption,
			description: block.description,
			svg: diagramSvg(page.drawn, { id: `${id}-svg`, title: pages > 1 ? `${block.caption} (part ${i + 1} of ${pages})` : block.caption, description: block.description, width: page.width, height: page.height }),
			width: page.width,
			height: page.height,
			mermaid: page.source,
			reflowed: layout.reflowed,
			page: i + 1,
			pages,
			notes: [...own, ...[part, turned].filter((n): n is string => n !== null), ...(words < NOTES_WORDS.min && i === 0 ? [block.description] : [])],
			source: slideSource(extraction, block.source),
		};
	});
}
