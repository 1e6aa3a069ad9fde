/**
 * What the server adds to a deck page it serves to the presenter or a follower: the session's settings
 * for that role (as JSON) and the presenting client. The built page stays as it is on disk and on the
 * site; only a page served with `?present=<role>` to a holder of that role's token gets them.
 */
import type { Role } from './tokens.ts';

/** A QR code to show, with the address it holds. */
export interface ShownLink {
	url: string;
	/** The QR code as inline SVG (src/lib/render/qr.ts). */
	qr: string;
}

/** The settings a deck page's presenting client reads (`#talkbook-present`). */
export interface PresentConfig {
	role: Extract<Role, 'presenter' | 'follow'>;
	deck: string;
	/** Path of the WebSocket endpoint. */
	socket: string;
	/** The follow link, for the title slide (presenter) and the speaker view. */
	follow: ShownLink | null;
	/** The remote link, for the speaker view only: never given to followers. */
	remote: ShownLink | null;
}

/** Id of the settings' `<script type="application/json">`. */
export const CONFIG_ID = 'talkbook-present';

/** Id of the remote page's settings (scripts/present/pages.ts writes them, src/client/present/remote.ts reads them). */
export const REMOTE_CONFIG_ID = 'talkbook-remote';

/** What the remote page's script reads. */
export interface RemoteConfig {
	deck: string;
	socket: string;
}

/** JSON that can sit inside `<script>`: `<`, `>`, `&` and the line separators escaped. */
export function scriptJson(value: unknown): string {
	return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * The deck page with the settings and the client's `<script type="module">` added at the end of
 * `<head>`, so the client runs before the deck's own script and can prepare the slides before they are
 * fitted. Throws when the page has no `</head>` (not a deck page the build wrote).
 */
export function injectPresentClient(html: string, config: PresentConfig, clientSrc: string): string {
	const at = html.search(/<\/head>/i);
	if (at < 0) throw new Error('deck page has no </head>');
	const tags = `<script type="application/json" id="${CONFIG_ID}">${scriptJson(config)}</script><script type="module" src="${clientSrc}"></script>`;
	return html.slice(0, at) + tags + html.slice(at);
}
