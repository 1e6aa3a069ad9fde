/**
 * Speaker notes made of the article's own sentences: the rules over every deck of the project and of the
 * fixtures, and the expected notes of the two articles' decks pinned in test/fixtures/notes/<slug>.json
 * (regenerated only on purpose: UPDATE_FIXTURES=1, then review the diff).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/lib/catalog/catalog.ts';
import { buildArticleDeck, extractArticle, wordCount } from '../../src/lib/deck/index.ts';
import { splitSentences } from '../../src/lib/extract/index.ts';
import type { Deck } from '../../src/lib/deck/index.ts';
import { noteStepsProblem } from '../../src/lib/deck/note-steps.ts';

const root = path.resolve(import.meta.dirname, '..', '..');
const update = process.env['UPDATE_FIXTURES'] === '1';
const project = buildCatalog({ root });

/** Every article deck of the fixtures (article.md / article.mdx cases). */
function fixtureDecks(): Deck[] {
	const dir = path.join(root, 'test', 'fixtures');
	return readdirSync(dir, { withFileTypes: true })
		.filter((e) => e.isDirectory() && e.name !== 'bad' && e.name !== 'notes')
		.flatMap((e) => {
			const file = ['article.md', 'article.mdx'].find((f) => existsSync(path.join(dir, e.name, f)));
			if (!file) return [];
			return [buildArticleDeck(extractArticle(readFileSync(path.join(dir, e.name, file), 'utf8'), `articles/${e.name}${path.extname(file)}`))];
		});
}

const decks = [...project.decks, ...fixtureDecks()];
const words = (slideNotes: readonly string[]): number => slideNotes.reduce((n, p) => n + wordCount(p), 0);

/** Notes the old builder wrote when it had nothing to say; none may come back. */
const PLACEHOLDERS = [/\d+ takeaways? from “/, /, continued: (items|rows) \d+ to \d+/, /, continued: \[/, /^A comparison from the section/, /, as shown in the article\.$/];

describe('speaker notes', () => {
	it('are never a placeholder', () => {
		const found = decks.flatMap((deck) => deck.slides.flatMap((slide) => slide.notes.filter((n) => PLACEHOLDERS.some((p) => p.test(n))).map((n) => `${deck.slug}#/${slide.id}: ${n}`)));
		expect(found).toEqual([]);
	});

	it('differ between any two slides of a deck', () => {
		for (const deck of decks) {
			const seen = new Map<string, string>();
			for (const slide of deck.slides) {
				const text = slide.notes.join('\n');
				expect(seen.get(text), `${deck.slug}#/${slide.id} repeats the notes of #/${seen.get(text)}`).toBeUndefined();
				seen.set(text, slide.id);
			}
		}
	});

	it('never repeat an article sentence within a deck, takeaways aside (they sum up what other slides show)', () => {
		for (const deck of project.decks) {
			const seen = new Map<string, string>();
			for (const slide of deck.slides.filter((s) => s.kind !== 'markdown' && s.kind !== 'takeaways')) {
				for (const sentence of slide.notes.flatMap(splitSentences)) {
					if (wordCount(sentence) < 5) continue;
					expect(seen.get(sentence), `${deck.slug}#/${slide.id}: "${sentence}" already on #/${seen.get(sentence)}`).toBeUndefined();
					seen.set(sentence, slide.id);
				}
			}
		}
	});

	it('stay within 150 words a slide, and reach 40 on most slides of the project decks', () => {
		for (const deck of decks) for (const slide of deck.slides) expect(words(slide.notes), `${deck.slug}#/${slide.id}`).toBeLessThanOrEqual(150);
		for (const deck of project.decks) {
			// Hand-written slides carry their author's notes, whatever their length.
			const counts = deck.slides.filter((s) => s.kind !== 'markdown').map((s) => words(s.notes));
			const reaching = counts.filter((n) => n >= 40).length;
			expect(reaching / counts.length, `${deck.slug}: ${counts.join(', ')}`).toBeGreaterThanOrEqual(0.5);
		}
	});

	it('give a table row of a wide table the paragraph about that row', () => {
		const deck = project.decks.find((d) => d.slug === 'why-rust-on-the-backend');
		const go = deck?.slides.find((s) => s.kind === 'table' && s.shape === 'record' && s.header[1]?.includes('Go'));
		expect(go?.notes.join(' ')).toContain('Go is the honest comparison.');
		const costs = deck?.slides.find((s) => s.id === 'table-1');
		expect(costs?.notes.join(' ')).toContain('Compilation is slow.');
	});

	it('of code and chart slides reach 40 words (and stay within 150) on the project decks, from the deck\'s picker', () => {
		const slides = project.decks.flatMap((deck) => deck.slides.filter((s) => s.kind === 'code' || s.kind === 'chart').map((s) => ({ deck: deck.slug, slide: s })));
		expect(slides.length).toBeGreaterThanOrEqual(7);
		for (const { deck, slide } of slides) {
			expect(words(slide.notes), `${deck}#/${slide.id}: ${slide.notes.join(' | ')}`).toBeGreaterThanOrEqual(40);
			expect(words(slide.notes), `${deck}#/${slide.id}`).toBeLessThanOrEqual(150);
		}
	});

	it('of a code slide start from the prose right before and after its block', () => {
		for (const deck of project.decks.filter((d) => d.articles.length === 1)) {
			const extraction = project.articles.get(deck.slug);
			for (const block of extraction?.code ?? []) {
				const own = block.pair?.kind === 'comments' ? block.pair.halves.flatMap((h) => h.notes) : block.notes;
				const slides = deck.slides.filter((s) => s.kind === 'code' && (s.id === `code-${block.index}` || s.id.startsWith(`code-${block.index}-`)));
				const told = slides.flatMap((s) => s.notes).join(' ');
				// Every sentence of the block's own prose is on one of its slides.
				for (const sentence of own.flatMap(splitSentences)) expect(told, `${deck.slug} code-${block.index}`).toContain(sentence);
			}
		}
	});

	it('of a stepped code slide say what each step shows, a paragraph tied to each step', () => {
		const stepped = decks.flatMap((deck) => deck.slides.filter((s) => s.kind === 'code' && s.steps.length >= 2).map((s) => ({ deck: deck.slug, slide: s })));
		expect(stepped.length).toBeGreaterThan(0);
		for (const { deck, slide } of stepped) {
			const n = slide.kind === 'code' ? slide.steps.length : 0;
			const tail = slide.notes.slice(-n);
			expect(tail, `${deck}#/${slide.id}`).toEqual(tail.map((_, i) => expect.stringMatching(new RegExp(`^Step ${i + 1} lights up .+, ${i + 1 < n ? 'before' : 'after'} .+\\.$`))));
			expect(slide.noteSteps?.slice(-n), `${deck}#/${slide.id}`).toEqual(tail.map((_, i) => i + 1));
		}
		const backend = project.decks.find((d) => d.slug === 'why-rust-on-the-backend');
		expect(backend?.slides.find((s) => s.id === 'code-2')?.notes.slice(-3)).toEqual([
			'Step 1 lights up the imports, before struct Event.',
			'Step 2 lights up struct Event, before fn parse_event.',
			'Step 3 lights up fn parse_event, after struct Event.',
		]);
	});

	it('tie each paragraph only to a step its slide has', () => {
		const tied = decks.flatMap((deck) => deck.slides.filter((s) => s.noteSteps !== undefined).map((s) => ({ deck: deck.slug, slide: s })));
		// Takeaways, code and Cargo steps of the project's decks are tied.
		expect(new Set(tied.map(({ slide }) => slide.kind))).toEqual(new Set(['takeaways', 'code', 'cargo']));
		for (const { deck, slide } of tied) expect(noteStepsProblem(slide), `${deck}#/${slide.id}`).toBeNull();
	});

	it('of a chart read its figures, then the article\'s sentences, or say why it is there when the article has no more', () => {
		const charts = decks.flatMap((deck) => deck.slides.filter((s) => s.kind === 'chart').map((s) => ({ deck: deck.slug, slide: s })));
		expect(charts.length).toBeGreaterThanOrEqual(5);
		for (const { deck, slide } of charts) {
			const [reading, ...rest] = slide.notes;
			// The first paragraph reads the bars: `Resident set: Go 1.2 GB, Rust 110 MB.`
			expect(reading, `${deck}#/${slide.id}`).toMatch(/: .*\d/);
			expect(rest.length, `${deck}#/${slide.id}`).toBeGreaterThan(0);
			const prose = new Set(project.articles.get(deck)?.prose.map((p) => p.text) ?? []);
			const why = rest.filter((p) => /^The chart (draws|goes on with) /.test(p));
			if (prose.size > 0) for (const p of rest.filter((p) => !why.includes(p))) for (const sentence of splitSentences(p)) expect(prose, `${deck}#/${slide.id}`).toContain(sentence);
			if (words(slide.notes) - words(why) < 40) expect(why.length, `${deck}#/${slide.id}`).toBe(1);
		}
	});

	it('of the title and closing slides are the article\'s own: its description and opening, its last words', () => {
		for (const deck of project.decks.filter((d) => d.articles.length === 1)) {
			const prose = new Set(project.articles.get(deck.slug)?.prose.map((p) => p.text) ?? []);
			const [title, closing] = [deck.slides[0], deck.slides.at(-1)];
			expect(title?.notes[0], deck.slug).toBe(project.articles.get(deck.slug)?.frontmatter.description.trim());
			for (const note of [...(title?.notes.slice(1) ?? []), ...(closing?.notes ?? [])].filter((n) => !n.startsWith('Next in '))) {
				for (const sentence of splitSentences(note)) expect(prose, `${deck.slug}: ${sentence}`).toContain(sentence);
			}
			expect(closing?.notes.length, deck.slug).toBeGreaterThan(0);
		}
	});

	for (const slug of ['why-rust-on-the-backend', 'why-rust-is-growing-fast']) {
		it(`of ${slug} are as pinned in test/fixtures/notes/${slug}.json`, () => {
			const deck = project.decks.find((d) => d.slug === slug);
			const actual = Object.fromEntries((deck?.slides ?? []).map((s) => [s.id, s.notes]));
			const file = path.join(root, 'test', 'fixtures', 'notes', `${slug}.json`);
			if (update) writeFileSync(file, `${JSON.stringify(actual, null, '\t')}\n`);
			expect(actual).toEqual(JSON.parse(readFileSync(file, 'utf8')));
		});
	}
});
