import { describe, expect, it } from 'vitest';
import { percentile, spreadOf } from '../../../scripts/bench/present-stats.ts';

describe('presenting bench statistics', () => {
	it('take the nearest-rank 95th percentile', () => {
		const values = Array.from({ length: 100 }, (_, i) => 100 - i);
		expect(percentile(values, 0.95)).toBe(95);
		expect(percentile([3], 0.95)).toBe(3);
		expect(percentile([1, 2], 0.95)).toBe(2);
		expect(percentile([], 0.95)).toBeNaN();
	});

	it('give median, p95, max and count', () => {
		expect(spreadOf([4, 1, 3, 2])).toEqual({ median: 2.5, p95: 4, max: 4, n: 4 });
		expect(spreadOf([5, 1, 9])).toEqual({ median: 5, p95: 9, max: 9, n: 3 });
	});
});
