import type { ArticleExtraction, CargoConfig } from '../extract/types.ts';
import { cargoSteps, stepsWithin } from './cargo-steps.ts';
import type { CargoSlide } from './model.ts';
import { notesOrFallback, quoted } from './notes.ts';
import { PAGE_LIMITS, slideIdFor } from './pages.ts';
import { slideSource } from './source.ts';

/** Consecutive sections shown together on one slide, with the lines they span. */
export interface SectionGroup {
	names: string[];
	startLine: number;
	endLine: number;
}

/**
 * Groups consecutive sections while their span stays within `maxLines`; a section longer than that
 * gets a slide of its own (it is not cut mid-table).
 */
export function groupSections(sections: CargoConfig['sections'], maxLines = PAGE_LIMITS.cargoLines): SectionGroup[] {
	const groups: SectionGroup[] = [];
	for (const section of sections) {
		const last = groups.at(-1);
		if (last && section.endLine - last.startLine + 1 <= maxLines) {
			last.names.push(section.name);
			last.endLine = section.endLine;
		} else {
			groups.push({ names: [section.name], startLine: section.startLine, endLine: section.endLine });
		}
	}
	return groups;
}

/**
 * A Cargo file as slides (`cargo-<n>`, `cargo-<n>-2`, …). Up to PAGE_LIMITS.cargoLines lines it is one
 * slide with every section; longer files are split by top-level section (see groupSections), each slide
 * keeping its first line number and the steps that fall on it.
 */
export function cargoSlides(extraction: ArticleExtraction, config: CargoConfig): CargoSlide[] {
	const lines = config.code.split('\n');
	const steps = cargoSteps(config);
	const firstNotes = notesOrFallback(config.notes, `${quoted(config.title)}, as shown in the article.`);
	const source = slideSource(extraction, config.source);
	const groups = lines.length <= PAGE_LIMITS.cargoLines || config.sections.length < 2 ? [] : groupSections(config.sections);
	if (groups.length < 2) {
		const id = slideIdFor('cargo', config.index);
		return [{ kind: 'cargo', id, title: config.title, sections: [], lang: 'toml', code: config.code, firstLine: 1, steps, notes: firstNotes, source }];
	}
	return groups.map((group, i) => ({
		kind: 'cargo',
		id: slideIdFor('cargo', config.index, i + 1),
		title: config.title,
		sections: group.names,
		lang: 'toml',
		code: lines.slice(group.startLine - 1, group.endLine).join('\n'),
		firstLine: group.startLine,
		steps: stepsWithin(steps, group.startLine, group.endLine),
		notes: i === 0 ? firstNotes : [`${quoted(config.title)}, continued: ${group.names.join(', ')}.`],
		source,
	}));
}
