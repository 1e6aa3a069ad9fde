import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openSite, type GuardedPage, type SiteSession } from '../support/browser.ts';
import { waitForDeck } from '../support/deck.ts';
import { listFiles } from '../support/project-build.ts';

/**
 * Whole-site crawl: every page reachable from `/` plus every `index.html` on disk (so an unlinked page is
 * not missed), each opened once in Chromium. Fails on requests off localhost, console or page errors,
 * any response >= 400 (page or sub-resource), and links whose `#fragment` has no target.
 */

let site: SiteSession;
let guarded: GuardedPage;
beforeAll(async () => {
	site = await openSite();
	guarded = await site.newPage();
});
afterAll(async () => {
	await guarded?.page.context().close();
	await site?.close();
});

/** A link found on a page, to check once every page has been seen. */
interface Link {
	from: string;
	/** Path of the target (site-relative, with the trailing slash of a page). */
	path: string;
	/** Decoded fragment without `#`; null when the link has none (or an empty one). */
	fragment: string | null;
}

/** What a visited page offers as fragment targets. */
interface PageTargets {
	ids: Set<string>;
	/** Ids of `section` elements: the slides a deck's `#/slide-id` can open. */
	slides: Set<string>;
	deck: boolean;
}

/** A deck route: `/decks/<slug>/` (not the decks index). */
const isDeckPath = (p: string) => /^\/decks\/[^/]+\/$/.test(p);
/** Pages are folders (`/articles/x/`) or `.html` files; anything else is a file to fetch, not to open. */
const isPagePath = (p: string) => p.endsWith('/') || p.endsWith('.html');

/** Site paths of every page built on disk: `dist/a/b/index.html` → `/a/b/`, other `.html` files (404, exported decks) as they are. */
function pagesOnDisk(): string[] {
	return listFiles(path.resolve('dist'))
		.filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'))
		.map((f) => (f === 'index.html' ? '/' : f.endsWith('/index.html') ? `/${f.slice(0, -'index.html'.length)}` : `/${f}`));
}

async function pageTargets(page: Page, deck: boolean): Promise<PageTargets> {
	const { ids, slides } = await page.evaluate(() => ({
		ids: [...document.querySelectorAll('[id]')].map((e) => e.id).concat([...document.querySelectorAll('a[name]')].map((a) => a.getAttribute('name') ?? '')),
		slides: [...document.querySelectorAll('section[id]')].map((e) => e.id),
	}));
	return { ids: new Set(ids), slides: new Set(slides), deck };
}

describe('whole-site crawl', () => {
	it('opens every page and deck with no off-site request, console error, failed response or broken #fragment', async () => {
		const { page } = guarded;
		const origin = site.origin;
		const problems: string[] = [];
		const responses: { status: number; url: string; page: string }[] = [];
		let current = '';
		page.on('response', (r) => {
			if (r.status() >= 400) responses.push({ status: r.status(), url: r.url(), page: current });
		});
		page.on('requestfailed', (r) => {
			const reason = r.failure()?.errorText ?? '';
			// Off-site requests are blocked (and reported) by the guard; aborts happen when a page is left mid-load.
			if (reason.includes('ERR_BLOCKED_BY_CLIENT') || reason.includes('ERR_ABORTED')) return;
			problems.push(`${current}: request failed: ${r.url()} (${reason})`);
		});

		// Absolute links to the configured site (deck slides link back to `Astro.site`, read from the home
		// page's canonical link) are links into this site too.
		const siteOrigins = new Set([origin]);

		const queue: string[] = ['/', ...pagesOnDisk()];
		const visited = new Map<string, PageTargets>();
		const files = new Set<string>();
		const links: Link[] = [];

		for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
			if (visited.has(next)) continue;
			current = next;
			const before = { console: guarded.consoleErrors.length, offsite: guarded.offsiteRequests.length };
			let deck = false;
			try {
				await page.goto(`${origin}${next}`, { waitUntil: 'load' });
				// A reveal.js deck (a deck route or an exported single-file deck) is checked once it has started.
				deck = await page.evaluate(() => document.querySelector('.reveal > .slides') !== null);
				if (deck) await waitForDeck(page);
			} catch (error) {
				problems.push(`${next}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
			}
			visited.set(next, await pageTargets(page, deck));
			if (next === '/') {
				const canonical = await page.evaluate(() => document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href);
				if (canonical) siteOrigins.add(new URL(canonical).origin);
			}
			for (const e of guarded.consoleErrors.slice(before.console)) problems.push(`${next}: console error: ${e}`);
			for (const u of guarded.offsiteRequests.slice(before.offsite)) problems.push(`${next}: request off localhost: ${u}`);

			const hrefs = await page.evaluate(() => [...document.querySelectorAll('a[href], area[href]')].map((a) => (a as HTMLAnchorElement).href));
			for (const href of hrefs) {
				const url = new URL(href);
				if (!siteOrigins.has(url.origin)) continue;
				const fragment = url.hash.length > 1 ? decodeURIComponent(url.hash.slice(1)) : null;
				links.push({ from: next, path: url.pathname, fragment });
				if (isPagePath(url.pathname)) {
					if (!visited.has(url.pathname)) queue.push(url.pathname);
				} else {
					files.add(url.pathname);
				}
			}
		}

		// Linked files that are not pages (downloads, images): they must exist.
		for (const file of [...files].sort()) {
			const response = await page.request.get(`${origin}${file}`);
			if (response.status() >= 400) problems.push(`linked file ${file}: HTTP ${response.status()}`);
		}

		for (const r of responses) problems.push(`${r.page}: HTTP ${r.status} for ${r.url.replace(origin, '')}`);

		for (const link of links) {
			if (link.fragment === null) continue;
			const target = visited.get(link.path);
			if (!target) continue;
			if (target.deck && link.fragment.startsWith('/')) {
				const slide = link.fragment.slice(1).split('/')[0] ?? '';
				if (!target.slides.has(slide)) problems.push(`${link.from}: link to ${link.path}#${link.fragment}: the deck has no section#${slide}`);
			} else if (!target.ids.has(link.fragment)) {
				problems.push(`${link.from}: link to ${link.path}#${link.fragment}: no element with that id`);
			}
		}

		// The crawl must have reached the whole site, decks included.
		const seen = [...visited.keys()];
		expect(seen.filter(isDeckPath).length, seen.join(', ')).toBeGreaterThanOrEqual(3);
		expect(seen).toEqual(expect.arrayContaining(['/', '/search/', '/decks/', '/tags/']));
		expect(existsSync('dist/404.html') ? seen : ['/404.html']).toContain('/404.html');
		expect([...new Set(problems)]).toEqual([]);
	});
});
