/**
 * reveal.js plugins the audience never needs at the start, loaded the first time they are asked for:
 * the speaker view (notes plugin, 19 KB gzip with its window and Markdown parser) on S, search on
 * Ctrl+Shift+F, zoom on Ctrl+click (Alt+click outside Linux). Each trigger keeps the plugin's own key or
 * gesture, so the first press already does what it always did; from then on the plugin handles it itself.
 * On the site the imports are separate chunks; the single-file export's esbuild bundle inlines them.
 */
import type RevealApi from 'reveal.js';
import type { NotesPlugin } from 'reveal.js/plugin/notes';
import type { SearchPlugin } from 'reveal.js/plugin/search';
import { deckStylesApplied, loadDeckStyles } from './styles.ts';

type Reveal = typeof RevealApi;

/** The speaker window's message that it is still open, sent every second (reveal-notes protocol). */
function isSpeakerHeartbeat(data: unknown): boolean {
	if (typeof data !== 'string' || !data.startsWith('{')) return false;
	try {
		const message = JSON.parse(data) as { namespace?: unknown; type?: unknown };
		return message.namespace === 'reveal-notes' && message.type === 'heartbeat';
	} catch {
		return false;
	}
}

/** Registers a plugin module once; reveal.js runs `init` at once when it has already started. */
function once<P>(reveal: Reveal, load: () => Promise<{ default: () => P }>): () => Promise<P> {
	let plugin: Promise<P> | undefined;
	return () =>
		(plugin ??= load().then((module) => {
			const instance = module.default();
			reveal.registerPlugin(instance as Parameters<Reveal['registerPlugin']>[0]);
			return instance;
		}));
}

/** Speaker view on S; also when the URL asks for it (`?notes`) or a speaker window left open reconnects. */
function speakerViewOnDemand(reveal: Reveal, win: Window): void {
	// reveal.js's notes plugin with notes that step with the fragments (speaker-notes.ts).
	const notes = once<NotesPlugin>(reveal, () => import('./speaker-notes.ts'));
	const fail = (error: unknown) => console.error('[deck] the speaker view failed to load', error);
	// Its init opens the window itself for `?notes`, and binds S from then on.
	if (/[?&]notes/i.test(win.location.search)) {
		notes().catch(fail);
		return;
	}
	reveal.addKeyBinding({ keyCode: 83, key: 'S', description: 'Speaker notes view' }, () => {
		// Within the key press's user activation, so the pop-up is allowed as before.
		notes()
			.then((plugin) => plugin.open())
			.catch(fail);
	});
	// After this page reloads, the speaker window's heartbeat asks to reconnect; the plugin answers the next one.
	const onMessage = (event: MessageEvent) => {
		if (!isSpeakerHeartbeat(event.data)) return;
		win.removeEventListener('message', onMessage);
		notes().catch(fail);
	};
	win.addEventListener('message', onMessage);
}

/** Search box on Ctrl+Shift+F (⌘+Shift+F), the search plugin's own key. */
function searchOnDemand(reveal: Reveal, doc: Document): void {
	const search = once<SearchPlugin>(reveal, () => import('reveal.js/plugin/search'));
	// Listed in reveal's help (?) before it is loaded; the plugin registers the same line again.
	reveal.registerKeyboardShortcut('CTRL + Shift + F', 'Search');
	const onKey = (event: KeyboardEvent) => {
		if (event.key !== 'F' || !(event.ctrlKey || event.metaKey)) return;
		event.preventDefault();
		doc.removeEventListener('keydown', onKey);
		search()
			.then((plugin) => plugin.open())
			.catch((error: unknown) => console.error('[deck] search failed to load', error));
	};
	doc.addEventListener('keydown', onKey);
}

/** Zoom on the zoom plugin's gesture; the first click is replayed once the plugin listens. */
function zoomOnDemand(reveal: Reveal, win: Window): void {
	const zoom = once(reveal, () => import('reveal.js/plugin/zoom'));
	const element = reveal.getRevealElement();
	if (!element) return;
	const onMouseDown = (event: MouseEvent) => {
		const configured = (reveal.getConfig() as { zoomKey?: 'ctrl' | 'alt' | 'shift' }).zoomKey;
		const key = configured ?? (/Linux/.test(win.navigator.platform) ? 'ctrl' : 'alt');
		if (!event[`${key}Key`] || reveal.isOverview()) return;
		event.preventDefault();
		element.removeEventListener('mousedown', onMouseDown);
		zoom()
			.then(() => element.dispatchEvent(new MouseEvent('mousedown', event)))
			.catch((error: unknown) => console.error('[deck] zoom failed to load', error));
	};
	element.addEventListener('mousedown', onMouseDown);
}

/**
 * The help overlay on `?`: its styles load on the first press (styles.ts), then reveal.js opens it as
 * always; that press is kept from reveal.js, which would open it unstyled.
 */
function helpOnDemand(reveal: Reveal, win: Window): void {
	const onKey = (event: KeyboardEvent) => {
		if (event.key !== '?' || event.ctrlKey || event.metaKey || event.altKey) return;
		const target = event.target;
		if (target instanceof HTMLElement && (target.isContentEditable || /^(input|textarea|select)$/i.test(target.tagName))) return;
		win.removeEventListener('keydown', onKey, true);
		if (deckStylesApplied('help', win.document)) return;
		event.preventDefault();
		event.stopImmediatePropagation();
		loadDeckStyles('help', win.document)
			.then(() => reveal.toggleHelp(true))
			.catch((error: unknown) => console.error('[deck] the help failed to load', error));
	};
	win.addEventListener('keydown', onKey, true);
}

/** Call once reveal.js has started. The speaker view's previews (`?receiver`) and print views need none of these. */
export function pluginsOnDemand(reveal: Reveal, win: Window = window): void {
	helpOnDemand(reveal, win);
	speakerViewOnDemand(reveal, win);
	searchOnDemand(reveal, win.document);
	zoomOnDemand(reveal, win);
}
