import { isTakeawaysHeading } from '../extract/takeaways-heading.ts';
import { isCargoCode } from '../extract/code-blocks.ts';
import { slideIdFor } from '../deck/pages.ts';
import { DEFAULT_ASPECT } from '../deck/aspect.ts';
import { contentWidth } from '../deck/table-layout.ts';
import { diagramFitsSlide } from '../diagram/slide-layout.ts';
import { deckHref } from '../site/paths.ts';

/** Whether a TOML code block is a Cargo file, by the same rules the deck extractor uses (title first, then keys). */
export function isCargoBlock(code: string, title: string | null): boolean {
	// Invalid TOML is reported, with its position, by the deck extractor; the page just gets no link.
	return isCargoCode('toml', code, title);
}

/** Where a code block's slide is and what the link calls it. */
export interface CodeSlideLink {
	href: string;
	/** `this config` for Cargo files, `this code` for any other block. */
	what: string;
}

/**
 * Decides, block by block in document order, which blocks of an article page link to their slide:
 * the list under a takeaways heading, every table, every code block (Cargo files to their `cargo-<n>`
 * slide, the others to `code-<n>`) and every diagram that fits a slide (`diagram-<n>`); a display equation
 * gets no link (it often sits inside a sentence that goes on after it). Ordinals follow the extractor's, so
 * `/decks/<slug>/#/table-2` is the article's second table.
 */
export class SlideLinkTracker {
	#tables = 0;
	#cargo = 0;
	#code = 0;
	#diagrams = 0;
	#awaitingTakeaways = false;
	/** The current section's heading (the article title before the first, as the deck titles the slide). */
	#section: string;

	constructor(
		readonly slug: string,
		title = '',
	) {
		this.#section = title;
	}

	/** A heading starts a section: a takeaways heading makes the next list the takeaways. */
	heading(text: string): void {
		this.#awaitingTakeaways = isTakeawaysHeading(text);
		this.#section = text;
	}

	/** A top-level list: the takeaways slide's href if it is the takeaways list. */
	list(): string | null {
		if (!this.#awaitingTakeaways) return null;
		this.#awaitingTakeaways = false;
		return this.#href(slideIdFor('takeaways'));
	}

	/** A table: always on a slide; its 1-based ordinal on the page and its slide's href. */
	table(): { ordinal: number; href: string } {
		this.#tables += 1;
		return { ordinal: this.#tables, href: this.#href(slideIdFor('table', this.#tables)) };
	}

	/** A code block: its Cargo slide when it is a TOML Cargo file, else its code slide (every code block has one). */
	code(lang: string | null, code: string, title: string | null): CodeSlideLink {
		if (isCargoCode(lang, code, title)) {
			this.#cargo += 1;
			return { href: this.#href(slideIdFor('cargo', this.#cargo)), what: 'this config' };
		}
		this.#code += 1;
		return { href: this.#href(slideIdFor('code', this.#code)), what: 'this code' };
	}

	/** A ```mermaid diagram: its slide's href, or `null` when it is too large for a slide (the check warned at its fence). */
	diagram(code: string): string | null {
		this.#diagrams += 1;
		return diagramFitsSlide(code, contentWidth(DEFAULT_ASPECT), this.#section) ? this.#href(slideIdFor('diagram', this.#diagrams)) : null;
	}

	#href(slideId: string): string {
		return `${deckHref(this.slug)}#/${slideId}`;
	}
}
