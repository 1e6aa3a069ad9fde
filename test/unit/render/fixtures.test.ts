import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Deck } from '../../../src/lib/deck/model.ts';
import { renderDeckSlides } from '../../../src/lib/render/deck.ts';
import { getDeckHighlighter } from '../../../src/lib/render/highlighter.ts';
import { attrValues, count, ORIGIN } from './helpers.ts';

const FIXTURES = join(import.meta.dirname, '../../fixtures');

/** The expected decks the deck builder's tests keep next to each fixture article. */
const decks = readdirSync(FIXTURES)
	.map((name) => join(FIXTURES, name, 'deck.json'))
	.filter((file) => existsSync(file))
	.map((file) => [file.split('/').at(-2) ?? file, JSON.parse(readFileSync(file, 'utf8')) as Deck] as const);

/** Each `.code-block` of the rendered deck, as its HTML. */
function codeBlocks(html: string): string[] {
	return html.split(/<div class="(?:fit code-block|code-block code-wrap)"/).slice(1);
}

describe.skipIf(decks.length === 0)('renders the deck builder fixtures', () => {
	it.each(decks)('%s', async (_name, deck) => {
		const html = renderDeckSlides(deck, await getDeckHighlighter(), { siteOrigin: ORIGIN });
		expect(count(html, /<section /)).toBe(deck.slides.length);
		expect(attrValues(html, 'data-kind')).toEqual(deck.slides.map((s) => s.kind));
		expect(html).not.toContain('data-code-index');
		for (const block of codeBlocks(html)) {
			const lines = new Set(attrValues(block, 'data-line'));
			for (const step of attrValues(block, 'data-lines')) {
				for (const n of step.split(',')) expect(lines).toContain(n);
			}
		}
	});
});
