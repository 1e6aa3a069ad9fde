/**
 * Where a talk is, held by the server: the one truth every presenter, remote and follower of a deck
 * converges on. It moves like reveal.js does (fragments first, then slides; back onto a slide shows all
 * its fragments) over the deck's outline, and refuses a position the deck does not have.
 */
import type { DeckOutline, Position, StateMessage } from './messages.ts';
import { GO_TARGETS } from './messages.ts';

/** Where `go` can take the talk. */
export type GoTarget = (typeof GO_TARGETS)[number];

/** The state of one deck's talk. */
export class Talk {
	private position: Position = { h: 0, f: -1 };
	private seq = 0;
	private startedAt: number | null = null;

	readonly outline: DeckOutline;
	private readonly now: () => number;

	constructor(outline: DeckOutline, now: () => number = () => Date.now()) {
		this.outline = outline;
		this.now = now;
	}

	/** Fragment steps of slide `h`. */
	private fragments(h: number): number {
		return this.outline.slides[h]?.fragments ?? 0;
	}

	/** Whether `p` is a place in this deck: a slide it has, and a step from -1 (none shown) to its last fragment. */
	has(p: Position): boolean {
		return Number.isInteger(p.h) && Number.isInteger(p.f) && p.h >= 0 && p.h < this.outline.slides.length && p.f >= -1 && p.f < Math.max(0, this.fragments(p.h));
	}

	/** Moves to `p` if it is in the deck and not where the talk already is; returns whether it moved. */
	private moveTo(p: Position): boolean {
		if (!this.has(p) || (p.h === this.position.h && p.f === this.position.f)) return false;
		this.position = { h: p.h, f: p.f };
		this.seq += 1;
		// The clock starts with the first move: the title slide may stand while the room settles.
		this.startedAt ??= this.now();
		return true;
	}

	/** The next or previous step (fragment, else slide), or the first or last slide; whether the talk moved. */
	go(to: GoTarget): boolean {
		const { h, f } = this.position;
		const last = this.outline.slides.length - 1;
		switch (to) {
			case 'next':
				return f < this.fragments(h) - 1 ? this.moveTo({ h, f: f + 1 }) : this.moveTo({ h: h + 1, f: -1 });
			case 'prev':
				return f > -1 ? this.moveTo({ h, f: f - 1 }) : this.moveTo({ h: h - 1, f: this.fragments(h - 1) - 1 });
			case 'first':
				return this.moveTo({ h: 0, f: -1 });
			case 'last':
				return this.moveTo({ h: last, f: this.fragments(last) - 1 });
			default: {
				const unknown: never = to;
				throw new Error(`unknown target ${String(unknown)}`);
			}
		}
	}

	/**
	 * Moves to a position a presenter reports (its own keys, a click on its slide). `refused` when the
	 * deck has no such place (a hostile or stale client); otherwise whether the talk moved.
	 */
	show(p: Position): 'moved' | 'same' | 'refused' {
		if (!this.has(p)) return 'refused';
		return this.moveTo(p) ? 'moved' : 'same';
	}

	/** Restores a saved place and clock (a resumed session), without counting it as a move. */
	restore(p: Position, elapsed: number | null): void {
		if (this.has(p)) this.position = { h: p.h, f: p.f };
		if (elapsed !== null && elapsed >= 0) this.startedAt = this.now() - elapsed;
	}

	/** Milliseconds since the first move, or `null` before it. */
	elapsed(): number | null {
		return this.startedAt === null ? null : Math.max(0, this.now() - this.startedAt);
	}

	/** The state message every client of the deck gets. */
	state(): StateMessage {
		return { type: 'state', deck: this.outline.slug, h: this.position.h, f: this.position.f, seq: this.seq, elapsed: this.elapsed() };
	}
}
