/**
 * `npm run present -- [<deck> ...] [--host H] [--port P] [--resume]`: see USAGE in args.ts. Serves the
 * built `dist/` with the presenting server until Ctrl-C or SIGTERM, then closes every connection, saves
 * the session for `--resume` and prints what it refused. Exits 0 on a clean stop, 1 when it cannot start,
 * 2 on a command-line mistake.
 */
import { readFileSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import path from 'node:path';
import { newTokens, type Tokens } from '../../src/lib/present/tokens.ts';
import { isWildcard, lanAddresses } from '../../src/lib/present/urls.ts';
import { listBuiltDecks } from '../export/files.ts';
import { siteBaseOf } from '../export/single-file.ts';
import { parsePresentArgs, USAGE, UsageError } from './args.ts';
import { bundlePresentClients } from './clients.ts';
import { startPresentServer, type PresentServer } from './server.ts';
import { loadSession, saveSession, sessionFile, type Session } from './session.ts';
import { startBanner, stopSummary } from './terminal.ts';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

/** A reason not to start, for the user. */
class StartError extends Error {}

/** The decks to present: all built ones, or the ones named, which must all be built. */
function chooseDecks(requested: readonly string[], available: readonly string[]): string[] {
	if (available.length === 0) throw new StartError('dist/ has no built decks: run `npm run build` first');
	const unknown = requested.filter((slug) => !available.includes(slug));
	if (unknown.length > 0) throw new StartError(`no built deck named ${unknown.map((s) => `"${s}"`).join(', ')}. Built decks: ${available.join(', ')}`);
	return requested.length > 0 ? [...requested] : [...available];
}

async function main(): Promise<number> {
	let args;
	try {
		args = parsePresentArgs(process.argv.slice(2));
	} catch (error) {
		if (!(error instanceof UsageError)) throw error;
		console.error(`present: ${error.message}\n\n${USAGE}`);
		return 2;
	}
	if (args.help) {
		console.log(USAGE);
		return 0;
	}
	const dist = path.join(ROOT, 'dist');
	const file = sessionFile(ROOT);
	let previous: Session | null = null;
	if (args.resume) {
		const loaded = loadSession(file);
		if (typeof loaded === 'string') throw new StartError(`cannot resume: ${loaded}. Start without --resume for new links.`);
		previous = loaded;
	}
	const available = listBuiltDecks(dist);
	const decks = chooseDecks(args.decks.length > 0 ? args.decks : (previous?.decks.filter((d) => available.includes(d)) ?? []), available);
	const base = siteBaseOf(readFileSync(path.join(dist, 'decks', decks[0] as string, 'index.html'), 'utf8'));
	const tokens: Tokens = previous?.tokens ?? newTokens();
	const host = args.host;
	const port = args.port ?? previous?.port ?? 0;
	const lan = isWildcard(host) ? lanAddresses(networkInterfaces()) : [host];
	const publicHost = lan[0] ?? '127.0.0.1';
	const where = isWildcard(host) ? (lan.length > 0 ? 'every interface' : 'every interface, but no network was found: only this computer can open the links') : host === '127.0.0.1' || host === '::1' ? 'this computer only' : `address ${host} only`;

	const clients = await bundlePresentClients(ROOT);
	let present: PresentServer;
	const talks: Session['talks'] = { ...(previous?.talks ?? {}) };
	let saveTimer: ReturnType<typeof setTimeout> | undefined;
	const save = (): void => {
		clearTimeout(saveTimer);
		saveTimer = undefined;
		saveSession(file, { tokens, host, port: present.port, decks, talks, savedAt: Date.now() });
	};
	try {
		present = await startPresentServer({
			dist,
			base,
			decks,
			tokens,
			host,
			port,
			publicHost,
			clients,
			...(args.maxFollowers ? { caps: { followers: args.maxFollowers, drivers: 16 } } : {}),
			restore: talks,
			onMove: (deck, talk) => {
				const { h, f } = talk.state();
				talks[deck] = { h, f, elapsed: talk.elapsed() };
				saveTimer ??= setTimeout(save, 1_000);
			},
		});
	} catch (error) {
		const code = (error as { code?: string }).code;
		if (code === 'EADDRINUSE') throw new StartError(`port ${port} is taken${args.resume ? ' (is the last session still running?)' : ''}: choose another with --port`);
		if (code === 'EADDRNOTAVAIL') throw new StartError(`${host} is not an address of this computer`);
		throw error;
	}
	save();
	console.log(await startBanner(present, where, lan.slice(1).map((a) => `${a}:${present.port}`)));

	return new Promise<number>((resolve) => {
		let stopping = false;
		const stop = (signal: NodeJS.Signals): void => {
			if (stopping) {
				console.error(`\n${signal} again: stopping at once.`);
				process.exit(1);
			}
			stopping = true;
			console.log(`\n${signal}: closing the connections…`);
			for (const [deck, talk] of present.hub.talks) {
				const { h, f } = talk.state();
				if (talk.elapsed() !== null) talks[deck] = { h, f, elapsed: talk.elapsed() };
			}
			save();
			present.close().then(
				() => {
					console.log(stopSummary(present));
					resolve(0);
				},
				(error: unknown) => {
					console.error('present: could not close cleanly:', error);
					resolve(1);
				},
			);
		};
		process.on('SIGINT', stop);
		process.on('SIGTERM', stop);
	});
}

main().then(
	(code) => {
		process.exitCode = code;
	},
	(error: unknown) => {
		if (error instanceof StartError) console.error(`present: ${error.message}`);
		else console.error('present failed unexpectedly:', error);
		process.exitCode = 1;
	},
);
