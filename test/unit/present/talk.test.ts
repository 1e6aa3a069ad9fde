import { describe, expect, it } from 'vitest';
import type { DeckOutline } from '../../../src/lib/present/messages.ts';
import { Talk } from '../../../src/lib/present/talk.ts';

const outline: DeckOutline = {
	slug: 'talk',
	title: 'Talk',
	minutes: 5,
	slides: [
		{ id: 'a', title: 'A', fragments: 0, timing: 60, notes: [] },
		{ id: 'b', title: 'B', fragments: 2, timing: 120, notes: [] },
		{ id: 'c', title: 'C', fragments: 0, timing: 120, notes: [] },
	],
};

describe('the talk', () => {
	it('steps through fragments, then slides, and back onto a slide with all its fragments shown', () => {
		const talk = new Talk(outline);
		const walk: string[] = [];
		for (let i = 0; i < 5; i++) {
			talk.go('next');
			walk.push(`${talk.state().h}.${talk.state().f}`);
		}
		expect(walk).toEqual(['1.-1', '1.0', '1.1', '2.-1', '2.-1']);
		talk.go('prev');
		expect(talk.state()).toMatchObject({ h: 1, f: 1 });
		talk.go('first');
		expect(talk.state()).toMatchObject({ h: 0, f: -1 });
		expect(talk.go('prev')).toBe(false);
		talk.go('last');
		expect(talk.state()).toMatchObject({ h: 2, f: -1 });
	});

	it('counts moves, and not the ones that go nowhere', () => {
		const talk = new Talk(outline);
		expect(talk.state().seq).toBe(0);
		talk.go('next');
		talk.go('prev');
		talk.go('prev');
		expect(talk.state().seq).toBe(2);
	});

	it('refuses a position the deck does not have', () => {
		const talk = new Talk(outline);
		for (const p of [{ h: -1, f: -1 }, { h: 3, f: -1 }, { h: 0, f: 0 }, { h: 1, f: 2 }, { h: 1, f: -2 }, { h: 0.5, f: -1 }, { h: Number.NaN, f: -1 }]) expect(talk.show(p), JSON.stringify(p)).toBe('refused');
		expect(talk.show({ h: 1, f: 1 })).toBe('moved');
		expect(talk.show({ h: 1, f: 1 })).toBe('same');
	});

	it('starts its clock at the first move, and restores a saved one', () => {
		let now = 1_000;
		const talk = new Talk(outline, () => now);
		expect(talk.state().elapsed).toBeNull();
		now = 2_000;
		talk.go('next');
		now = 5_000;
		expect(talk.state().elapsed).toBe(3_000);
		const resumed = new Talk(outline, () => now);
		resumed.restore({ h: 1, f: 0 }, 90_000);
		expect(resumed.state()).toMatchObject({ h: 1, f: 0, seq: 0, elapsed: 90_000 });
		resumed.restore({ h: 9, f: 0 }, null);
		expect(resumed.state()).toMatchObject({ h: 1, f: 0 });
	});
});
