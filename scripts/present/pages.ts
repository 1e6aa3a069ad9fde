/**
 * The pages the presenting server writes itself: the phone remote's shell, the chooser of decks and the
 * refusals. Plain HTML with every text escaped; styles and scripts come from the server's own routes, so
 * the pages carry a strict Content-Security-Policy and need nothing from another host.
 */
import { escapeAttr, escapeHtml } from '../../src/lib/html/escape.ts';
import { REMOTE_CONFIG_ID, scriptJson, type RemoteConfig } from '../../src/lib/present/inject.ts';
import type { DeckOutline } from '../../src/lib/present/messages.ts';
import { PRESENT_PREFIX, rolePagePath } from '../../src/lib/present/urls.ts';
import type { Role } from '../../src/lib/present/tokens.ts';

/** Policy of the server's own pages: their own scripts, styles and WebSocket only. */
export const PAGE_CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

function page(title: string, body: string, extraHead = ''): string {
	return (
		`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">` +
		`<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">` +
		`<meta name="color-scheme" content="dark light"><meta name="referrer" content="no-referrer">` +
		`<title>${escapeHtml(title)}</title><link rel="stylesheet" href="${PRESENT_PREFIX}client/present.css">${extraHead}</head>` +
		`<body>${body}</body></html>`
	);
}

/** The phone remote: its shell (filled by remote.ts from the WebSocket's hello). */
export function remotePage(outline: DeckOutline, config: RemoteConfig): string {
	const body = `
<main class="remote" data-state="connecting">
	<header class="remote-bar">
		<p class="remote-status" role="status" aria-live="polite"><span class="remote-dot" aria-hidden="true"></span><span class="remote-status-text">Connecting…</span></p>
		<p class="remote-count"><span class="remote-slide">–</span><span class="remote-audience"></span></p>
	</header>
	<section class="remote-clock" aria-label="Time">
		<p><span class="remote-label">Elapsed</span><span class="remote-elapsed">0:00</span></p>
		<p><span class="remote-label">Remaining</span><span class="remote-remaining">–</span></p>
		<p class="remote-pace-box"><span class="remote-label">This slide</span><span class="remote-pace">–</span><span class="remote-pace-word"></span></p>
	</section>
	<h1 class="remote-title">${escapeHtml(outline.title)}</h1>
	<section class="remote-notes" aria-label="Speaker notes" tabindex="0"><p class="remote-empty">Notes appear here once connected.</p></section>
	<p class="remote-next"><span class="remote-label">Next</span><span class="remote-next-title">–</span></p>
	<nav class="remote-pad" aria-label="Move the talk">
		<button type="button" class="remote-prev" aria-label="Previous step">‹ Back</button>
		<button type="button" class="remote-go" aria-label="Next step">Next ›</button>
	</nav>
	<p class="remote-wake" hidden></p>
</main>`;
	return page(`Remote · ${outline.title}`, body, `<script type="application/json" id="${REMOTE_CONFIG_ID}">${scriptJson(config)}</script><script type="module" src="${PRESENT_PREFIX}client/remote.js"></script>`);
}

const ROLE_LABEL: Record<Role, string> = { presenter: 'Present', remote: 'Remote for', follow: 'Follow' };

/** The chooser of decks, for a role, the live deck first. */
export function chooserPage(role: Role, decks: readonly DeckOutline[], base: string, live: string | null): string {
	const ordered = [...decks].sort((a, b) => Number(b.slug === live) - Number(a.slug === live));
	const items = ordered
		.map((deck) => `<li><a href="${escapeAttr(rolePagePath(role, deck.slug, base))}">${escapeHtml(deck.title)}</a>${deck.slug === live ? ' <strong class="chooser-live">live now</strong>' : ''}<span class="chooser-meta">${deck.slides.length} slides${deck.minutes ? ` · ${deck.minutes} min` : ''}</span></li>`)
		.join('');
	return page('Choose a talk', `<main class="chooser"><h1>${ROLE_LABEL[role]}…</h1><ul>${items}</ul></main>`);
}

/** A refusal: no token, a wrong one, or one of another role. Says nothing about what exists. */
export function refusedPage(): string {
	return page('Not available', `<main class="refused"><h1>This talk is private</h1><p>Open the link or scan the code the speaker shows. A link from an earlier session no longer works.</p></main>`);
}
