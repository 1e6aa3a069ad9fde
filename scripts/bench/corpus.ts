/**
 * Synthetic article corpus for the benchmark: pure and deterministic (same options, byte-identical output).
 *
 * Each article is shaped like the real ones in `articles/`: frontmatter that passes the article schema,
 * `##` sections of technical prose with inline code, a Key Takeaways / TL;DR list on most articles,
 * GFM comparison tables (some long, some wide), Cargo manifests and `.cargo/config.toml` fences, Rust
 * fences, and a few articles with nothing a deck can be built from.
 *
 * Article `i` draws from its own PRNG stream (seeded by `seed` and `i`), so the first 200 articles of a
 * 1000-article corpus are the 200-article corpus, except where a series is cut at the end.
 */

import { Rng, mixSeed } from './rng.ts';
import { TAG_POOL, TAKEAWAY_HEADINGS } from './vocabulary.ts';
import { slugify, titleCase, wordCount } from './words.ts';
import { Writer, articleTitle } from './writer.ts';
import { rustFence, shellFence, table, tomlFence } from './blocks.ts';

/** What a generated article contains, for tests and for picking the benchmark's sample page. */
export interface ArticleFeatures {
	/** Prose words (paragraphs, lists and takeaways; not code or tables). */
	words: number;
	/** Items of the body takeaways list (0 when none). */
	takeaways: number;
	takeawaysHeading: string | null;
	takeawaysNumbered: boolean;
	/** Frontmatter `takeaways:` items (0 when none). */
	frontmatterTakeaways: number;
	tables: { rows: number; columns: number }[];
	toml: ('manifest' | 'config')[];
	rust: number;
	series: boolean;
	/** Nothing a deck can be built from: no takeaways, tables or Cargo files. */
	plain: boolean;
}

/** One synthetic article: its file name under `articles/`, the Markdown source, and what it holds. */
export interface CorpusArticle {
	file: string;
	slug: string;
	source: string;
	features: ArticleFeatures;
}

/** How many articles, from which seed. */
export interface CorpusOptions {
	articles: number;
	seed?: number;
}

interface SeriesPlan {
	name: string;
	part: number;
	upcoming: { part: number; title: string }[];
}

const START_DAY = Date.UTC(2019, 0, 1) / 86_400_000;
const END_DAY = Date.UTC(2025, 11, 31) / 86_400_000;

function isoDay(day: number): string {
	return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** Series: groups of 2–4 consecutive articles; the last written part announces 1–2 upcoming ones. */
function planSeries(count: number, seed: number): (SeriesPlan | null)[] {
	const r = new Rng(mixSeed(seed, 0x5e71e5));
	const plan: (SeriesPlan | null)[] = Array.from({ length: count }, () => null);
	let i = 0;
	let n = 0;
	while (i < count) {
		if (i + 1 < count && r.chance(0.06)) {
			const length = Math.min(r.int(2, 4), count - i);
			const w = new Writer(r, []);
			const name = `${titleCase(w.noun())} ${r.pick(['in Production', 'on the Backend', 'From Scratch', 'Deep Dive', 'Field Notes'])} ${++n}`;
			const upcoming = Array.from({ length: r.int(1, 2) }, (_, k) => ({ part: length + k + 1, title: articleTitle(r) }));
			for (let k = 0; k < length; k++) plan[i + k] = { name, part: k + 1, upcoming: k === length - 1 ? upcoming : [] };
			i += length;
		} else {
			i++;
		}
	}
	return plan;
}

function yamlString(text: string): string {
	return JSON.stringify(text);
}

function frontmatter(fields: { title: string; description: string; date: string; tags: string[]; series: SeriesPlan | null; takeaways: string[] | null }): string {
	const lines = ['---', `title: ${yamlString(fields.title)}`, `description: ${yamlString(fields.description)}`, `date: ${fields.date}`, `tags: [${fields.tags.join(', ')}]`];
	if (fields.series) {
		lines.push('series:', `  name: ${yamlString(fields.series.name)}`, `  part: ${fields.series.part}`);
		if (fields.series.upcoming.length > 0) {
			lines.push('  upcoming:');
			for (const u of fields.series.upcoming) lines.push(`    - part: ${u.part}`, `      title: ${yamlString(u.title)}`);
		}
	}
	if (fields.takeaways) {
		lines.push('takeaways:');
		for (const t of fields.takeaways) lines.push(`  - ${yamlString(t)}`);
	}
	lines.push('---');
	return lines.join('\n');
}

/**
 * Generates `articles` synthetic articles. Deterministic: the same options give byte-identical output.
 * About 4% of articles (every 25th, starting with the 8th) have nothing extractable.
 */
export function generateCorpus(options: CorpusOptions): CorpusArticle[] {
	const count = options.articles;
	const seed = options.seed ?? 1;
	if (!Number.isInteger(count) || count < 1) throw new Error(`articles must be a positive integer, got ${count}`);
	const series = planSeries(count, seed);

	// Pass 1: titles and slugs (so bodies can link to earlier articles).
	const heads = Array.from({ length: count }, (_, i) => {
		const title = articleTitle(new Rng(mixSeed(seed, i, 1)));
		const slug = `${String(i + 1).padStart(4, '0')}-${slugify(title).split('-').slice(0, 8).join('-')}`;
		return { title, slug };
	});

	// Series parts get increasing dates; others are spread over 2019–2025.
	const dates: number[] = [];
	for (let i = 0; i < count; i++) {
		const r = new Rng(mixSeed(seed, i, 2));
		const s = series[i];
		const previous = dates[i - 1];
		if (s && s.part > 1 && previous !== undefined) dates.push(Math.min(END_DAY, previous + r.int(7, 40)));
		else dates.push(r.int(START_DAY, s ? END_DAY - 200 : END_DAY));
	}

	return heads.map((head, i) => {
		const rng = new Rng(mixSeed(seed, i, 3));
		const w = new Writer(rng, heads.slice(Math.max(0, i - 50), i));
		const plain = i % 25 === 7;
		const mdx = !plain && rng.chance(0.05);

		// Decide the article's contents.
		const targetWords = rng.int(800, 2000);
		const tableCount = plain ? 0 : rng.weighted([25, 35, 25, 15]);
		const tableShapes = Array.from({ length: tableCount }, () => (['normal', 'long', 'wide'] as const)[rng.weighted([6, 2, 2])] ?? 'normal');
		const tomlCount = plain ? 0 : rng.weighted([40, 40, 20]);
		const tomlKinds = Array.from({ length: tomlCount }, () => (rng.chance(0.65) ? 'manifest' : 'config') as 'manifest' | 'config');
		const rustCount = rng.weighted([45, 30, 15, 10]);
		const hasTakeaways = !plain && rng.chance(0.85);
		const heading = hasTakeaways ? rng.pick(TAKEAWAY_HEADINGS) : null;
		const numbered = hasTakeaways && rng.chance(0.3);
		const takeawayCount = hasTakeaways ? rng.int(3, 9) : 0;
		const frontTakeaways = !plain && rng.chance(0.05) ? rng.int(3, 6) : 0;

		// Blocks (code, tables) are spread over the sections.
		const out: string[] = [];
		// Features are recorded in document order as the blocks are placed.
		interface Block {
			markdown: string;
			table?: { rows: number; columns: number };
			toml?: 'manifest' | 'config';
		}
		const blocks: Block[] = [];
		for (const shape of tableShapes) {
			const t = table(w, shape);
			blocks.push({ markdown: t.markdown, table: { rows: t.rows, columns: t.columns } });
		}
		for (const kind of tomlKinds) blocks.push({ markdown: tomlFence(w, kind), toml: kind });
		for (let k = 0; k < rustCount; k++) blocks.push({ markdown: rustFence(w) });
		if (rng.chance(0.2)) blocks.push({ markdown: shellFence(w) });
		const orderedBlocks = rng.sample(blocks, blocks.length);
		const tables: ArticleFeatures['tables'] = [];
		const tomls: ArticleFeatures['toml'] = [];
		const place = (block: Block): void => {
			out.push(block.markdown);
			if (block.table) tables.push(block.table);
			if (block.toml) tomls.push(block.toml);
		};

		let words = 0;
		const addProse = (text: string): void => {
			words += wordCount(text);
			out.push(text);
		};

		const takeawayItems = Array.from({ length: takeawayCount }, () => w.takeawayItem());
		const takeawaysBlock = (): string => {
			words += wordCount(takeawayItems.join(' '));
			return [`## ${heading}`, takeawayItems.map((t, k) => (numbered ? `${k + 1}. ${t}` : `- ${t}`)).join('\n')].join('\n\n');
		};
		const tldrFirst = heading === 'TL;DR' && rng.chance(0.7);
		if (tldrFirst) out.push(takeawaysBlock());

		addProse(w.paragraph(3, 5));
		if (rng.chance(0.5)) addProse(w.paragraph(2, 4));

		const sectionCount = rng.int(4, 9);
		const titles = new Set<string>(heading ? [heading] : []);
		const perSection = Math.ceil(orderedBlocks.length / sectionCount);
		for (let s = 0; s < sectionCount || words < targetWords; s++) {
			let title = w.sectionTitle();
			for (let tries = 0; titles.has(title) && tries < 10; tries++) title = w.sectionTitle();
			if (titles.has(title)) title = `${title} ${s + 1}`;
			titles.add(title);
			out.push(`## ${title}`);
			const remainingSections = Math.max(1, sectionCount - s);
			const sectionWords = Math.max(60, Math.round((targetWords - words) / remainingSections));
			const start = words;
			addProse(w.paragraph());
			for (const block of orderedBlocks.splice(0, perSection)) {
				place(block);
				addProse(w.paragraph(2, 4));
			}
			while (words - start < sectionWords) {
				if (rng.chance(0.12)) {
					out.push(`### ${w.sectionTitle()}`);
				}
				if (rng.chance(0.12)) addProse(w.bulletList());
				else addProse(w.paragraph());
			}
			if (s > 40) break;
		}
		for (const block of orderedBlocks) place(block);
		if (heading && !tldrFirst) out.push(takeawaysBlock());

		const description = `${w.sentence()}${rng.chance(0.5) ? ` ${w.sentence()}` : ''}`.replace(/\*\*/g, '');
		const tags = rng.sample(TAG_POOL, rng.int(2, 4));
		const fm = frontmatter({
			title: head.title,
			description,
			date: isoDay(dates[i] as number),
			tags,
			series: series[i] ?? null,
			takeaways: frontTakeaways > 0 ? Array.from({ length: frontTakeaways }, () => w.takeawayItem()) : null,
		});
		const source = `${fm}\n\n${out.join('\n\n')}\n`;
		return {
			file: `${head.slug}.${mdx ? 'mdx' : 'md'}`,
			slug: head.slug,
			source,
			features: {
				words,
				takeaways: takeawayCount,
				takeawaysHeading: heading,
				takeawaysNumbered: numbered,
				frontmatterTakeaways: frontTakeaways,
				tables,
				toml: tomls,
				rust: rustCount,
				series: series[i] !== null,
				plain,
			},
		};
	});
}
