import Reveal from 'reveal.js';
import { initCodeSteps } from './code-steps.ts';
import { fitAllSlides } from './fit.ts';
import { deckFontsLoaded } from './fonts.ts';
import { pluginsOnDemand } from './plugins.ts';
import { printMode } from './print.ts';
import { initialScrollView, scrollViewOnDemand } from './scroll-view.ts';
import { loadDeckStyles } from './styles.ts';
import { initChrome } from './chrome.ts';
import { guardSpeakerViewHandshake, isUpcomingPreview } from './speaker.ts';
import { CONFIG_ID } from '../../lib/present/inject.ts';

declare global {
	interface Window {
		/** The reveal.js API; decktape and the browser tests drive the deck through it. */
		Reveal?: typeof Reveal;
	}
}

/** Size every slide is designed for: 1280×720 for a 16:9 talk, 960×720 for 4:3 (`data-deck-aspect`, src/lib/deck/aspect.ts). */
const FRAME = { width: document.documentElement.dataset['deckAspect'] === '4:3' ? 960 : 1280, height: 720 } as const;

const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
const print = printMode(window.location.search);
const printing = print.printing;

// A handout is for paper: always the light theme, whatever the room needed.
if (print.handout) document.documentElement.dataset['deckTheme'] = 'light';

// The speaker view previews this page in iframes with `?receiver`; page chrome is noise there.
const receiver = new URLSearchParams(window.location.search).has('receiver');
if (receiver) document.documentElement.classList.add('deck-receiver');
else guardSpeakerViewHandshake();

// Exposed before initialize() so tools that poll for `window.Reveal` find it while the deck starts.
window.Reveal = Reveal;

// Registered before initialize(): in print view the PDF pages are built during start-up, and fitting
// must run on those pages (reveal queues `on` calls made before initialization).
const pdfReady = printing ? new Promise<void>((resolve) => Reveal.on('pdf-ready', () => resolve())) : Promise.resolve();

/**
 * Resolves when every image on the slides is decoded (or failed), so measuring and printing see them.
 * Lazy images are loaded now: a deck is read to the end, and a lazy image may never start otherwise.
 */
async function imagesLoaded(): Promise<void> {
	const images = [...document.images];
	for (const img of images) if (img.loading === 'lazy') img.loading = 'eager';
	await Promise.allSettled(images.map((img) => img.decode()));
}

/** In print each page is exactly one 1280×720 frame (16:9); on screen a little air around it. */
const MARGIN = printing ? 0 : 0.04;

async function start(): Promise<void> {
	// The print view's code and rules are loaded only to print, before reveal.js lays the pages out.
	const [printView] = await Promise.all([printing ? import('./print-view.ts') : null, printing ? loadDeckStyles('print') : null]);
	// The speaker view's previews never scroll (reveal.js's notes plugin turns it off for them too), nor does
	// a page the presenting server serves (its settings are in the page): it shows the live slide and step,
	// scaled to the screen, not one long scroll whose fragments follow the scrolling.
	const scrolls = !printing && !receiver && document.getElementById(CONFIG_ID) === null;
	const scrollActivationWidth = scrolls ? await initialScrollView(window, MARGIN) : 0;
	await Reveal.initialize({
		...FRAME,
		margin: MARGIN,
		// A phone-narrow screen turns the deck into reveal.js's scroll view once its styles are there (scroll-view.ts).
		scrollActivationWidth,
		// Each .slide-body fills the frame and centres its own content, so reveal must not re-centre.
		center: false,
		hash: true,
		history: false,
		slideNumber: 'c/t',
		progress: true,
		controls: true,
		overview: true,
		help: true,
		fragments: true,
		// F (fullscreen), Esc/O (overview), S (speaker view), ? (help) are reveal's default keys.
		keyboard: true,
		transition: reducedMotion ? 'none' : 'fade',
		backgroundTransition: reducedMotion ? 'none' : 'fade',
		transitionSpeed: 'fast',
		autoAnimate: !reducedMotion,
		// The PDF is for reading afterwards: one page per slide, every fragment shown, all code lit;
		// `?print-pdf&fragments` asks for a page per fragment step instead.
		pdfSeparateFragments: print.steps,
		pdfMaxPagesPerSlide: 1,
		// The talk's length in seconds, for the speaker view's pacing; each slide's share is its `data-timing`.
		// (A reveal.js option its 6.0 typings leave out, hence the spread.)
		...({ totalTime: Number(document.documentElement.dataset['deckMinutes'] ?? 0) * 60 } as Record<string, unknown>),
		// The speaker view's "upcoming" preview shows the next slide whole, every fragment visible.
		...(isUpcomingPreview(window.location.search) ? { fragments: false } : {}),
	});
	// Speaker view, search and zoom load when first used (see plugins.ts), not with the first slide.
	if (!receiver && !printing) pluginsOnDemand(Reveal);
	if (scrolls) scrollViewOnDemand(Reveal, window, MARGIN);
	// reveal sets role="application", which pulls screen readers out of browse mode for the whole deck.
	Reveal.getRevealElement()?.removeAttribute('role');
	await deckFontsLoaded();
	await pdfReady;
	await imagesLoaded();
	fitAllSlides();
	Reveal.layout();
	if (printView) {
		printView.stepCodeOnPrintPages();
		printView.fixPrintLinks();
		if (print.handout) printView.layoutHandout(document.title);
		// The export checks the PDF against this: one page per print page, no more.
		document.documentElement.dataset['deckPages'] = String(printView.printPages().length);
	} else {
		initCodeSteps(Reveal);
		initChrome(Reveal);
	}
	document.documentElement.dataset['deckReady'] = 'true';
}

start().catch((error: unknown) => {
	document.documentElement.dataset['deckError'] = error instanceof Error ? error.message : String(error);
	console.error('[deck] failed to start', error);
});
