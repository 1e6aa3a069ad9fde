/** Opening a deck in Chromium for export: nothing but its own files, and its own readiness signal. */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ExportError, messageOf } from './errors.ts';

/** The frame every deck is designed for; the print view makes one page of it per slide. */
const FRAME = { width: 1280, height: 720 } as const;
/** Upper bound for a deck to signal readiness; it normally takes one or two seconds. */
const READY_TIMEOUT_MS = 60_000;

/** A page whose trouble is recorded: page errors, console errors, and requests that tried to leave. */
export interface Guarded {
	context: BrowserContext;
	page: Page;
	problems: string[];
}

function isAllowedUrl(url: string, origin: string): boolean {
	if (/^(data|blob|about|file):/i.test(url)) return true;
	return url === origin || url.startsWith(`${origin}/`);
}

/** A fresh context at the deck's frame size whose page may load only from `origin` (or files and inline data); `deviceScaleFactor` for sharper pictures. */
export async function openGuarded(browser: Browser, origin: string, deviceScaleFactor = 1): Promise<Guarded> {
	const context = await browser.newContext({ viewport: FRAME, deviceScaleFactor });
	const problems: string[] = [];
	await context.route('**/*', (route) => {
		const url = route.request().url();
		if (isAllowedUrl(url, origin)) return route.continue();
		problems.push(`tried to fetch ${url} (blocked: exports never use the network)`);
		return route.abort('blockedbyclient');
	});
	const page = await context.newPage();
	page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
	page.on('console', (message) => {
		if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
	});
	page.on('crash', () => problems.push('the page crashed'));
	return { context, page, problems };
}

/** Counts of the loaded deck, read once it is ready. */
export interface DeckState {
	slides: number;
	/** Pages of the print view (`data-deck-pages`), when it is one. */
	pages: number | null;
}

/**
 * Opens `url` and waits for the deck's readiness signal (`data-deck-ready`, set once reveal.js started,
 * fonts loaded, slides fitted and — in print — the pages laid out), failing at once on `data-deck-error`
 * or a page error rather than waiting for the deadline.
 */
export async function openDeck({ page, problems }: Guarded, url: string, what: string): Promise<DeckState> {
	const failed = new Promise<never>((_resolve, reject) => {
		page.once('pageerror', (error) => reject(new ExportError(`${what}: the deck threw ${error.message}`)));
		page.once('crash', () => reject(new ExportError(`${what}: the page crashed`)));
	});
	failed.catch(() => undefined);
	await page.goto(url);
	const ready = page.waitForFunction(
		() => {
			const data = document.documentElement.dataset;
			return data['deckReady'] === 'true' || data['deckError'] !== undefined;
		},
		null,
		{ timeout: READY_TIMEOUT_MS, polling: 50 },
	);
	try {
		await Promise.race([ready, failed]);
	} catch (error) {
		if (error instanceof ExportError) throw error;
		throw new ExportError(`${what}: the deck did not signal it was ready within ${READY_TIMEOUT_MS / 1000} s (${messageOf(error)})`);
	}
	const state = await page.evaluate(() => {
		const data = document.documentElement.dataset;
		return {
			error: data['deckError'] ?? null,
			// In a print view with a page per fragment step, reveal.js's count includes the copies it made
			// of each slide; the distinct slide ids are the deck's slides.
			slides:
				data['deckPages'] === undefined
					? (window.Reveal?.getTotalSlides() ?? 0)
					: new Set([...document.querySelectorAll('.reveal .pdf-page section')].map((s, i) => s.id || `#${i}`)).size,
			pages: data['deckPages'] === undefined ? null : Number(data['deckPages']),
		};
	});
	if (state.error !== null) throw new ExportError(`${what}: the deck failed to start: ${state.error}`);
	assertNoProblems(problems, what);
	return { slides: state.slides, pages: state.pages };
}

/** Fails the export of `what` with every problem the page recorded. */
export function assertNoProblems(problems: readonly string[], what: string): void {
	if (problems.length > 0) throw new ExportError(`${what}:\n  ${[...new Set(problems)].join('\n  ')}`);
}
