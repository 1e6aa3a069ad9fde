import type { Deck, Slide } from '../deck/model.ts';
import { deckHref } from '../site/paths.ts';
import { decodeHtmlEntities } from '../html/escape.ts';

/** A pagefind custom record: one slide, opened on that slide by its URL. */
export interface SlideRecord {
	url: string;
	content: string;
	language: 'en';
	meta: { title: string };
	filters: Record<string, string[]>;
}

/** Visible text of trusted inline HTML (tags dropped, entities decoded). */
export function htmlText(html: string): string {
	return decodeHtmlEntities(html.replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ').trim();
}

/** The title a slide shows, for the search result heading. */
export function slideTitle(slide: Slide): string {
	switch (slide.kind) {
		case 'markdown': {
			const heading = slide.html.match(/<h[1-6][^>]*>([\s\S]*?)<\/h[1-6]>/);
			return heading?.[1] ? htmlText(heading[1]) : 'Slide';
		}
		default:
			return slide.title;
	}
}

/** Everything the audience can read on a slide (not the speaker notes), as plain text. */
export function slideText(slide: Slide): string {
	const parts: string[] = [];
	switch (slide.kind) {
		case 'title':
			parts.push(slide.title, slide.description);
			break;
		case 'takeaways':
			parts.push(slide.title, ...slide.items.map(htmlText));
			break;
		case 'table':
			parts.push(slide.title, ...slide.header.map(htmlText), ...slide.rows.flat().map(htmlText));
			break;
		case 'cargo':
			parts.push(slide.title, ...slide.sections, slide.code);
			break;
		case 'code':
			parts.push(slide.title, slide.label ?? '', slide.code);
			break;
		case 'chart':
			parts.push(slide.title, slide.caption, ...slide.chart.rows.flatMap((row) => [row.label, ...row.bars.map((bar) => bar?.label ?? '')]));
			break;
		case 'stack':
			parts.push(slide.title, ...slide.crates.flatMap((c) => [c.name, c.version, ...c.features]));
			break;
		case 'section':
			parts.push(slide.title, ...slide.outline.map((o) => o.text));
			break;
		case 'closing':
			parts.push(slide.title, ...slide.links.map((l) => l.text), ...(slide.upcoming ?? []));
			break;
		case 'markdown':
			parts.push(htmlText(slide.html), ...(slide.code ?? []).map((c) => c.code));
			break;
	}
	return parts.filter(Boolean).join('\n');
}

/**
 * One search record per slide, so a phrase from a slide finds the deck and opens it on that slide
 * (`/decks/<slug>/#/<slide-id>`, reveal.js's named-slide hash). Slides carry their articles' tags.
 */
export function slideRecords(deck: Deck, tagsOf: (article: string) => readonly string[]): SlideRecord[] {
	const tags = [...new Set(deck.articles.flatMap((a) => tagsOf(a)))].sort();
	return deck.slides.map((slide) => ({
		url: `${deckHref(deck.slug)}#/${slide.id}`,
		content: slideText(slide),
		language: 'en',
		meta: { title: `${slideTitle(slide)} — ${deck.title} (slides)` },
		filters: { type: ['Slides'], ...(tags.length > 0 ? { tag: tags } : {}) },
	}));
}
