/**
 * Characters a deck shows that no bundled face has: they are drawn with whatever fonts the presenting
 * machine has, so their slides may lay out differently from one machine to the next. The content check
 * warns about them at `file:line:col`, where the character first occurs in the file its slide came from.
 */
import type { Deck } from '../deck/model.ts';
import type { ContentWarning } from '../check/types.ts';
import { warningAt } from '../check/types.ts';
import { characterPointAt } from '../errors.ts';
import { catalogFace, sliceFor } from './catalog.ts';
import { BUNDLED_FAMILIES } from './families.ts';
import { slideText } from './model-text.ts';
import { isInvisible } from './plan.ts';

const covered = new Map<number, boolean>();

/** Whether some bundled face, at any weight, has `cp`. */
export function isCovered(cp: number): boolean {
	let known = covered.get(cp);
	if (known === undefined) {
		known = BUNDLED_FAMILIES.some((family) => family.weights.some((weight) => sliceFor(catalogFace(family.family, weight), cp) !== undefined));
		covered.set(cp, known);
	}
	return known;
}

/** The characters of `text` that no bundled face has (and that would be drawn at all), in order of first appearance. */
export function uncoveredCharacters(text: string): string[] {
	const found = new Set<string>();
	for (const ch of text) {
		const cp = ch.codePointAt(0) as number;
		if (cp > 0x7e && !found.has(ch) && !isInvisible(cp) && !/\s/u.test(ch) && !isCovered(cp)) found.add(ch);
	}
	return [...found];
}

/** `"가" (U+AC00)`. */
function named(ch: string): string {
	return `"${ch}" (U+${(ch.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, '0')})`;
}

/** Where a deck's slides come from, and the text of a project file. */
export interface CoverageSources {
	/** The file of an article, by slug (undefined for an article the deck does not know). */
	articleFile(slug: string): string | undefined;
	/** A project file's text. */
	read(file: string): string;
}

/** Most characters named in one warning; the rest are counted. */
const NAMED = 12;

/**
 * One warning per file whose text reaches a slide of `deck` with characters no bundled face has, at the
 * first such character, naming them.
 */
export function coverageWarnings(deck: Deck, sources: CoverageSources): ContentWarning[] {
	const byFile = new Map<string, Set<string>>();
	for (const slide of deck.slides) {
		const chars = uncoveredCharacters(slideText(slide));
		if (chars.length === 0) continue;
		const file = (slide.source && sources.articleFile(slide.source.article)) ?? deck.file;
		const set = byFile.get(file) ?? new Set<string>();
		for (const ch of chars) set.add(ch);
		byFile.set(file, set);
	}
	const warnings: ContentWarning[] = [];
	for (const [file, chars] of byFile) {
		const text = sources.read(file);
		const found = [...chars].map((ch) => text.indexOf(ch)).filter((i) => i >= 0);
		const at = found.length > 0 ? characterPointAt(text, Math.min(...found)) : { line: 1, column: 1 };
		const list = [...chars];
		const names = list.slice(0, NAMED).map(named).join(', ') + (list.length > NAMED ? ` and ${list.length - NAMED} more` : '');
		warnings.push(
			warningAt(
				`the slides of /decks/${deck.slug}/ show characters no font bundled with the decks has: ${names}; they are drawn with the fonts of the machine that shows the deck, so their slides may lay out differently on other machines`,
				file,
				at,
			),
		);
	}
	return warnings;
}
