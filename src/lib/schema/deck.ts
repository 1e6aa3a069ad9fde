import { z } from 'astro/zod';
import { ASPECTS } from '../deck/aspect.ts';

/** Which generated slides of an article a composed talk takes. */
export const articlePartNames = ['title', 'takeaways', 'tables', 'table', 'chart', 'code', 'diagram', 'math', 'cargo', 'stack', 'outline', 'closing'] as const;

/** Name of a generated part of an article's deck. */
export type ArticlePartName = (typeof articlePartNames)[number];

/** Parts that can be narrowed to one item with `select`. */
export const selectableParts: readonly ArticlePartName[] = ['table', 'chart', 'code', 'diagram', 'math', 'cargo', 'stack'];

/** A hand-written slide of the deck's body, by id. */
export interface HandWrittenPart {
	slide: string;
}

/** Generated slides taken from an article's deck. */
export interface ArticlePart {
	article: string;
	part: ArticlePartName;
	select?: string | number;
}

/** One entry of a composed talk's running order. */
export type DeckPart = HandWrittenPart | ArticlePart;

/** One entry of `parts:` as written; checked as a whole so errors name the exact field. */
const rawPartSchema = z
	.object({
		/** Id of a hand-written slide in the body (its first heading's slug, or `<!-- .slide: id="…" -->`). */
		slide: z.string().min(1).optional(),
		/** Slug of the article to take generated slides from. */
		article: z.string().min(1).optional(),
		/** Which generated slides: `title`, `takeaways`, `tables`, `table`, `chart`, `code`, `diagram`, `math`, `cargo`, `stack`, `outline` or `closing`. */
		part: z.enum(articlePartNames).optional(),
		/** Narrows `table`, `chart`, `code`, `diagram`, `math`, `cargo` or `stack` to one item: its ordinal, a table's, diagram's or equation's section id, a code block's title (fence title or section heading) or section id, a diagram's title, or a Cargo file title such as `Cargo.toml`. */
		select: z.union([z.string().min(1), z.number().int().positive()]).optional(),
	})
	.strict();

/** A part is either `{ slide }` or `{ article, part, select? }`; the output is the matching DeckPart. */
export const deckPartSchema = rawPartSchema
	.superRefine((part, ctx) => {
		if (part.slide !== undefined && part.article !== undefined) {
			ctx.addIssue({ code: 'custom', path: ['article'], message: 'a part is either { slide } or { article, part }, not both' });
		} else if (part.slide === undefined && part.article === undefined) {
			ctx.addIssue({ code: 'custom', path: [], message: 'a part needs `slide: <id>` or `article: <slug>` with `part:`' });
		} else if (part.article !== undefined && part.part === undefined) {
			ctx.addIssue({ code: 'custom', path: ['part'], message: `\`part:\` is required with \`article:\` (one of ${articlePartNames.join(', ')})` });
		} else if (part.slide !== undefined && (part.part !== undefined || part.select !== undefined)) {
			ctx.addIssue({ code: 'custom', path: [part.part !== undefined ? 'part' : 'select'], message: 'only article parts take `part:` and `select:`' });
		} else if (part.select !== undefined && part.part !== undefined && !selectableParts.includes(part.part)) {
			ctx.addIssue({ code: 'custom', path: ['select'], message: `\`select:\` only applies to ${selectableParts.join(', ')}` });
		}
	})
	.transform((part): DeckPart => {
		if (part.slide !== undefined) return { slide: part.slide };
		const taken: ArticlePart = { article: part.article as string, part: part.part as ArticlePartName };
		return part.select === undefined ? taken : { ...taken, select: part.select };
	});

/** Frontmatter of a composed talk in `decks/`. */
export const deckSchema = z.object({
	/** Title of the talk, shown on the decks index and in `<title>`. */
	title: z.string().min(1),
	/** One or two sentences about the talk for the decks index and meta tags. */
	description: z.string().min(1),
	/** Colour theme of the slides; talks default to dark (projectors), article decks to light. */
	theme: z.enum(['light', 'dark']).default('dark'),
	/** Frame shape: `16:9` (1280×720) or `4:3` (960×720, older projectors); DEFAULT_ASPECT (src/lib/deck/aspect.ts) when absent. */
	aspect: z.enum(ASPECTS).optional(),
	/** Planned length of the talk in minutes; estimated from the slides when absent. */
	minutes: z.number().int().positive().optional(),
	/** Running order: hand-written slides and generated slides taken from articles. */
	parts: z.array(deckPartSchema).min(1),
});

/** Parsed, validated frontmatter of a composed talk. */
export type DeckFrontmatter = z.output<typeof deckSchema>;
