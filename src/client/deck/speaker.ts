/**
 * Keeps the deck where it is when the speaker view opens.
 *
 * reveal.js's speaker view loads the deck in an iframe at `#/<h>/<v>` (no fragment), and that preview's
 * first `slidechanged` reaches the speaker window before the two windows have shaken hands; the speaker
 * window forwards it here as `setState`, which hides the fragments already shown on the current slide.
 * So a speaker window this page has just opened may not move the deck until it has sent `connected`;
 * after that its `setState` messages are the speaker navigating from it and go through. A speaker window
 * that reconnects after this page reloaded was not opened by it and is never held back.
 */

interface SpeakerMessage {
	namespace?: string;
	type?: string;
	method?: string;
}

function parse(data: unknown): SpeakerMessage | null {
	if (typeof data !== 'string' || !data.startsWith('{')) return null;
	try {
		const value: unknown = JSON.parse(data);
		return typeof value === 'object' && value !== null ? (value as SpeakerMessage) : null;
	} catch {
		return null;
	}
}

/**
 * Event on the deck's window once the speaker window it opened has its document (`detail`: that
 * window), for what adds to the speaker view: the step marks' styles, the presenting QR codes.
 */
export const SPEAKER_WINDOW_EVENT = 'talkbook:speaker-window';

/** Call before `Reveal.initialize()`, so this listener runs before reveal.js's own. */
export function guardSpeakerViewHandshake(win: Window = window): void {
	const handshaking = new WeakSet<object>();
	const open = win.open.bind(win);
	win.open = (...args: Parameters<Window['open']>) => {
		const opened = open(...args);
		if (opened) {
			handshaking.add(opened);
			// The notes plugin writes the speaker view's document right after `open` returns.
			setTimeout(() => win.dispatchEvent(new CustomEvent(SPEAKER_WINDOW_EVENT, { detail: opened })), 0);
		}
		return opened;
	};
	win.addEventListener('message', (event) => {
		const source = event.source;
		if (!source || !handshaking.has(source)) return;
		const message = parse(event.data);
		if (message?.namespace === 'reveal-notes' && message.type === 'connected') handshaking.delete(source);
		else if (message?.method === 'setState') event.stopImmediatePropagation();
	});
}

/**
 * Whether this page is the speaker view's "upcoming" preview: reveal's notes plugin loads it with
 * `receiver` and `controls=false`, and only the current-slide preview with `postMessageEvents=true`.
 */
export function isUpcomingPreview(search: string): boolean {
	const query = new URLSearchParams(search);
	return query.has('receiver') && query.get('controls') === 'false' && !query.has('postMessageEvents');
}
