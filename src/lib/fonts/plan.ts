/**
 * Which bundled face draws each character of a deck: the role's own family (Noto Sans, or for code Noto
 * Sans Mono then Noto Sans) when it has the character, else the fallback family for the character's
 * script (Arabic letters from Noto Sans Arabic even though Noto Sans Math has some too, emoji from Noto
 * Emoji), else the first fallback that has it. The plan lists each face file with exactly its characters,
 * for subsetting and for its `unicode-range`: since no other face declares the character, the browser,
 * going down the stack, draws it from that face. What no face has is left over, for the build's warning.
 */
import { catalogFace, nearestWeight, sliceFor, type FontSlice } from './catalog.ts';
import { BUNDLED_FAMILIES, DECK_MONO_FAMILY, DECK_SANS_FAMILY, FALLBACK_FAMILIES, type BundledFamily } from './families.ts';
import type { RoleText, TextRole } from './deck-text.ts';

/** One face file of the deck with the characters it draws there. */
export interface PlannedFace {
	slice: FontSlice;
	/** Its characters, in code point order. */
	text: string;
}

/** A deck's faces, its font stacks and the characters nothing bundled has. */
export interface FontPlan {
	faces: PlannedFace[];
	/** Families of `--deck-font` and `--deck-mono`, bundled ones only, in order (the generic family follows). */
	stacks: { sans: string[]; mono: string[] };
	/** Characters shown that no bundled face has, in code point order. */
	uncovered: string;
}

const family = (name: string): BundledFamily => BUNDLED_FAMILIES.find((f) => f.family === name) as BundledFamily;

/** Each role's own families (for code, the mono then the sans) and the weight it asks for; the fallbacks follow. */
const STACKS: Record<TextRole, { families: BundledFamily[]; weight: number }> = {
	regular: { families: [family(DECK_SANS_FAMILY)], weight: 400 },
	bold: { families: [family(DECK_SANS_FAMILY)], weight: 700 },
	mono: { families: [family(DECK_MONO_FAMILY), family(DECK_SANS_FAMILY)], weight: 400 },
};

/**
 * Characters that are never drawn by a font (format controls, variation selectors, zero-width spaces):
 * a face that has one keeps it (an emoji sequence needs its joiner), but one no face has is no loss.
 */
export function isInvisible(cp: number): boolean {
	return /^[\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}]$/u.test(String.fromCodePoint(cp));
}

/** Fallback families that come first for the characters of a script. */
const BY_SCRIPT: readonly [RegExp, string][] = [
	[/\p{Script=Arabic}/u, 'Noto Sans Arabic'],
	[/\p{Script=Hebrew}/u, 'Noto Sans Hebrew'],
	[/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Bopomofo}\u3000-\u303f\uff00-\uffef]/u, 'Noto Sans SC'],
	[/\p{Emoji_Presentation}/u, 'Noto Emoji'],
];

/** The fallback families in the order they are tried for `cp`: its script's first, then the stack's order. */
function fallbacksFor(cp: number): BundledFamily[] {
	const ch = String.fromCodePoint(cp);
	const first = BY_SCRIPT.find(([pattern]) => pattern.test(ch))?.[1];
	return first ? [family(first), ...FALLBACK_FAMILIES.filter((f) => f.family !== first)] : [...FALLBACK_FAMILIES];
}

/** The slice that draws `cp` in `role`, if any. */
function sliceOf(role: TextRole, cp: number): FontSlice | undefined {
	const { families, weight } = STACKS[role];
	for (const f of [...families, ...fallbacksFor(cp)]) {
		const slice = sliceFor(catalogFace(f.family, nearestWeight(f, weight)), cp);
		if (slice) return slice;
	}
	return undefined;
}

/** Plans the faces of a deck whose text is `text`. */
export function planDeckFonts(text: RoleText): FontPlan {
	const bySlice = new Map<string, { slice: FontSlice; points: Set<number> }>();
	const uncovered = new Set<number>();
	for (const role of ['regular', 'bold', 'mono'] as const) {
		for (const ch of text[role]) {
			const cp = ch.codePointAt(0) as number;
			const slice = sliceOf(role, cp);
			if (!slice) {
				if (!isInvisible(cp)) uncovered.add(cp);
				continue;
			}
			let entry = bySlice.get(slice.file);
			if (!entry) bySlice.set(slice.file, (entry = { slice, points: new Set() }));
			entry.points.add(cp);
		}
	}
	const order = BUNDLED_FAMILIES.map((f) => f.family);
	const faces = [...bySlice.values()]
		.map(({ slice, points }) => ({ slice, text: String.fromCodePoint(...[...points].sort((a, b) => a - b)) }))
		.sort((a, b) => order.indexOf(a.slice.family) - order.indexOf(b.slice.family) || a.slice.weight - b.slice.weight || a.slice.file.localeCompare(b.slice.file));
	const used = new Set(faces.map((f) => f.slice.family));
	const fallbacks = FALLBACK_FAMILIES.map((f) => f.family).filter((name) => used.has(name));
	return {
		faces,
		stacks: { sans: [DECK_SANS_FAMILY, ...fallbacks], mono: [DECK_MONO_FAMILY, DECK_SANS_FAMILY, ...fallbacks] },
		uncovered: String.fromCodePoint(...[...uncovered].sort((a, b) => a - b)),
	};
}
