/** What the print view (`?print-pdf`) is asked to produce, read from the query string. */
export interface PrintMode {
	/** `?print-pdf`: reveal.js lays every slide out as a page. */
	printing: boolean;
	/** `?print-pdf&fragments`: a page per fragment step instead of one per slide in its final state. */
	steps: boolean;
	/** `?print-pdf&handout`: A4 portrait pages, each slide with its speaker notes under it. */
	handout: boolean;
}

/**
 * Reads the print flags. The flags are bare words (`&fragments`, `&handout`) on purpose: reveal.js turns
 * every `key=value` pair of the query string into a config override, and these must not reach it.
 */
export function printMode(search: string): PrintMode {
	const query = new URLSearchParams(search);
	const printing = /print-pdf/i.test(search);
	return { printing, steps: printing && query.has('fragments'), handout: printing && query.has('handout') };
}
