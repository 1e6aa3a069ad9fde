/** Kinds of generated slides whose ids are part of the site's contract (`/decks/<slug>/#/table-1`). */
export type SlideIdKind = 'title' | 'takeaways' | 'table' | 'chart' | 'cargo' | 'code' | 'diagram' | 'math' | 'stack' | 'outline' | 'closing';

const NUMBERED: ReadonlySet<SlideIdKind> = new Set(['table', 'chart', 'cargo', 'code', 'diagram', 'math', 'stack']);

/**
 * Id of a generated slide: `title`, `takeaways`, `table-<n>`, `chart-<n>` (of table n), `cargo-<n>`, `code-<n>`, `diagram-<n>`, `math-<n>`, `stack-<n>`, `outline`, `closing`;
 * a long item's continuation pages append `-<page>` (`takeaways-2`, `table-1-2`). `ordinal` is the item's
 * 1-based ordinal in the article (ignored for single slides such as `title`).
 */
export function slideIdFor(kind: SlideIdKind, ordinal = 1, page = 1): string {
	const base = NUMBERED.has(kind) ? `${kind}-${ordinal}` : kind;
	return page > 1 ? `${base}-${page}` : base;
}

/** Largest number of items each slide kind shows before continuing on another slide. */
export const PAGE_LIMITS = { takeaways: 5, tableRows: 7, crates: 8, cargoLines: 16 } as const;

/**
 * Splits items into the fewest pages of at most `max`, sized as evenly as possible
 * (12 takeaways at 5 per slide → 4 + 4 + 4, not 5 + 5 + 2), so no slide is a lonely leftover.
 * An empty list gives one empty page.
 */
export function paginate<T>(items: readonly T[], max: number): T[][] {
	if (max < 1) throw new RangeError('page size must be at least 1');
	const pages = Math.max(1, Math.ceil(items.length / max));
	const base = Math.floor(items.length / pages);
	const larger = items.length % pages;
	const out: T[][] = [];
	let at = 0;
	for (let page = 0; page < pages; page++) {
		const size = base + (page < larger ? 1 : 0);
		out.push(items.slice(at, at + size));
		at += size;
	}
	return out;
}

/** One page of a paginated list with the 1-based positions of its first and last items in the whole list. */
export interface PageRange<T> {
	items: T[];
	first: number;
	last: number;
}

/** `paginate`, with each page knowing which items of the list it shows (for "continued: items 6 to 10" notes). */
export function paginateRanges<T>(items: readonly T[], max: number): PageRange<T>[] {
	let last = 0;
	return paginate(items, max).map((page) => {
		const first = last + 1;
		last += page.length;
		return { items: page, first, last };
	});
}
