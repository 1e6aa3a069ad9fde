import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, ensureChromium } from '../../scripts/chromium.ts';
import { serveStatic } from '../../scripts/static-server.ts';

/** True for the only hosts a test page may talk to. */
export function isLocalUrl(url: string): boolean {
	if (url.startsWith('data:') || url.startsWith('blob:') || url.startsWith('about:')) return true;
	const { hostname, protocol } = new URL(url);
	if (protocol === 'file:') return true;
	return hostname === 'localhost' || hostname === '127.0.0.1' || hostname === '[::1]';
}

/** A browser page that records console errors and every request that left localhost (and blocks it). */
export interface GuardedPage {
	page: Page;
	consoleErrors: string[];
	offsiteRequests: string[];
}

/** The built site served on localhost plus a headless Chromium to look at it. */
export interface SiteSession {
	origin: string;
	browser: Browser;
	newPage(options?: Parameters<Browser['newContext']>[0]): Promise<GuardedPage>;
	close(): Promise<void>;
}

async function guard(context: BrowserContext): Promise<GuardedPage> {
	const offsiteRequests: string[] = [];
	const consoleErrors: string[] = [];
	await context.route('**/*', (route) => {
		const url = route.request().url();
		if (isLocalUrl(url)) return route.continue();
		offsiteRequests.push(url);
		return route.abort('blockedbyclient');
	});
	const page = await context.newPage();
	page.on('console', (msg) => {
		if (msg.type() === 'error') consoleErrors.push(msg.text());
	});
	page.on('pageerror', (err) => consoleErrors.push(String(err)));
	return { page, consoleErrors, offsiteRequests };
}

/** Serves `dist/` and launches Chromium; close it in afterAll. */
export async function openSite(root = 'dist'): Promise<SiteSession> {
	const server = await serveStatic(root);
	const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS, headless: true });
	return {
		origin: server.origin,
		browser,
		async newPage(options) {
			const context = await browser.newContext(options);
			return guard(context);
		},
		async close() {
			await browser.close();
			await server.close();
		},
	};
}
