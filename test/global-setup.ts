import { existsSync } from 'node:fs';
import { ensureChromium } from '../scripts/chromium.ts';

/** Runs once before the suite: the browser must exist (installed if we can) and the site must be built. */
export default function setup(): void {
	ensureChromium();
	if (!existsSync('dist/index.html') || !existsSync('dist/pagefind/pagefind.js')) {
		throw new Error('dist/ has no built site: run `npm test` (it builds first) or `npm run build`.');
	}
}
