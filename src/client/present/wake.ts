/**
 * Keeps the phone's screen on while the remote is open, with the Wake Lock API where the browser grants
 * it: browsers offer it to secure pages only (https, localhost), so on a plain http LAN address the remote
 * says so instead, in `note`. `root` gets `data-wake`: held, refused or unavailable.
 */

interface Lock {
	released: boolean;
	release(): Promise<void>;
}

/** Returns the function that takes (or takes again) the wake lock; it is taken again whenever the page comes back into view. */
export function wakeLock(root: HTMLElement, note: HTMLElement): () => Promise<void> {
	let lock: Lock | null = null;
	const say = (state: 'held' | 'refused' | 'unavailable', text: string): void => {
		root.dataset['wake'] = state;
		note.hidden = state === 'held';
		note.textContent = text;
	};
	const keepAwake = async (): Promise<void> => {
		const api = (navigator as Navigator & { wakeLock?: { request(type: 'screen'): Promise<Lock> } }).wakeLock;
		if (!api) return say('unavailable', 'This browser cannot keep the screen on over a local http link: set the phone not to lock during the talk.');
		if (lock && !lock.released) return;
		try {
			lock = await api.request('screen');
			say('held', '');
		} catch {
			say('refused', 'The screen may lock: keep it on yourself during the talk.');
		}
	};
	// A wake lock ends when the page is hidden.
	document.addEventListener('visibilitychange', () => {
		if (document.visibilityState === 'visible') void keepAwake();
	});
	return keepAwake;
}
