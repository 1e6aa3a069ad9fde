/** Statistics of the presenting benchmark (scripts/bench/present.ts). */
import { median } from './report.ts';

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
	return { median: median(sorted) ?? Number.NaN, p95: percentile(sorted, 0.95), max: sorted.at(-1) ?? Number.NaN, n: sorted.length };
}
