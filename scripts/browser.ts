import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, ensureChromium } from './chromium.ts';

/** True for the only places a page may load from: localhost, files, and inline data. */
export function isLocalUrl(url: string): boolean {
	if (url.startsWith('data:') || url.startsWith('blob:') || url.startsWith('about:')) return true;
	const { hostname, protocol } = new URL(url);
	if (protocol === 'file:') return true;
	return hostname === 'localhost' || hostname === '127.0.0.1' || hostname === '[::1]';
}

/** A page whose console errors and off-localhost requests are recorded (and those requests blocked). */
export interface GuardedPage {
	page: Page;
	consoleErrors: string[];
	offsiteRequests: string[];
}

/** Blocks and records every request leaving localhost in `context`, and opens a page that records console errors. */
export async function guardedPage(context: BrowserContext): Promise<GuardedPage> {
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

/** How to launch: `fontconfigFile` gives Chromium a fontconfig file of its own (FONTCONFIG_FILE), so it sees only those fonts. */
export interface LaunchOptions {
	fontconfigFile?: string;
}

/** Headless Debian Chromium with the flags that keep it off the network (installed first if we can). */
export function launchChromium({ fontconfigFile }: LaunchOptions = {}): Promise<Browser> {
	const env = fontconfigFile ? { env: { ...process.env, FONTCONFIG_FILE: fontconfigFile } } : {};
	return chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS, headless: true, ...env });
}
