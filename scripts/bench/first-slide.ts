/**
 * Times how soon a deck page shows its first slide, in headless Chromium on a local server: first
 * contentful paint and the deck's `data-deck-ready` (reveal.js started, fonts loaded, slides fitted), each
 * from navigation start, over fresh contexts (empty cache). Several built sites can be given; their runs
 * alternate, so a busy machine slows them alike and before/after figures stay comparable.
 *
 *   node scripts/bench/first-slide.ts [--runs N] [--deck SLUG] [DIST ...]   (default: 15 runs, dist/)
 */
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, ensureChromium } from '../chromium.ts';
import { serveStatic } from '../static-server.ts';
import { median } from './report.ts';

/** One page load: ms from navigation start to first contentful paint and to `data-deck-ready`. */
interface Timing {
	fcpMs: number | null;
	readyMs: number | null;
}

const { values, positionals } = parseArgs({
	options: { runs: { type: 'string', default: '15' }, deck: { type: 'string', default: 'rust-on-the-backend' } },
	allowPositionals: true,
});
const runs = Number(values.runs);
const dists = positionals.length > 0 ? positionals : ['dist'];

// Runs before any page script: notes the moment the deck marks itself ready, without polling.
const RECORD_READY = `new MutationObserver((_, observer) => {
	if (document.documentElement?.dataset.deckReady === 'true') {
		window.__deckReadyAt = performance.now();
		observer.disconnect();
	}
}).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-deck-ready'] });`;

const servers = await Promise.all(dists.map((dist) => serveStatic(dist)));
const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS, headless: true });
const timings: Timing[][] = dists.map(() => []);
try {
	for (let run = 0; run < runs + 1; run++) {
		for (const [i, server] of servers.entries()) {
			const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
			await context.addInitScript(RECORD_READY);
			const page = await context.newPage();
			await page.goto(`${server.origin}/decks/${values.deck}/`);
			await page.waitForFunction(() => document.documentElement.dataset['deckReady'] === 'true', null, { timeout: 30_000 });
			const timing = await page.evaluate(() => ({
				fcpMs: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
				readyMs: (window as unknown as { __deckReadyAt?: number }).__deckReadyAt ?? null,
			}));
			await context.close();
			// The first round warms the server and Chromium's own caches; it is not counted.
			if (run > 0) timings[i]?.push(timing);
		}
	}
} finally {
	await browser.close();
	await Promise.all(servers.map((s) => s.close()));
}

const fmt = (ms: number | null): string => (ms === null ? '—' : `${Math.round(ms)} ms`);
for (const [i, dist] of dists.entries()) {
	const list = timings[i] ?? [];
	const ready = list.map((t) => t.readyMs).filter((ms): ms is number => ms !== null);
	const fcp = list.map((t) => t.fcpMs).filter((ms): ms is number => ms !== null);
	console.log(
		`${dist}: /decks/${values.deck}/ over ${list.length} runs: deck ready median ${fmt(median(ready))} (min ${fmt(Math.min(...ready))}, max ${fmt(Math.max(...ready))}), first contentful paint median ${fmt(median(fcp))}`,
	);
}
