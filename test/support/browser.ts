import type { Browser } from 'playwright-core';
import { expect } from 'vitest';
import { guardedPage, launchChromium, type GuardedPage, type LaunchOptions } from '../../scripts/browser.ts';
import { serveStatic } from '../../scripts/static-server.ts';

export { isLocalUrl, type GuardedPage } from '../../scripts/browser.ts';

/** The built site served on localhost plus a headless Chromium to look at it. */
export interface SiteSession {
	origin: string;
	browser: Browser;
	newPage(options?: Parameters<Browser['newContext']>[0]): Promise<GuardedPage>;
	close(): Promise<void>;
}

/** Serves `dist/` (under `mount`, `/` by default, as a host would) and launches Chromium (with `launch`'s fonts); close it in afterAll. */
export async function openSite(root = 'dist', mount = '/', launch: LaunchOptions = {}): Promise<SiteSession> {
	const server = await serveStatic(root, { mount });
	const browser = await launchChromium(launch);
	return {
		origin: server.origin,
		browser,
		async newPage(options) {
			return guardedPage(await browser.newContext(options));
		},
		async close() {
			await browser.close();
			await server.close();
		},
	};
}

/** Every page a test opens must stay on localhost and log no errors. */
export function expectClean(guarded: GuardedPage): void {
	expect(guarded.offsiteRequests).toEqual([]);
	expect(guarded.consoleErrors).toEqual([]);
}
