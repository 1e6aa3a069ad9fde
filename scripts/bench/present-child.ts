/**
 * A server process for `npm run bench:present` (scripts/bench/present.ts), so the benchmark measures its
 * memory alone: `talkbook` runs the presenting server over `dist/` (scripts/present/server.ts), `bare` a
 * plain `ws` server that sends every message it gets to every other client, the floor of the stack.
 * It reports its port (and the talkbook server's tokens) over IPC, and its memory when asked (after a
 * garbage collection, with `--expose-gc`).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { WebSocketServer } from 'ws';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const [kind = 'talkbook', deck = 'rust-on-the-backend', followers = '300'] = process.argv.slice(2);

/** Memory of this process after a collection, in bytes. */
function memory(): { rss: number; heapUsed: number } {
	(globalThis as { gc?: () => void }).gc?.();
	const { rss, heapUsed } = process.memoryUsage();
	return { rss, heapUsed };
}

async function start(): Promise<{ port: number; tokens?: unknown }> {
	if (kind === 'bare') {
		const wss = new WebSocketServer({ host: '127.0.0.1', port: 0, perMessageDeflate: false });
		wss.on('connection', (ws) => {
			ws.on('message', (data) => {
				const text = String(data);
				for (const client of wss.clients) if (client !== ws && client.readyState === client.OPEN) client.send(text);
			});
		});
		await new Promise<void>((resolve) => wss.on('listening', () => resolve()));
		return { port: (wss.address() as { port: number }).port };
	}
	// Imported here, so the bare server's process holds nothing but `ws` (its memory is the floor's).
	const { siteBaseOf } = await import('../export/single-file.ts');
	const { bundlePresentClients } = await import('../present/clients.ts');
	const { startPresentServer } = await import('../present/server.ts');
	const { newTokens } = await import('../../src/lib/present/tokens.ts');
	const dist = path.join(ROOT, 'dist');
	const tokens = newTokens();
	const server = await startPresentServer({
		dist,
		base: siteBaseOf(readFileSync(path.join(dist, 'decks', deck, 'index.html'), 'utf8')),
		decks: [deck],
		tokens,
		host: '127.0.0.1',
		port: 0,
		publicHost: '127.0.0.1',
		clients: await bundlePresentClients(ROOT),
		caps: { followers: Number(followers) + 16, drivers: 16 },
	});
	return { port: server.port, tokens };
}

start().then(
	(ready) => {
		process.send?.({ type: 'ready', ...ready, memory: memory() });
		process.on('message', (message: { type?: string }) => {
			if (message.type === 'memory') process.send?.({ type: 'memory', memory: memory() });
			if (message.type === 'exit') process.exit(0);
		});
	},
	(error: unknown) => {
		console.error(error);
		process.exit(1);
	},
);
