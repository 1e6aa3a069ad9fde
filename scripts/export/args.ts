/** Command-line arguments of `npm run export`. */
export interface ExportArgs {
	/** Deck slugs to export, in the order given; empty means every deck. */
	decks: string[];
	/** `--fragments`: a PDF page per fragment step instead of one per slide. */
	fragments: boolean;
	/** `--pptx`: only the PowerPoint files. */
	pptxOnly: boolean;
	/** `--help` / `-h`. */
	help: boolean;
}

export const USAGE = `Usage: npm run export [-- [<deck> ...] [--fragments] [--pptx]]

Writes into dist/exports/, for every deck (or only the decks named):
  <deck>.pdf           one page per slide in the deck's frame, fragments shown in their final state
  <deck>-handout.pdf   A4 pages: each slide with its speaker notes
  <deck>.html          one self-contained file that presents offline, from file://
  <deck>.pptx          PowerPoint: editable text, tables and charts, the speaker notes

Options:
  --fragments          a page per fragment step in <deck>.pdf
  --pptx               only the PowerPoint files
  -h, --help           show this help

Builds the site first if dist/ has no decks.`;

/** A mistake on the command line: the message is for the user, followed by the usage. */
export class UsageError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'UsageError';
	}
}

const SLUG = /^[a-z0-9][a-z0-9-]*$/;

/**
 * Adds the deck an argument names to `decks` (once), accepting what people paste: `decks/foo.md`,
 * `/decks/foo/`, `foo`. Throws UsageError when it is not a deck name. `npm run present` takes decks the same way.
 */
export function addDeckArg(decks: string[], arg: string): void {
	const slug = arg.replace(/^\/?(decks\/)?/, '').replace(/(\.mdx?|\/)$/, '');
	if (!SLUG.test(slug)) throw new UsageError(`"${arg}" is not a deck name (decks are named like "rust-on-the-backend")`);
	if (!decks.includes(slug)) decks.push(slug);
}

/** Parses `process.argv.slice(2)`; throws UsageError on an unknown option or a malformed deck name. */
export function parseExportArgs(argv: readonly string[]): ExportArgs {
	const args: ExportArgs = { decks: [], fragments: false, pptxOnly: false, help: false };
	for (const arg of argv) {
		if (arg === '--fragments') args.fragments = true;
		else if (arg === '--pptx') args.pptxOnly = true;
		else if (arg === '--help' || arg === '-h') args.help = true;
		else if (arg === '--') continue;
		else if (arg.startsWith('-')) throw new UsageError(`unknown option ${arg}`);
		else addDeckArg(args.decks, arg);
	}
	return args;
}
