/**
 * A deck's outline, read from its built page (`dist/decks/<slug>/index.html`) the way reveal.js will
 * see it: the slides in order (hidden ones left out, as reveal.js removes them), each with its title,
 * the fragment steps it goes through, its share of the talk (`data-timing`) and its notes paragraphs
 * with the step each belongs to (`data-step`). The server steps the talk with it and the remote shows it.
 */
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import type { DeckOutline, OutlineNote, OutlineSlide } from './messages.ts';

function classes(node: Element): string[] {
	const value = node.properties['className'];
	return Array.isArray(value) ? value.map(String) : [];
}

function elements(node: Root | Element): Element[] {
	const children: readonly (Root | Element)['children'][number][] = node.children;
	return children.filter((child): child is Element => child.type === 'element');
}

/** Every element below `node` (document order) that `test` accepts, not looking inside what `skip` accepts. */
function findAll(node: Root | Element, test: (el: Element) => boolean, skip: (el: Element) => boolean = () => false): Element[] {
	const out: Element[] = [];
	for (const child of elements(node)) {
		if (skip(child)) continue;
		if (test(child)) out.push(child);
		out.push(...findAll(child, test, skip));
	}
	return out;
}

const isNotes = (el: Element): boolean => el.tagName === 'aside' && classes(el).includes('notes');
const text = (el: Element): string => toString(el).replace(/\s+/g, ' ').trim();

/**
 * Fragment steps of a slide as reveal.js counts them: fragments sharing a `data-fragment-index` are one
 * step, the others one each (notes are not on the slide).
 */
function fragmentSteps(section: Element): number {
	const fragments = findAll(section, (el) => classes(el).includes('fragment'), isNotes);
	const indexed = new Set(fragments.flatMap((el) => (el.properties['dataFragmentIndex'] === undefined ? [] : [String(el.properties['dataFragmentIndex'])])));
	return indexed.size + fragments.filter((el) => el.properties['dataFragmentIndex'] === undefined).length;
}

/** The slide's notes paragraphs (each block of `aside.notes`) with their steps. */
function notesOf(section: Element): OutlineNote[] {
	return findAll(section, isNotes).flatMap((aside) =>
		elements(aside).flatMap((block) => {
			const words = text(block);
			const step = Number(block.properties['dataStep']);
			return words === '' ? [] : [{ text: words, step: Number.isInteger(step) && step > 0 ? step : null }];
		}),
	);
}

/** The slide's title: its `.slide-title` or first heading (its code title for a Cargo slide), else `Slide n`. */
function titleOf(section: Element, n: number): string {
	const heading = findAll(section, (el) => classes(el).includes('slide-title') || /^h[1-3]$/.test(el.tagName), isNotes)[0];
	const pageCount = heading ? findAll(heading, (el) => classes(el).includes('page-count'))[0] : undefined;
	const title = heading ? text(heading).replace(pageCount ? text(pageCount) : '\u0000', '').trim() : '';
	return title || `Slide ${n}`;
}

/** The outline of the deck `slug` from its built page's HTML. */
export function deckOutline(slug: string, html: string): DeckOutline {
	const tree = fromHtml(html);
	const root = findAll(tree, (el) => el.tagName === 'html')[0];
	const slidesEl = findAll(tree, (el) => classes(el).includes('slides'))[0];
	const sections = slidesEl ? elements(slidesEl).filter((el) => el.tagName === 'section' && el.properties['dataVisibility'] !== 'hidden') : [];
	const slides: OutlineSlide[] = sections.map((section, i) => ({
		id: String(section.properties['id'] ?? ''),
		title: titleOf(section, i + 1),
		fragments: fragmentSteps(section),
		timing: Math.max(0, Number(section.properties['dataTiming'] ?? 0) || 0),
		notes: notesOf(section),
	}));
	const titleEl = findAll(tree, (el) => el.tagName === 'title')[0];
	const minutes = Number(root?.properties['dataDeckMinutes'] ?? 0);
	return { slug, title: titleEl ? text(titleEl) : slug, minutes: Number.isFinite(minutes) && minutes > 0 ? minutes : 0, slides };
}
