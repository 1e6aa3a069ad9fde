import type { ArticleExtraction, CargoConfig } from '../extract/types.ts';
import { scanTomlLines } from '../extract/toml-lines.ts';
import { deckBuildContext, type DeckBuildContext } from './build-context.ts';
import { cargoSteps, stepsWithin } from './cargo-steps.ts';
import { CODE_METRICS, codeColumns, visualLines } from './code-layout.ts';
import type { CargoSlide, LineStep } from './model.ts';
import { quoted } from './notes.ts';
import { stepSentences, untied, withNoteSteps, type SteppedNote } from './note-steps.ts';
import { slideIdFor } from './pages.ts';
import { slideSource } from './source.ts';

/** Consecutive sections (or items of one long section) shown together on one slide, with the lines they span. */
export interface SectionGroup {
	names: string[];
	startLine: number;
	endLine: number;
}

/** Keys every manifest has: they say nothing about what a slide is about. */
const GENERIC_KEYS = new Set(['name', 'version', 'edition', 'features', 'default-features', 'optional', 'path', 'git', 'workspace', 'authors', 'license']);

/** Lines `from..to` of the code. */
function span(lines: readonly string[], from: number, to: number): string {
	return lines.slice(from - 1, to).join('\n');
}

/**
 * Pieces of one section no longer than `maxLines` on a slide: cut between its TOML items (a key and its
 * value, which may span lines), never inside one. A single item taller than that stays whole.
 */
function splitSection(code: string, section: CargoConfig['sections'][number], maxLines: number, columns: number): SectionGroup[] {
	const lines = code.split('\n');
	const items = scanTomlLines(code).filter((l) => l.startLine >= section.startLine && l.endLine <= section.endLine && l.kind !== 'blank');
	const cut = (limit: number): SectionGroup[] => {
		const groups: SectionGroup[] = [];
		let start = section.startLine;
		for (const item of items) {
			if (item.startLine <= start) continue;
			if (visualLines(span(lines, start, item.endLine), columns) > limit) {
				groups.push({ names: [section.name], startLine: start, endLine: item.startLine - 1 });
				start = item.startLine;
			}
		}
		groups.push({ names: [section.name], startLine: start, endLine: section.endLine });
		return groups.map((g) => ({ ...g, endLine: Math.max(g.startLine, trimBlank(lines, g.startLine, g.endLine)) }));
	};
	// The fewest pieces at the full limit, then the smallest limit that still gives that many, so the
	// pieces come out even (11 + 1 lines becomes 6 + 6).
	const fewest = cut(maxLines);
	for (let limit = 1; limit < maxLines; limit++) {
		const even = cut(limit);
		if (even.length <= fewest.length) return even;
	}
	return fewest;
}

/** Last non-blank line of `from..to`. */
function trimBlank(lines: readonly string[], from: number, to: number): number {
	let end = to;
	while (end > from && (lines[end - 1] ?? '').trim() === '') end--;
	return end;
}

/**
 * Groups consecutive sections while they fit `maxLines` slide lines (long lines count once per wrapped
 * piece); a longer section is split between its items (splitSection).
 */
export function groupSections(config: Pick<CargoConfig, 'code' | 'sections'>, maxLines: number = CODE_METRICS.maxLines, columns = 71): SectionGroup[] {
	const lines = config.code.split('\n');
	const groups: SectionGroup[] = [];
	for (const section of config.sections) {
		const pieces = visualLines(span(lines, section.startLine, section.endLine), columns) > maxLines ? splitSection(config.code, section, maxLines, columns) : [{ names: [section.name], startLine: section.startLine, endLine: section.endLine }];
		for (const piece of pieces) {
			const last = groups.at(-1);
			if (last && visualLines(span(lines, last.startLine, piece.endLine), columns) <= maxLines && !last.names.includes(piece.names[0] as string)) {
				last.names.push(...piece.names);
				last.endLine = piece.endLine;
			} else groups.push({ ...piece, names: [...piece.names] });
		}
	}
	return groups;
}

/** The key each line of a step declares (`tokio`, `opt-level`), for saying what a step shows. */
function stepKeys(lines: readonly string[], step: LineStep, firstLine: number): string[] {
	return step.flatMap((n) => {
		const key = /^\s*([\w"'.*-]+)\s*=/.exec(lines[n + firstLine - 2] ?? '')?.[1];
		return key ? [key.replace(/["']/g, '')] : [];
	});
}

/** What each step of a slide lights up, tied to it (see stepSentences); steps that declare no key say nothing. */
function stepNotes(lines: readonly string[], steps: readonly LineStep[], firstLine: number): SteppedNote[] {
	return stepSentences(
		steps.map((step) => {
			const keys = stepKeys(lines, step, firstLine);
			return keys.length > 0 ? keys.join(', ').replace(/, ([^,]*)$/, ' and $1') : null;
		}),
	);
}

/**
 * A Cargo file as slides (`cargo-<n>`, `cargo-<n>-2`, …). When it fits one slide (CODE_METRICS.maxLines
 * once long lines wrap) it is one slide with every section; longer files are split by top-level section
 * and long sections between their items (groupSections), each slide keeping its first line number and
 * the steps on it. Notes: the article's sentences about the keys and crates on the slide, then what each
 * step shows, tied to that step.
 */
export function cargoSlides(extraction: ArticleExtraction, config: CargoConfig, ctx: DeckBuildContext = deckBuildContext()): CargoSlide[] {
	const lines = config.code.replace(/\n+$/, '').split('\n');
	const columns = codeColumns(ctx.aspect);
	const steps = cargoSteps(config);
	const source = slideSource(extraction, config.source);
	const picker = ctx.notesFor(extraction);
	const fits = visualLines(lines.join('\n'), columns) <= CODE_METRICS.maxLines;
	const groups: SectionGroup[] = fits || config.sections.length === 0 ? [{ names: [], startLine: 1, endLine: lines.length }] : groupSections(config, CODE_METRICS.maxLines, columns);
	// Slides with the most keys (the crates) choose their sentences first; the [package] slide takes what is left.
	const keysOf = (group: SectionGroup): string[] =>
		lines
			.slice(group.startLine - 1, group.endLine)
			.flatMap((line) => /^\s*([\w"'.*-]+)\s*=/.exec(line)?.[1] ?? [])
			.filter((key) => !GENERIC_KEYS.has(key));
	const order = groups.map((_, i) => i).sort((a, b) => keysOf(groups[b] as SectionGroup).length - keysOf(groups[a] as SectionGroup).length || a - b);
	const pickedNotes = new Map<number, string[]>();
	for (const i of order) {
		const group = groups[i] as SectionGroup;
		const keys = keysOf(group);
		const terms = [...keys, ...keys, ...group.names.map((n) => n.replace(/[[\]]/g, ' ')), ...(i === 0 ? [config.title] : [])];
		// Filling with unmatched prose only for a one-slide file: split slides keep their crates' sentences.
		pickedNotes.set(i, picker.pick({ terms, sections: [config.source.sectionId], maxWords: 120, fill: groups.length === 1 }));
	}
	return groups.map((group, i) => {
		const code = span(lines, group.startLine, group.endLine);
		const slideSteps = stepsWithin(steps, group.startLine, group.endLine);
		const picked = pickedNotes.get(i) ?? [];
		const what = group.names.length > 0 ? `${quoted(config.title)}: ${group.names.join(', ')}` : quoted(config.title);
		const stepped = stepNotes(lines, slideSteps, group.startLine);
		const keys = keysOf(group);
		const declares = keys.length > 0 ? `, which sets ${keys.join(', ').replace(/, ([^,]*)$/, ' and $1')}` : '';
		const notes = picked.length > 0 ? picked : [`${what}${declares}: lines ${group.startLine} to ${group.endLine} of the file as the article shows it.`];
		return {
			kind: 'cargo',
			id: slideIdFor('cargo', config.index, groups.length > 1 ? i + 1 : 1),
			title: config.title,
			sections: group.names,
			lang: 'toml',
			code,
			firstLine: group.startLine,
			steps: slideSteps,
			...withNoteSteps([...untied(notes), ...stepped]),
			source,
		};
	});
}
