/** Statistics of the presenting benchmark (scripts/bench/present.ts). */

/** Median, 95th percentile (nearest rank) and maximum of a series, and its size. */
export interface Spread {
	median: number;
	p95: number;
	max: number;
	n: number;
}

/** The value at rank ⌈q·n⌉ of the sorted series (nearest-rank percentile); NaN for none. */
export function percentile(values: readonly number[], q: number): number {
	if (values.length === 0) return Number.NaN;
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length, Math.max(1, Math.ceil(q * sorted.length))) - 1] as number;
}

/** The spread of a series of times. */
export function spreadOf(values: readonly number[]): Spread {
	const sorted = [...values].sort((a, b) => a - b);
	const n = sorted.length;
	const median = n === 0 ? Number.NaN : n % 2 === 1 ? (sorted[(n - 1) / 2] as number) : ((sorted[n / 2 - 1] as number) + (sorted[n / 2] as number)) / 2;
	return { median, p95: percentile(sorted, 0.95), max: sorted[n - 1] ?? Number.NaN, n };
}
