/**
 * Presenting on a deck page, added by the presenting server to the page it serves with
 * `?present=presenter|follow` (never part of the built site). The presenter's page reports every move
 * of its own and takes the moves of the remote; a follower's page follows the talk, may browse away on
 * its own and comes back to the live slide with one tap. Both show the connection's state and recover
 * from a lost one by themselves. The presenter's first slide shows the follow link as a QR code, and
 * its speaker view the remote's and the follow link's.
 */
import type { RevealApi } from 'reveal.js';
import { CONFIG_ID, type PresentConfig } from '../../lib/present/inject.ts';
import type { Position, ServerMessage, StateMessage } from '../../lib/present/messages.ts';
import { SPEAKER_WINDOW_EVENT } from '../deck/speaker.ts';
import { LiveSocket, type SocketStatus } from './socket.ts';
import css from './deck.css';
import { followCodeOnFirstSlide, foldSpeakerLinks, linksInSpeakerView } from './links.ts';

const config = JSON.parse(document.getElementById(CONFIG_ID)?.textContent ?? 'null') as PresentConfig | null;

/** The position reveal.js shows (`f` -1 when no fragment is shown, also on a slide without fragments). */
function shown(reveal: RevealApi): Position {
	const { h, f } = reveal.getIndices();
	return { h, f: typeof f === 'number' ? f : -1 };
}

const same = (a: Position | null, b: Position | null): boolean => a !== null && b !== null && a.h === b.h && a.f === b.f;

/** Resolves with reveal.js once the deck client says the deck is ready (`<html data-deck-ready>`). */
function deckReady(): Promise<RevealApi> {
	return new Promise((resolve) => {
		const check = (): boolean => {
			if (document.documentElement.dataset['deckReady'] !== 'true' || !window.Reveal) return false;
			resolve(window.Reveal as unknown as RevealApi);
			return true;
		};
		if (check()) return;
		const observer = new MutationObserver(() => {
			if (check()) observer.disconnect();
		});
		observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-deck-ready'] });
	});
}

/** The status pill (and, for a follower, the way back to the live slide). */
function statusBar(role: PresentConfig['role']): { set(status: SocketStatus, text: string): void; back: HTMLButtonElement } {
	const bar = document.createElement('div');
	bar.className = `present-bar present-as-${role}`;
	bar.innerHTML = `<p class="present-status" role="status" aria-live="polite"><span class="present-dot" aria-hidden="true"></span><span class="present-text"></span></p><button type="button" class="present-back" hidden></button>`;
	// A phone held upright shows a 16:9 slide a third of its height: the stylesheet shows this only then.
	if (role === 'follow') bar.insertAdjacentHTML('afterbegin', '<p class="present-turn">Turn your phone sideways for a bigger slide</p>');
	document.body.append(bar);
	const text = bar.querySelector<HTMLElement>('.present-text') as HTMLElement;
	return {
		set(status, message) {
			bar.dataset['status'] = status;
			text.textContent = message;
		},
		back: bar.querySelector<HTMLButtonElement>('.present-back') as HTMLButtonElement,
	};
}

async function present(settings: PresentConfig): Promise<void> {
	/** Remotes connected (from the server's audience messages). */
	let remotes = 0;
	const style = document.createElement('style');
	style.textContent = css;
	document.head.append(style);
	if (settings.role === 'presenter' && settings.follow) followCodeOnFirstSlide(settings.follow.qr);
	if (settings.role === 'presenter') {
		window.addEventListener(SPEAKER_WINDOW_EVENT, (event) => {
			const speaker = (event as CustomEvent<Window>).detail;
			// After the notes plugin wrote the window's document (the event comes a task after `open`).
			if (!speaker?.document) return;
			linksInSpeakerView(speaker, settings, remotes === 0);
		});
	}
	// The deck client keeps this page out of reveal.js's scroll view (src/client/deck/main.ts).
	const reveal = await deckReady();
	const bar = statusBar(settings.role);
	const html = document.documentElement;
	html.dataset['presentRole'] = settings.role;

	let live: StateMessage | null = null;
	/** The presenter's last report, until the server's state catches up. */
	let reported: Position | null = null;
	let audience = 0;
	/** A follower browsing on its own: live moves are not applied until it taps back. */
	let browsing = false;

	const liveLabel = (): string => (live ? `slide ${live.h + 1}${live.f >= 0 ? `, step ${live.f + 1}` : ''}` : 'the talk');
	const describe = (status: SocketStatus): string => {
		if (status === 'lost') return 'Connection lost, reconnecting…';
		if (status === 'refused') return 'This link no longer works: ask for the new one';
		if (status === 'connecting') return 'Connecting…';
		if (settings.role === 'presenter') return `Live · ${audience} following`;
		return browsing ? 'Browsing on your own' : 'Following live';
	};
	const render = (): void => {
		bar.set(socket.status, describe(socket.status));
		html.dataset['presentStatus'] = socket.status;
		html.dataset['presentBrowsing'] = String(browsing);
		bar.back.hidden = !(settings.role === 'follow' && browsing && live);
		bar.back.textContent = `Back to live · ${liveLabel()}`;
	};

	/** Shows the live position (reveal.js fires its events, which then match `live` and are not reported back). */
	const apply = (state: StateMessage): void => {
		if (!same(shown(reveal), state)) reveal.slide(state.h, 0, state.f);
		html.dataset['presentSeq'] = String(state.seq);
	};

	const socket = new LiveSocket(settings.socket, {
		message(message: ServerMessage) {
			switch (message.type) {
				case 'hello':
					audience = message.audience;
					live = message.state;
					reported = null;
					if (!browsing) apply(live);
					break;
				case 'state':
					if (message.deck !== settings.deck) break;
					live = message;
					reported = null;
					if (!browsing) apply(live);
					break;
				case 'audience':
					audience = message.followers;
					// The speaker's phone is connected: its QR code can make room for the notes.
					if (message.remotes > remotes && message.remotes > 0) foldSpeakerLinks();
					remotes = message.remotes;
					break;
				case 'pong':
					return;
			}
			render();
		},
		status() {
			render();
		},
	});

	const onMove = (): void => {
		const here = shown(reveal);
		if (same(here, live)) {
			if (browsing) {
				browsing = false;
				render();
			}
			return;
		}
		if (settings.role === 'presenter') {
			// One move fires two events (slide and fragment): report it once.
			if (same(here, reported)) return;
			reported = here;
			socket.send({ type: 'show', h: here.h, f: here.f });
		} else if (!browsing) {
			browsing = true;
			render();
		}
	};
	for (const type of ['slidechanged', 'fragmentshown', 'fragmenthidden']) reveal.on(type, onMove);

	bar.back.addEventListener('click', () => {
		browsing = false;
		if (live) apply(live);
		render();
	});
	socket.start();
	render();
}

// The speaker view's previews (`?receiver`) are views of this page, not presenters or followers of their own.
if (config && !new URLSearchParams(window.location.search).has('receiver')) {
	present(config).catch((error: unknown) => console.error('[present] failed to start', error));
}
