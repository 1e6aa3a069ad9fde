/** What `npm run present` prints: the three links, the remote's and the follow link's as QR codes. */
import QRCode from 'qrcode';
import type { PresentServer } from './server.ts';

/** A QR code drawn with half blocks, two rows of modules per line. */
export async function terminalQr(url: string): Promise<string> {
	return QRCode.toString(url, { type: 'terminal', small: true, errorCorrectionLevel: 'M' });
}

/** The text to print once the server listens. */
export async function startBanner(present: PresentServer, where: string, others: readonly string[]): Promise<string> {
	const decks = present.decks.length === 1 ? `“${present.decks[0]?.title}”` : `${present.decks.length} decks (the links open a chooser)`;
	const lines = [
		'',
		`Presenting ${decks} on ${present.origin} (${where}). Stop with Ctrl-C.`,
		...(others.length > 0 ? [`Also reachable at: ${others.join(', ')} (same links, other address)`] : []),
		'',
		'Presenter: open on the laptop at the projector',
		`  ${present.links.presenter}`,
		'',
		'Remote: your phone moves the talk; keep this link to yourself',
		`  ${present.links.remote}`,
		await terminalQr(present.links.remote),
		'Follow: for the room (also shown on the first slide while presenting)',
		`  ${present.links.follow}`,
		await terminalQr(present.links.follow),
	];
	return lines.join('\n');
}

/** What the session refused and dropped, printed when it stops. */
export function stopSummary(present: PresentServer): string {
	const { hub, refused } = present;
	const dropped = Object.entries(hub.stats.dropped).filter(([, n]) => n > 0);
	const refusals = Object.entries(refused).filter(([, n]) => n > 0);
	const closed = Object.entries(hub.stats.closed).filter(([, n]) => n > 0);
	const a = hub.stats.accepted;
	return [
		`Stopped. Connections: ${a.presenter} presenter, ${a.remote} remote, ${a.follow} followers (at most ${hub.stats.peak} at once).`,
		`Refused requests: ${refusals.length > 0 ? refusals.map(([r, n]) => `${n} ${r}`).join(', ') : 'none'}.`,
		`Dropped messages: ${dropped.length > 0 ? dropped.map(([r, n]) => `${n} ${r}`).join(', ') : 'none'}.`,
		...(closed.length > 0 ? [`Closed connections: ${closed.map(([r, n]) => `${n} ${r}`).join(', ')}.`] : []),
	].join('\n');
}
