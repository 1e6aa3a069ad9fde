/**
 * The deck's stylesheets loaded on first use, like the plugins (plugins.ts): the print views, the help
 * overlay and the scroll view a phone gets (src/lib/styles/reveal-css.ts says what each holds). The page
 * names each in `data-deck-<part>-css` (DeckDocument.astro); a page without the attribute has the rules
 * already (the single-file export inlines them).
 */

/** A stylesheet loaded on first use. */
export type DeckStyles = 'print' | 'help' | 'scroll';

const loads = new Map<DeckStyles, Promise<void>>();
const applied = new Set<DeckStyles>();

const attribute = (part: DeckStyles): string => `data-deck-${part}-css`;

/** Whether the part's rules apply already: loaded, or in the page from the start. */
export function deckStylesApplied(part: DeckStyles, doc: Document = document): boolean {
	return applied.has(part) || !doc.documentElement.hasAttribute(attribute(part));
}

/** Loads one part (once); resolves when its rules apply. */
export function loadDeckStyles(part: DeckStyles, doc: Document = document): Promise<void> {
	const href = doc.documentElement.getAttribute(attribute(part));
	if (!href || applied.has(part)) return Promise.resolve();
	let load = loads.get(part);
	if (!load) {
		load = new Promise<void>((resolve, reject) => {
			const link = doc.createElement('link');
			link.rel = 'stylesheet';
			link.href = href;
			link.addEventListener('load', () => {
				applied.add(part);
				resolve();
			});
			link.addEventListener('error', () => {
				loads.delete(part);
				link.remove();
				reject(new Error(`the deck's ${part} styles (${href}) did not load`));
			});
			doc.head.append(link);
		});
		loads.set(part, load);
	}
	return load;
}
