/**
 * Messages per second per connection, as a token bucket: a connection may send `burst` messages at once
 * and `perSecond` on average; what comes faster is dropped (and counted). A remote tapped as fast as a
 * thumb can stays far below it; a script flooding the server does not get its messages through.
 */

/** The bucket's shape. */
export interface RateOptions {
	/** Messages a second, on average. */
	perSecond: number;
	/** Messages that may arrive at once. */
	burst: number;
}

/** Default for every connection: a tap every 50 ms, ten taps at once. */
export const DEFAULT_RATE: RateOptions = { perSecond: 20, burst: 10 };

/** A token bucket; `now` (milliseconds) is for tests. */
export class RateLimiter {
	private tokens: number;
	private last: number;
	private readonly options: RateOptions;
	private readonly now: () => number;

	constructor(options: RateOptions = DEFAULT_RATE, now: () => number = () => performance.now()) {
		this.options = options;
		this.now = now;
		if (!(options.perSecond > 0) || !(options.burst >= 1)) throw new Error('a rate limit needs perSecond > 0 and burst >= 1');
		this.tokens = options.burst;
		this.last = now();
	}

	/** Whether one more message may pass now (and takes its token if so). */
	take(): boolean {
		const now = this.now();
		this.tokens = Math.min(this.options.burst, this.tokens + ((now - this.last) / 1000) * this.options.perSecond);
		this.last = now;
		if (this.tokens < 1) return false;
		this.tokens -= 1;
		return true;
	}
}
