/** Command-line arguments of `npm run present`. */
import { addDeckArg, UsageError } from '../export/args.ts';

export { UsageError };

/** What `npm run present` was asked to do. */
export interface PresentArgs {
	/** Deck slugs to present; every deck when empty. */
	decks: string[];
	/** `--host`: the address to listen on. */
	host: string;
	/** `--port`: 0 for a free one. */
	port: number | null;
	/** `--resume`: the last session's links, port and positions. */
	resume: boolean;
	/** `--max-followers`. */
	maxFollowers: number | null;
	help: boolean;
}

export const USAGE = `Usage: npm run present -- [<deck> ...] [--host <address>] [--port <n>] [--resume]

Serves the built site (dist/) on the local network and prints, for one deck (or a chooser of
decks), three links: the presenter's (open it on the laptop at the projector), the remote's (your
phone: it moves the talk, keep it to yourself) and the follow link (for the room), the last two
also as QR codes. Every run makes new links, unless --resume.

Options:
  --host <address>      address to listen on (default 0.0.0.0: every interface; 127.0.0.1: this computer only)
  --port <n>            port (default: a free one; with --resume, the last session's)
  --resume              take the last session's links, port and slide again (after a restart mid-talk:
                        phones and the room reconnect by themselves)
  --max-followers <n>   most followers at once (default 500)
  -h, --help            show this help

Stop with Ctrl-C.`;

function integer(value: string | undefined, name: string, min: number, max: number): number {
	const n = Number(value);
	if (value === undefined || !/^\d+$/.test(value) || n < min || n > max) throw new UsageError(`${name} needs a whole number from ${min} to ${max}`);
	return n;
}

/** Parses `process.argv.slice(2)`; throws UsageError on a mistake. */
export function parsePresentArgs(argv: readonly string[]): PresentArgs {
	const args: PresentArgs = { decks: [], host: '0.0.0.0', port: null, resume: false, maxFollowers: null, help: false };
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i] ?? '';
		const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
		const value = (): string | undefined => inline ?? argv[++i];
		if (flag === '--host') {
			const host = value();
			if (!host || host.startsWith('-')) throw new UsageError('--host needs an address, e.g. 127.0.0.1 or 0.0.0.0');
			args.host = host;
		} else if (flag === '--port') args.port = integer(value(), '--port', 0, 65535);
		else if (flag === '--max-followers') args.maxFollowers = integer(value(), '--max-followers', 1, 10_000);
		else if (flag === '--resume') args.resume = true;
		else if (flag === '--help' || flag === '-h') args.help = true;
		else if (flag === '--') continue;
		else if (flag.startsWith('-')) throw new UsageError(`unknown option ${flag}`);
		else addDeckArg(args.decks, flag);
	}
	return args;
}
