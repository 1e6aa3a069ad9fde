import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import type { Deck } from '../../../src/lib/deck/model.ts';
import { planDeck, type DeckPlan, type PptxOptions } from '../../../src/lib/pptx/index.ts';
import type { Shape, TextRun } from '../../../src/lib/pptx/shapes.ts';

const FIXTURES = path.resolve('test', 'fixtures');

/** Every fixture deck (test/fixtures/<case>/deck.json): the model as the deck builder makes it. */
export function fixtureDecks(): Deck[] {
	return readdirSync(FIXTURES)
		.filter((name) => existsSync(path.join(FIXTURES, name, 'deck.json')))
		.map((name) => JSON.parse(readFileSync(path.join(FIXTURES, name, 'deck.json'), 'utf8')) as Deck);
}

/** The fixture deck of one case. */
export function fixtureDeck(name: string): Deck {
	return JSON.parse(readFileSync(path.join(FIXTURES, name, 'deck.json'), 'utf8')) as Deck;
}

/** Plans a deck without a site URL unless one is given. */
export function plan(deck: Deck, options: Partial<PptxOptions> = {}): Promise<DeckPlan> {
	return planDeck(deck, { siteOrigin: null, base: '/', ...options });
}

/** Every text run of some shapes, table cells included. */
export function runsOf(shapes: readonly Shape[]): TextRun[] {
	return shapes.flatMap((s) => {
		if (s.type === 'text') return s.paragraphs.flatMap((p) => p.runs);
		if (s.type === 'table') return s.rows.flatMap((r) => r.cells.flatMap((c) => c.paragraphs.flatMap((p) => p.runs)));
		return [];
	});
}

/** The visible text of some shapes, runs joined. */
export function textOf(shapes: readonly Shape[]): string {
	return runsOf(shapes)
		.map((r) => r.text)
		.join(' ');
}

/** A deck of the given slides, light and 16:9. */
export function deckOf(slides: Deck['slides'], extra: Partial<Deck> = {}): Deck {
	return { slug: 'demo', title: 'Demo', description: 'A demo deck', theme: 'light', aspect: '16:9', minutes: 10, articles: ['demo'], file: 'articles/demo.md', slides, ...extra };
}
