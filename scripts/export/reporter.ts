/** Progress of `npm run export`: one line per deck, built up step by step. */

/** Progress, one line per deck built up step by step. */
export interface ExportReporter {
	/** A line of its own (building the site, the summary). */
	line(text: string): void;
	deckStart(index: number, total: number, slug: string): void;
	/** A finished part of the current deck (`pdf (12 pages, 230 KB)`). */
	step(text: string): void;
	/** The end of the deck's line: its time, or that it failed. */
	deckEnd(text: string): void;
}

/** Reporter that writes each deck's progress as one growing line to a stream (the terminal). */
export function streamReporter(out: NodeJS.WritableStream = process.stdout): ExportReporter {
	let first = true;
	return {
		line: (text) => void out.write(`${text}\n`),
		deckStart(index, total, slug) {
			first = true;
			out.write(`[${index}/${total}] ${slug}: `);
		},
		step(text) {
			out.write(`${first ? '' : ' · '}${text}`);
			first = false;
		},
		deckEnd: (text) => void out.write(` — ${text}\n`),
	};
}

/** Reporter that keeps whole lines, for tests and quiet callers. */
export function collectingReporter(): ExportReporter & { lines: string[] } {
	const lines: string[] = [];
	let current = '';
	let steps: string[] = [];
	return {
		lines,
		line: (text) => void lines.push(text),
		deckStart(index, total, slug) {
			current = `[${index}/${total}] ${slug}: `;
			steps = [];
		},
		step: (text) => void steps.push(text),
		deckEnd: (text) => void lines.push(`${current}${steps.join(' · ')} — ${text}`),
	};
}

/** `1.2 MB`, `396 KB`: sizes as the progress line shows them. */
export function formatBytes(bytes: number): string {
	if (bytes < 1024) return `${bytes} B`;
	if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
	return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** `4.1 s`. */
export function seconds(ms: number): string {
	return `${(ms / 1000).toFixed(1)} s`;
}
