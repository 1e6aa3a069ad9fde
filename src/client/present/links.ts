/**
 * The presenting links where the speaker and the room see them: the follow link's QR code on the
 * presenter's first slide, and both links (the remote's and the follow link) in the speaker view.
 */
import type { PresentConfig } from '../../lib/present/inject.ts';
import speakerCss from './speaker.css';

/** The speaker window, once opened. */
let speakerWindow: Window | null = null;

/** The follow link's QR code on the first slide, for the room (added before the deck fits its slides). */
export function followCodeOnFirstSlide(svg: string): void {
	const first = document.querySelector<HTMLElement>('.reveal .slides > section');
	if (!first) return;
	const figure = document.createElement('figure');
	figure.className = 'present-follow';
	figure.innerHTML = `${svg}<figcaption>Follow on your phone</figcaption>`;
	first.classList.add('present-follow-slide');
	first.append(figure);
}

/** The remote's and the follow link's QR codes in the speaker window. */
export function linksInSpeakerView(speaker: Window, links: PresentConfig, open: boolean): void {
	speakerWindow = speaker;
	const doc = speaker.document;
	const controls = doc.getElementById('speaker-controls');
	if (!controls || doc.getElementById('talkbook-present-links')) return;
	const style = doc.createElement('style');
	style.textContent = speakerCss;
	doc.head.append(style);
	const section = doc.createElement('details');
	section.id = 'talkbook-present-links';
	// Open until the speaker's phone is connected; folded then, so the notes get the room.
	section.open = open;
	const item = (title: string, hint: string, link: { url: string; qr: string } | null): string =>
		link ? `<figure>${link.qr}<figcaption><strong>${title}</strong> ${hint}<br><code></code></figcaption></figure>` : '';
	section.innerHTML =
		`<summary class="label">Links: your remote, and the room's</summary>` +
		item('Remote', '(yours only: it moves the talk)', links.remote) +
		item('Follow', '(for the room)', links.follow);
	const codes = section.querySelectorAll('code');
	const urls = [links.remote?.url, links.follow?.url].filter((u): u is string => Boolean(u));
	codes.forEach((code, i) => {
		code.textContent = urls[i] ?? '';
	});
	// First in the controls: the speaker scans the remote before the talk, then folds it away.
	controls.prepend(section);
}

/** Folds the links in the speaker view (the speaker may open them again). */
export function foldSpeakerLinks(): void {
	const links = speakerWindow?.document.getElementById('talkbook-present-links') as HTMLDetailsElement | null | undefined;
	if (links) links.open = false;
}
