/** Code point ranges, inclusive, as CSS `unicode-range` spells them. */
export type CodeRange = readonly [number, number];

/** Ranges of a CSS `unicode-range` value (`U+0000-00FF, U+0131, U+4??`). */
export function parseUnicodeRange(value: string): CodeRange[] {
	const ranges: CodeRange[] = [];
	for (const part of value.split(',')) {
		const token = part.trim().replace(/^u\+/i, '');
		if (!token) continue;
		const [from, to] = token.split('-');
		if (from === undefined) continue;
		if (to !== undefined) ranges.push([Number.parseInt(from, 16), Number.parseInt(to, 16)]);
		else if (from.includes('?')) ranges.push([Number.parseInt(from.replaceAll('?', '0'), 16), Number.parseInt(from.replaceAll('?', 'F'), 16)]);
		else ranges.push([Number.parseInt(from, 16), Number.parseInt(from, 16)]);
	}
	return ranges.filter(([a, b]) => Number.isFinite(a) && Number.isFinite(b));
}

/** Whether `cp` falls in one of `ranges`. */
export function inRanges(ranges: readonly CodeRange[], cp: number): boolean {
	return ranges.some(([from, to]) => cp >= from && cp <= to);
}

/** The shortest `unicode-range` value for these code points (runs merged: `U+20-7E,U+2014`). */
export function formatUnicodeRange(points: Iterable<number>): string {
	const sorted = [...new Set(points)].sort((a, b) => a - b);
	const parts: string[] = [];
	for (let i = 0; i < sorted.length; ) {
		let j = i;
		while (j + 1 < sorted.length && sorted[j + 1] === (sorted[j] as number) + 1) j++;
		const from = (sorted[i] as number).toString(16).toUpperCase();
		const to = (sorted[j] as number).toString(16).toUpperCase();
		parts.push(i === j ? `U+${from}` : `U+${from}-${to}`);
		i = j + 1;
	}
	return parts.join(',');
}
