/**
 * Diagrams as Chromium draws them, on slides in the decks' own fonts and on the article page: a sequence diagram's block labels inside
 * their boxes, the lifelines under the blocks (so none crosses a label), a divider's label haloed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, type SiteSession } from '../support/browser.ts';
import { openDeck } from '../support/deck.ts';
import { fixtureSiteDist } from '../support/deck-fixtures.ts';

let site: SiteSession;
beforeAll(async () => {
	site = await openSite(await fixtureSiteDist());
}, 300_000);
afterAll(async () => {
	await site?.close();
});

describe('a sequence diagram on a slide', () => {
	it("holds each block's label inside its box, over the lifelines, and halos a divider's label", async () => {
		const { page } = await site.newPage({ viewport: { width: 1280, height: 720 } });
		const read = () =>
			page.evaluate(() =>
				[...document.querySelectorAll<SVGGElement>('svg.diagram g.block')].map((block) => {
					const svg = block.ownerSVGElement!;
					const header = block.querySelector<SVGRectElement>('rect[fill="var(--_group-hdr)"]')!.getBBox();
					const label = [...block.querySelectorAll<SVGTextElement>('text')].find((t) => t.getAttribute('font-weight') === '600')!;
					const box = label.getBBox();
					const lifelines = [...svg.querySelectorAll('line.lifeline')];
					const divider = block.querySelector('text[text-anchor="start"]');
					return {
						slide: block.closest('section')?.id ?? 'article',
						text: label.textContent,
						inside: box.x >= header.x && box.x + box.width <= header.x + header.width,
						right: { text: box.x + box.width, box: header.x + header.width },
						under: lifelines.length > 0 && lifelines.every((line) => line.compareDocumentPosition(block) & Node.DOCUMENT_POSITION_FOLLOWING),
						halo: divider ? getComputedStyle(divider).paintOrder.startsWith('stroke') : null,
					};
				}),
			);
		// The slides, split between messages, and the article page, whole (its `else` divider inside the block).
		await openDeck(page, `${site.origin}/decks/diagram-sequence/`);
		const blocks = await read();
		await page.goto(`${site.origin}/articles/diagram-sequence/`);
		blocks.push(...(await read()));
		expect(blocks.length).toBeGreaterThanOrEqual(3);
		expect(blocks.map((b) => b.text)).toContain('alt [cache miss (continued)]');
		for (const block of blocks) {
			expect(block.inside, `#/${block.slide} "${block.text}": ${JSON.stringify(block.right)}`).toBe(true);
			expect(block.under, `#/${block.slide} "${block.text}"`).toBe(true);
		}
		expect(blocks.some((b) => b.halo === true)).toBe(true);
		expect(blocks.every((b) => b.halo !== false)).toBe(true);
		await page.context().close();
	});
});
