import type { ArticleExtraction } from '../extract/types.ts';
import type { ProseSentence } from '../extract/types.ts';

/** Speaker notes of a slide aim for this many words where the article has the prose for it. */
export const NOTES_WORDS = { min: 40, max: 150 } as const;

/** What a slide asks the picker for. */
export interface NotesRequest {
	/** Words and names the slide shows (cell text, crate names, a takeaway); sentences that share them score. */
	terms: readonly string[];
	/**
	 * Sections (heading ids; `null` is the text before the first heading) the notes come from. Omitted:
	 * the whole article, best-matching section first.
	 */
	sections?: readonly (string | null)[] | undefined;
	/** Sections never to take sentences from (e.g. the takeaways' own list). */
	excludeSections?: readonly (string | null)[];
	/** Word budget; defaults to NOTES_WORDS.max. */
	maxWords?: number;
	/** Whether sentences that match nothing may fill the notes up to NOTES_WORDS.min (from the same sections). */
	fill?: boolean;
	/** Words one of which a sentence must contain to be picked (a table row's name), when any sentence does. */
	focus?: readonly string[];
	/**
	 * Names of the other items (the other rows of a table). With `focus`, a paragraph belongs to the item
	 * it names first, and only the focus item's paragraphs are picked: “Go is the honest comparison…” goes
	 * to Go's slide even though it mentions Rust.
	 */
	avoid?: readonly string[];
	/**
	 * Least share (0 to 1) of the terms' weight a sentence must match to count as support: a takeaway is
	 * better left without a note than given a sentence that shares one word with it.
	 */
	minShare?: number;
	/**
	 * Whether sentences another slide already has may be picked again (slightly less preferred): a
	 * takeaway sums up a section, and the sentence that supports it best is often a table's or a config's.
	 */
	reuse?: boolean;
	/** Leave list items out (a slide that shows the list itself). */
	paragraphsOnly?: boolean;
	/** Most sentences to pick for the terms (a short sentence brings the next one of its paragraph along). */
	maxSentences?: number;
	/**
	 * Article text (paragraphs or sentences) to take first, in document order, before any scoring: the
	 * prose right before and after a code block. With it, term-matched and unmatched sentences only top
	 * the notes up to NOTES_WORDS.min.
	 */
	prefer?: readonly string[];
}

/** Picks article sentences for the slides of one deck, never handing out the same sentence twice. */
export interface NotesPicker {
	/** Sentences for a slide, grouped back into their paragraphs, in document order; empty when nothing matches. */
	pick(request: NotesRequest): string[];
	/** Marks sentences as told (e.g. a slide's own text), so no later slide repeats them. */
	claim(texts: readonly string[]): void;
	/**
	 * Keeps the sentences of these texts for the slide that names them in `prefer` (the prose right before
	 * and after a code block): no other request takes them, whichever slide picks first.
	 */
	reserve(texts: readonly string[]): void;
}

const STOPWORDS = new Set(
	'a about after all also an and any are as at be because been before being but by can could did do does for from had has have how i if in into is it its just more most much my no not of on one only or our out over so some such than that the their them then there these they this those to too up us was we were what when where which while who why will with would you your yes'.split(' '),
);

/** Lower-case word stems of a text: stop words dropped, a plural `s` cut, inline-code names kept whole. */
export function termsOf(text: string): string[] {
	const words = text.toLowerCase().match(/[a-z0-9][a-z0-9_+#.-]*[a-z0-9+#]|[a-z0-9]/g) ?? [];
	// `serde_json` also counts as `serde` and `json`, `tracing-subscriber` as `tracing`.
	const parts = words.flatMap((w) => (/[_-]/.test(w) ? [w, ...w.split(/[_-]+/)] : [w]));
	return parts
		.filter((w) => w.length > 1 && !STOPWORDS.has(w))
		.map((w) => (w.length > 4 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w));
}

/** Words of a text as a speaker reads it. */
export function wordCount(text: string): number {
	return text.match(/\S+/g)?.length ?? 0;
}

interface Scored {
	sentence: ProseSentence;
	index: number;
	terms: Set<string>;
	words: number;
	/** The sentence as `used` and `reserved` hold it (lower case, spaces collapsed). */
	key: string;
	/** Ends in a colon: leads into a list or a code block. */
	leadsIn: boolean;
}

/** The form in which sentences are compared: lower case, white space collapsed. */
function sentenceKey(text: string): string {
	return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Sentences grouped back into their paragraphs, in document order. */
function asParagraphs(chosen: readonly Scored[]): string[] {
	const sorted = [...chosen].sort((a, b) => a.index - b.index);
	const out: string[] = [];
	let paragraph = -1;
	for (const s of sorted) {
		if (s.sentence.paragraph === paragraph) out[out.length - 1] += ` ${s.sentence.text}`;
		else out.push(s.sentence.text);
		paragraph = s.sentence.paragraph;
	}
	return out;
}

/**
 * A notes picker over an article's prose. Each request scores the sentences of its sections by the
 * slide's terms (rarer terms weigh more: inverse document frequency over the article's sentences),
 * takes the best ones while they fit the word budget, and, when `fill` is set and the notes are still
 * short of NOTES_WORDS.min, adds the unmatched sentences next to the chosen ones. A sentence is given to
 * one slide only.
 */
export function createNotesPicker(extraction: Pick<ArticleExtraction, 'prose'>): NotesPicker {
	const { sentences, df } = proseTerms(extraction.prose);
	const all: Scored[] = extraction.prose.map((sentence, index) => ({
		sentence,
		index,
		terms: (sentences[index] as { terms: Set<string> }).terms,
		words: wordCount(sentence.text),
		key: sentenceKey(sentence.text),
		leadsIn: /:$/.test(sentence.text),
	}));
	const weight = (t: string): number => Math.log(1 + all.length / (df.get(t) ?? all.length));
	const used = new Set<string>();
	// Keys of the sentences reserve() keeps, found once when reserved rather than searched on every request.
	const reserved = new Set<string>();

	/** Sentences a request may take; `preferred`: for its `prefer` pass (reserved prose and lead-ins to code allowed). */
	function pool(request: NotesRequest, preferred = false): Scored[] {
		const exclude = new Set(request.excludeSections ?? []);
		const sections = request.sections ? new Set(request.sections) : null;

		// A sentence that ends in a colon leads into a list or a code block the notes do not carry (unless
		// `preferred`: the preferred prose of a code slide leads into the very code it shows).
		return all.filter(
			(s) =>
				!exclude.has(s.sentence.sectionId) &&
				(!sections || sections.has(s.sentence.sectionId)) &&
				(request.reuse || !used.has(s.key)) &&
				!(request.paragraphsOnly && s.sentence.listItem) &&
				// Kept for a code slide until that slide has it; then it is used like any other.
				(preferred || used.has(s.key) || !reserved.has(s.key)) &&
				(preferred || !s.leadsIn),
		);
	}

	/**
	 * A short sentence (a bold lead-in such as “Compilation is slow.”) with the next one of its paragraph,
	 * and the sentence after a lead-in with its lead-in: neither is read without the other.
	 */
	function withFollower(s: Scored, available: readonly Scored[]): Scored[] {
		const previous = available.find((p) => p.index === s.index - 1 && p.sentence.paragraph === s.sentence.paragraph);
		const lead = previous && previous.words < 8 && all[previous.index - 1]?.sentence.paragraph !== s.sentence.paragraph ? [previous] : [];
		if (s.words >= 8) return [...lead, s];
		const next = available.find((n) => n.index === s.index + 1 && n.sentence.paragraph === s.sentence.paragraph);
		return next ? [...lead, s, next] : [...lead, s];
	}

	return {
		pick(request) {
			const max = request.maxWords ?? NOTES_WORDS.max;
			const wanted = new Set(request.terms.flatMap(termsOf));
			const relevance = (s: Scored): number => [...s.terms].filter((t) => wanted.has(t)).reduce((sum, t) => sum + weight(t), 0);
			// A sentence another slide has is less preferred, but no less relevant (minShare reads the relevance).
			const candidates = pool(request).map((s) => {
				const r = relevance(s);
				return { s, relevance: r, score: r * (used.has(s.key) ? 0.8 : 1) };
			});
			const focus = new Set((request.focus ?? []).flatMap(termsOf));
			const avoid = new Set((request.avoid ?? []).flatMap(termsOf).filter((t) => !focus.has(t)));
			// Whose paragraph it is: the first focus or avoided term it names, in reading order (once per paragraph).
			const owners = new Map<number, 'focus' | 'other' | null>();
			const ownerOf = (paragraph: number): 'focus' | 'other' | null => {
				for (const s of all) {
					if (s.sentence.paragraph !== paragraph) continue;
					for (const t of s.terms) {
						if (focus.has(t)) return 'focus';
						if (avoid.has(t)) return 'other';
					}
				}
				return null;
			};
			const owner = (paragraph: number): 'focus' | 'other' | null => {
				if (!owners.has(paragraph)) owners.set(paragraph, ownerOf(paragraph));
				return owners.get(paragraph) ?? null;
			};
			const focused = focus.size === 0 ? [] : candidates.filter((c) => owner(c.s.sentence.paragraph) === 'focus');
			if (focus.size > 0 && avoid.size > 0 && focused.length === 0) return [];
			const known = [...wanted].filter((t) => df.has(t)).reduce((sum, t) => sum + weight(t), 0);
			const least = Math.max(Number.MIN_VALUE, (request.minShare ?? 0) * known);
			const ranked = (focused.length > 0 ? focused : candidates)
				.filter((c) => c.relevance >= least)
				.sort((a, b) => b.score - a.score || a.s.index - b.s.index);
			const chosen: Scored[] = [];
			let words = 0;
			let picked = 0;
			const preferred = request.prefer?.map(sentenceKey) ?? [];
			if (preferred.length > 0) {
				// The sentences the slide must start from, wherever they sit (not limited to `sections`).
				for (const s of pool({ ...request, sections: undefined }, true)) {
					if (!preferred.some((p) => p.includes(s.key)) || words + s.words > max) continue;
					chosen.push(s);
					words += s.words;
				}
			}
			/**
			 * Adds `s` with the sentence it leads into (a bold lead-in such as “Premature trait abstractions.”
			 * is never left alone), unless that would pass `max` words; whether it was added.
			 */
			const add = (s: Scored, among: readonly Scored[]): boolean => {
				const group = withFollower(s, among).filter((g) => !chosen.includes(g));
				const groupWords = group.reduce((sum, g) => sum + g.words, 0);
				if (words + groupWords > max) return false;
				chosen.push(...group);
				words += groupWords;
				return true;
			};
			// With preferred prose, other sentences only top the notes up to the minimum.
			const enough = preferred.length > 0 ? NOTES_WORDS.min : max * 0.8;
			const available = candidates.map((c) => c.s);
			for (const { s } of ranked) {
				if (words >= enough) break;
				if (chosen.includes(s)) continue;
				if (!add(s, available)) continue;
				picked++;
				if (words >= enough || picked >= (request.maxSentences ?? Number.POSITIVE_INFINITY)) break;
			}
			if (request.fill && words < NOTES_WORDS.min) {
				// Nearest unmatched sentences first: the context of what was chosen, then the section's opening.
				const anchor = chosen.length > 0 ? chosen.map((s) => s.index) : [candidates[0]?.s.index ?? 0];
				const distance = (s: Scored): number => Math.min(...anchor.map((a) => Math.abs(a - s.index)));
				// With a focus, only the rest of the chosen sentences' paragraphs: the Go slide gets no Java sentence.
				const paragraphs = new Set(chosen.map((s) => s.sentence.paragraph));
				const rest = candidates
					.map((c) => c.s)
					.filter((s) => !chosen.includes(s) && (focus.size === 0 || paragraphs.has(s.sentence.paragraph)))
					.sort((a, b) => distance(a) - distance(b) || a.index - b.index);
				for (const s of rest) {
					if (words >= NOTES_WORDS.min) break;
					if (!chosen.includes(s)) add(s, rest);
				}
			}
			for (const s of chosen) used.add(s.key);
			return asParagraphs(chosen);
		},
		claim(texts) {
			for (const text of texts) used.add(sentenceKey(text));
		},
		reserve(texts) {
			const keys = texts.map(sentenceKey);
			for (const s of all) if (keys.some((text) => text.includes(s.key))) reserved.add(s.key);
		},
	};
}

/** Each prose sentence's terms and every term's sentence count, once per article (every takeaway asks). */
const termsOfProse = new WeakMap<ArticleExtraction['prose'], { sentences: { section: string | null; terms: Set<string> }[]; df: Map<string, number> }>();

function proseTerms(prose: ArticleExtraction['prose']): { sentences: { section: string | null; terms: Set<string> }[]; df: Map<string, number> } {
	const known = termsOfProse.get(prose);
	if (known) return known;
	const sentences = prose.map((s) => ({ section: s.sectionId, terms: new Set(termsOf(s.text)) }));
	const df = new Map<string, number>();
	for (const s of sentences) for (const t of s.terms) df.set(t, (df.get(t) ?? 0) + 1);
	const computed = { sentences, df };
	termsOfProse.set(prose, computed);
	return computed;
}

/**
 * The section (heading id) where the terms are discussed most: the one whose three best-matching
 * sentences score highest together; `undefined` when no sentence matches. Sections in `exclude` are left out.
 */
export function sectionFor(extraction: Pick<ArticleExtraction, 'prose'>, terms: readonly string[], exclude: readonly (string | null)[] = []): string | null | undefined {
	const wanted = new Set(terms.flatMap(termsOf));
	const { sentences, df } = proseTerms(extraction.prose);
	const scores = new Map<string | null, number[]>();
	for (const s of sentences) {
		if (exclude.includes(s.section)) continue;
		const score = [...s.terms].filter((t) => wanted.has(t)).reduce((sum, t) => sum + Math.log(1 + sentences.length / (df.get(t) ?? 1)), 0);
		if (score > 0) scores.set(s.section, [...(scores.get(s.section) ?? []), score]);
	}
	let best: string | null | undefined;
	let bestScore = 0;
	for (const [section, list] of scores) {
		const total = list.sort((a, b) => b - a).slice(0, 3).reduce((a, b) => a + b, 0);
		if (total > bestScore) [best, bestScore] = [section, total];
	}
	return best;
}
