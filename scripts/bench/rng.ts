/** Seeded randomness for the synthetic corpus: same seed, same articles. */

/** mulberry32: a tiny 32-bit PRNG; returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Mixes integers into one 32-bit seed (murmur3 finaliser over each part). */
export function mixSeed(...parts: number[]): number {
	let h = 0x9e3779b9;
	for (const part of parts) {
		let k = Math.imul(part | 0, 0xcc9e2d51);
		k = (k << 15) | (k >>> 17);
		k = Math.imul(k, 0x1b873593);
		h ^= k;
		h = (h << 13) | (h >>> 19);
		h = (Math.imul(h, 5) + 0xe6546b64) | 0;
	}
	h ^= h >>> 16;
	h = Math.imul(h, 0x85ebca6b);
	h ^= h >>> 13;
	h = Math.imul(h, 0xc2b2ae35);
	h ^= h >>> 16;
	return h >>> 0;
}

/** Convenience draws over a PRNG. */
export class Rng {
	readonly #next: () => number;
	constructor(seed: number) {
		this.#next = mulberry32(seed);
	}
	/** Float in [0, 1). */
	float(): number {
		return this.#next();
	}
	/** Integer in [min, max], both included. */
	int(min: number, max: number): number {
		return min + Math.floor(this.#next() * (max - min + 1));
	}
	/** True with probability `p`. */
	chance(p: number): boolean {
		return this.#next() < p;
	}
	pick<T>(items: readonly T[]): T {
		if (items.length === 0) throw new Error('pick from an empty list');
		return items[Math.floor(this.#next() * items.length)] as T;
	}
	/** `k` distinct items, in draw order. */
	sample<T>(items: readonly T[], k: number): T[] {
		const pool = [...items];
		const out: T[] = [];
		while (out.length < k && pool.length > 0) out.push(pool.splice(Math.floor(this.#next() * pool.length), 1)[0] as T);
		return out;
	}
	/** Index drawn with the given relative weights. */
	weighted(weights: readonly number[]): number {
		const total = weights.reduce((a, b) => a + b, 0);
		let r = this.#next() * total;
		for (let i = 0; i < weights.length; i++) {
			r -= weights[i] as number;
			if (r < 0) return i;
		}
		return weights.length - 1;
	}
}
