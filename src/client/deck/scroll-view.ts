/**
 * reveal.js turns a deck into its scroll view on a screen as narrow as a phone's. Its styles load only
 * there (styles.ts): before reveal.js starts when the screen is narrow already (or `?view=scroll` asks),
 * else when the screen first becomes that narrow, and reveal.js is let switch only once they apply, so
 * the scroll view is never shown unstyled.
 */
import type RevealApi from 'reveal.js';
import { deckStylesApplied, loadDeckStyles } from './styles.ts';

/** reveal.js's default: a deck whose width (less its margin) is at most this many pixels scrolls. */
export const SCROLL_ACTIVATION_WIDTH = 435;

/** The media query of the widths where that happens, for a deck with this margin (a fraction of the width). */
function narrow(margin: number): string {
	return `(max-width: ${Math.ceil(SCROLL_ACTIVATION_WIDTH / (1 - margin))}px)`;
}

/**
 * Before `Reveal.initialize()`: loads the styles if the deck starts in the scroll view, and returns the
 * `scrollActivationWidth` to start with (0, never, until the styles are there).
 */
export async function initialScrollView(win: Window, margin: number): Promise<number> {
	const view = new URLSearchParams(win.location.search).get('view');
	if (view === 'scroll' || view === 'reader' || win.matchMedia(narrow(margin)).matches) await loadDeckStyles('scroll', win.document);
	return deckStylesApplied('scroll', win.document) ? SCROLL_ACTIVATION_WIDTH : 0;
}

/** After it: when the screen first becomes narrow, loads the styles, then lets reveal.js switch. */
export function scrollViewOnDemand(reveal: typeof RevealApi, win: Window, margin: number): void {
	if (deckStylesApplied('scroll', win.document)) return;
	const query = win.matchMedia(narrow(margin));
	const onChange = (): void => {
		if (!query.matches) return;
		query.removeEventListener('change', onChange);
		loadDeckStyles('scroll', win.document)
			.then(() => reveal.configure({ scrollActivationWidth: SCROLL_ACTIVATION_WIDTH }))
			.catch((error: unknown) => console.error('[deck] the scroll view failed to load', error));
	};
	query.addEventListener('change', onChange);
}
