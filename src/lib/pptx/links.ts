import type { TextRun } from './shapes.ts';

/**
 * A link's text as one run per word, each carrying the link: a program may lay a single linked run out as
 * one unbreakable field (LibreOffice does, and then cuts words anywhere at the box edge).
 */
export function linkRuns(text: string, href: string, style: Omit<TextRun, 'text' | 'font' | 'href'> & { font?: TextRun['font'] }): TextRun[] {
	const words = text.split(/(?<= )/);
	return words.filter((w) => w !== '').map((word) => ({ font: 'sans', ...style, text: word, href }));
}

/** Runs with every linked run split into words (see linkRuns), the rest as they are. */
export function splitLinkedRuns(runs: readonly TextRun[]): TextRun[] {
	return runs.flatMap((r) => {
		if (!r.href) return [r];
		const [first, ...rest] = linkRuns(r.text, r.href, r);
		return first ? [{ ...first, ...(r.breakBefore ? { breakBefore: true } : {}) }, ...rest.map(({ breakBefore: _b, ...w }) => w)] : [];
	});
}
