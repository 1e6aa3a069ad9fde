/**
 * `npm run export [-- <deck>... --fragments]`: see USAGE in args.ts. Exits 0 when every deck was
 * exported, 1 when one could not be (with the reason), 2 on a command-line mistake.
 */
import path from 'node:path';
import { parseExportArgs, USAGE, UsageError } from './args.ts';
import { exportDecks, ROOT } from './export.ts';
import { ExportError } from './errors.ts';
import { formatBytes } from './reporter.ts';

async function main(): Promise<number> {
	let args;
	try {
		args = parseExportArgs(process.argv.slice(2));
	} catch (error) {
		if (!(error instanceof UsageError)) throw error;
		console.error(`export: ${error.message}\n\n${USAGE}`);
		return 2;
	}
	if (args.help) {
		console.log(USAGE);
		return 0;
	}
	const started = performance.now();
	try {
		const results = await exportDecks({ decks: args.decks, fragments: args.fragments, ...(args.pptxOnly ? { kinds: ['pptx'] as const } : {}) });
		const files = results.flatMap((r) => Object.values(r.files));
		const bytes = files.reduce((sum, f) => sum + f.bytes, 0);
		const where = path.relative(process.cwd(), path.join(ROOT, 'dist', 'exports')) || '.';
		console.log(`Wrote ${files.length} files (${formatBytes(bytes)}) to ${where}/ in ${((performance.now() - started) / 1000).toFixed(1)} s; the deck pages link to them.`);
		return 0;
	} catch (error) {
		if (error instanceof ExportError) {
			console.error(`\nexport failed: ${error.message}`);
			return 1;
		}
		throw error;
	}
}

main().then(
	(code) => {
		process.exitCode = code;
	},
	(error: unknown) => {
		console.error('export failed unexpectedly:', error);
		process.exitCode = 1;
	},
);
