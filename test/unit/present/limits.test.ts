import { describe, expect, it } from 'vitest';
import { ConnectionLimits } from '../../../src/lib/present/limits.ts';
import { RateLimiter } from '../../../src/lib/present/rate-limit.ts';

describe('rate limit', () => {
	it('lets a burst through, then the average rate, and refuses the rest', () => {
		let now = 0;
		const limiter = new RateLimiter({ perSecond: 10, burst: 3 }, () => now);
		expect([limiter.take(), limiter.take(), limiter.take(), limiter.take()]).toEqual([true, true, true, false]);
		now += 100;
		expect([limiter.take(), limiter.take()]).toEqual([true, false]);
		now += 10_000;
		expect([limiter.take(), limiter.take(), limiter.take(), limiter.take()]).toEqual([true, true, true, false]);
	});

	it('refuses a flood over a second to all but burst + rate', () => {
		let now = 0;
		const limiter = new RateLimiter({ perSecond: 20, burst: 10 }, () => now);
		let passed = 0;
		for (let i = 0; i < 1000; i++) {
			now += 1;
			if (limiter.take()) passed++;
		}
		expect(passed).toBeLessThanOrEqual(10 + 20);
		expect(passed).toBeGreaterThanOrEqual(10 + 19);
	});

	it('needs a positive rate', () => {
		expect(() => new RateLimiter({ perSecond: 0, burst: 1 })).toThrow();
	});
});

describe('connection caps', () => {
	it('count followers and drivers apart, so a full room never locks the speaker out', () => {
		const limits = new ConnectionLimits({ followers: 2, drivers: 1 });
		expect([limits.admit('follow'), limits.admit('follow'), limits.admit('follow')]).toEqual([true, true, false]);
		expect(limits.admit('remote')).toBe(true);
		expect(limits.admit('presenter')).toBe(false);
		limits.release('remote');
		expect(limits.admit('presenter')).toBe(true);
		limits.release('follow');
		expect(limits.admit('follow')).toBe(true);
		expect(limits.counts()).toEqual({ followers: 2, drivers: 1 });
	});
});
