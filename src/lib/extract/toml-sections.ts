import type { TomlLine } from './toml-lines.ts';

/** A top-level table of a TOML file and the 1-based lines it spans. */
export interface TomlSection {
	/** The header as written (`[dependencies]`, `[[bin]]`), or PREAMBLE_SECTION for keys before the first header. */
	name: string;
	startLine: number;
	endLine: number;
}

/** Name of the section holding root keys that come before the first header. */
export const PREAMBLE_SECTION = '(top level)';

/** First line of a header's section: comment lines directly above the header (no blank between) belong to it. */
function sectionStart(lines: readonly TomlLine[], headerIndex: number): number {
	let i = headerIndex;
	while (i > 0 && lines[i - 1]?.kind === 'comment') i--;
	return lines[i]?.startLine ?? 1;
}

/** Last non-blank line before `beforeLine` (or `from` if everything in between is blank). */
function lastContentLine(lines: readonly TomlLine[], from: number, beforeLine: number): number {
	let last = from;
	for (const line of lines) {
		if (line.startLine >= beforeLine) break;
		if (line.startLine >= from && line.kind !== 'blank') last = line.endLine;
	}
	return last;
}

/**
 * Splits TOML lines into sections, one per table header, in order. Comments directly above a header
 * belong to that header. Lines before the first header form a PREAMBLE_SECTION only when they hold a
 * key; a leading comment block (a file title comment) otherwise belongs to the first section.
 * Blank lines between sections belong to none.
 */
export function tomlSections(lines: readonly TomlLine[]): TomlSection[] {
	const headers = lines.flatMap((line, index) => (line.header === undefined ? [] : [index]));
	const total = lines.at(-1)?.endLine ?? 0;
	const firstHeader = headers[0];
	if (firstHeader === undefined) {
		const hasContent = lines.some((line) => line.kind !== 'blank');
		return hasContent ? [{ name: PREAMBLE_SECTION, startLine: 1, endLine: lastContentLine(lines, 1, total + 1) }] : [];
	}
	const starts = headers.map((index) => sectionStart(lines, index));
	const sections: TomlSection[] = [];
	const preambleHasKeys = lines.slice(0, firstHeader).some((line) => line.kind === 'key');
	if (preambleHasKeys) {
		const firstStart = starts[0] as number;
		sections.push({ name: PREAMBLE_SECTION, startLine: 1, endLine: lastContentLine(lines, 1, firstStart) });
	} else {
		starts[0] = lines.find((line) => line.kind !== 'blank')?.startLine ?? 1;
	}
	headers.forEach((index, n) => {
		const line = lines[index] as TomlLine;
		const start = starts[n] as number;
		const next = starts[n + 1] ?? total + 1;
		sections.push({ name: line.header ?? '', startLine: start, endLine: lastContentLine(lines, start, next) });
	});
	return sections;
}
