import type { RevealApi } from 'reveal.js';

/** How long the page chrome stays after the pointer stops moving. */
const IDLE_MS = 2500;

/**
 * The page chrome (back to the site, downloads) is hidden while a slide is presented, so nothing sits
 * over it: it shows while the pointer moves, in the overview, and while it has keyboard focus
 * (src/styles/deck/chrome.css reads `html.deck-pointer` and `.reveal.overview`).
 */
export function initChrome(reveal: RevealApi): void {
	const html = document.documentElement;
	let timer: ReturnType<typeof setTimeout> | undefined;
	const hide = (): void => html.classList.remove('deck-pointer');
	window.addEventListener(
		'pointermove',
		() => {
			html.classList.add('deck-pointer');
			clearTimeout(timer);
			timer = setTimeout(hide, IDLE_MS);
		},
		{ passive: true },
	);
	// A key press is presenting: the chrome goes at once.
	window.addEventListener('keydown', (event) => {
		if (!(event.target instanceof Element && event.target.closest('.deck-chrome'))) hide();
	});
	reveal.on('overviewshown', () => html.classList.add('deck-overview'));
	reveal.on('overviewhidden', () => html.classList.remove('deck-overview'));
}
