/**
 * The phone remote (`/_present/remote/<deck>`): two large targets and a swipe move the talk; the current
 * slide's notes with the current step's paragraph marked; elapsed and remaining time against the talk's
 * pacing; the next slide's title; a clear "connection lost, reconnecting" state; the screen kept awake
 * where the browser allows it. Everything it shows comes from the server's hello (the deck's outline)
 * and its state messages; text is set as text, never as HTML.
 */
import { REMOTE_CONFIG_ID, type RemoteConfig } from '../../lib/present/inject.ts';
import type { DeckOutline, ServerMessage, StateMessage } from '../../lib/present/messages.ts';
import { bindControls } from './controls.ts';
import { LiveSocket, type SocketStatus } from './socket.ts';
import { wakeLock } from './wake.ts';

const settings = JSON.parse(document.getElementById(REMOTE_CONFIG_ID)?.textContent ?? 'null') as RemoteConfig | null;

function el<T extends HTMLElement = HTMLElement>(selector: string): T {
	const found = document.querySelector<T>(selector);
	if (!found) throw new Error(`remote page has no ${selector}`);
	return found;
}

/** `m:ss` (or `h:mm:ss`) of a number of seconds; negative values get a minus sign. */
function clock(seconds: number): string {
	const sign = seconds < 0 ? '−' : '';
	const s = Math.abs(Math.round(seconds));
	const h = Math.floor(s / 3600);
	const m = Math.floor((s % 3600) / 60);
	const rest = String(s % 60).padStart(2, '0');
	return h > 0 ? `${sign}${h}:${String(m).padStart(2, '0')}:${rest}` : `${sign}${m}:${rest}`;
}

function start(config: RemoteConfig): void {
	const root = el('.remote');
	const statusText = el('.remote-status-text');
	const slideCount = el('.remote-slide');
	const audienceEl = el('.remote-audience');
	const title = el('.remote-title');
	const notes = el('.remote-notes');
	const nextTitle = el('.remote-next-title');
	const elapsedEl = el('.remote-elapsed');
	const remainingEl = el('.remote-remaining');
	const paceEl = el('.remote-pace');
	const paceBox = el('.remote-pace-box');
	const paceWord = el('.remote-pace-word');
	const prev = el<HTMLButtonElement>('.remote-prev');
	const next = el<HTMLButtonElement>('.remote-go');
	const wake = el('.remote-wake');

	let outline: DeckOutline | null = null;
	let state: StateMessage | null = null;
	/** When the last state arrived (performance.now()), so the clock counts on between messages. */
	let stateAt = 0;
	let renderedSlide = -1;

	const elapsedSeconds = (): number | null => (state?.elapsed == null ? null : (state.elapsed + performance.now() - stateAt) / 1000);

	const renderClock = (): void => {
		const elapsed = elapsedSeconds();
		const slides = outline?.slides ?? [];
		const total = (outline?.minutes ?? 0) * 60;
		elapsedEl.textContent = clock(elapsed ?? 0);
		remainingEl.textContent = total > 0 ? clock(total - (elapsed ?? 0)) : '–';
		remainingEl.classList.toggle('is-over', total > 0 && (elapsed ?? 0) > total);
		if (!state || slides.length === 0 || slides.every((s) => s.timing === 0)) {
			paceEl.textContent = '–';
			paceWord.textContent = '';
			paceBox.dataset['pace'] = '';
			return;
		}
		// As reveal.js's speaker view: the time left until this slide's share of the talk is used up.
		const end = slides.slice(0, state.h + 1).reduce((sum, s) => sum + s.timing, 0);
		const own = slides[state.h]?.timing ?? 0;
		const left = end - (elapsed ?? 0);
		const pace = left < 0 ? 'behind' : left > own ? 'ahead' : 'on-track';
		paceBox.dataset['pace'] = pace;
		paceEl.textContent = clock(left < 0 ? -left : pace === 'ahead' ? left - own : left);
		paceWord.textContent = left < 0 ? 'over its time' : pace === 'ahead' ? 'ahead of pace' : 'left of its time';
	};

	const renderNotes = (): void => {
		if (!outline || !state) return;
		const slide = outline.slides[state.h];
		const step = state.f + 1;
		if (state.h !== renderedSlide) {
			renderedSlide = state.h;
			notes.replaceChildren();
			for (const note of slide?.notes ?? []) {
				const p = document.createElement('p');
				p.textContent = note.text;
				if (note.step !== null) p.dataset['step'] = String(note.step);
				notes.append(p);
			}
			if (!slide?.notes.length) {
				const p = document.createElement('p');
				p.className = 'remote-empty';
				p.textContent = 'No notes for this slide.';
				notes.append(p);
			}
			notes.scrollTop = 0;
		}
		let current: HTMLElement | null = null;
		for (const p of notes.querySelectorAll<HTMLElement>('p[data-step]')) {
			const on = Number(p.dataset['step']) === step;
			p.classList.toggle('note-current', on);
			if (on) current ??= p;
		}
		current?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
	};

	const render = (): void => {
		root.dataset['state'] = socket.status;
		statusText.textContent =
			socket.status === 'open'
				? 'Connected'
				: socket.status === 'lost'
					? 'Connection lost, reconnecting…'
					: socket.status === 'refused'
						? 'This remote link no longer works: open the new one from the terminal'
						: 'Connecting…';
		const usable = socket.status === 'open' && state !== null;
		prev.disabled = !usable;
		next.disabled = !usable;
		if (!outline || !state) return;
		const slide = outline.slides[state.h];
		const steps = slide?.fragments ?? 0;
		slideCount.textContent = `${state.h + 1} / ${outline.slides.length}${steps > 0 ? ` · step ${state.f + 1}/${steps}` : ''}`;
		title.textContent = slide?.title ?? outline.title;
		const following = outline.slides[state.h + 1];
		nextTitle.textContent = state.f + 1 < steps ? `Step ${state.f + 2} of this slide` : following ? following.title : 'End of the talk';
		renderNotes();
		renderClock();
		root.dataset['slide'] = String(state.h);
		root.dataset['step'] = String(state.f + 1);
		root.dataset['seq'] = String(state.seq);
	};

	const socket = new LiveSocket(config.socket, {
		message(message: ServerMessage) {
			switch (message.type) {
				case 'hello':
					outline = message.outline;
					state = message.state;
					stateAt = performance.now();
					renderedSlide = -1;
					audienceEl.textContent = ` · ${message.audience} following`;
					break;
				case 'state':
					if (message.deck !== config.deck) return;
					state = message;
					stateAt = performance.now();
					break;
				case 'audience':
					audienceEl.textContent = ` · ${message.followers} following`;
					return;
				case 'pong':
					return;
			}
			render();
		},
		status(status: SocketStatus) {
			render();
			if (status === 'open') void keepAwake();
		},
	});

	const go = (to: 'next' | 'prev'): void => {
		if (socket.send({ type: 'go', to })) navigator.vibrate?.(8);
	};
	bindControls(root, prev, next, go);

	const keepAwake = wakeLock(root, wake);

	setInterval(renderClock, 500);
	socket.start();
	render();
}

if (settings) start(settings);
