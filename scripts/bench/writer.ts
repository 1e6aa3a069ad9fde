/** Prose for the synthetic corpus: one Writer per article keeps its names consistent. */

import { Rng } from './rng.ts';
import { ADJECTIVES, ADVERBS, COMMANDS, CRATES, FUNCTIONS, LANGUAGES, NOUNS, PREPOSITIONS, RARE_NOUNS, SERVICE_PARTS_A, SERVICE_PARTS_B, TYPES, VERBS, identifier, zipfRank } from './vocabulary.ts';
import { a, cap, code, pascalWord, plural, thirdPerson, titleCase } from './words.ts';

/** Per-article generation state: its PRNG plus names it reuses so the prose reads as one piece. */
export class Writer {
	readonly rng: Rng;
	readonly services: string[];
	readonly focusCrates: string[];
	readonly focusNouns: string[];
	readonly earlier: readonly { slug: string; title: string }[];
	constructor(rng: Rng, earlier: readonly { slug: string; title: string }[]) {
		this.rng = rng;
		this.earlier = earlier;
		this.services = [0, 1, 2].map(() => `${rng.pick(SERVICE_PARTS_A)}-${rng.pick(SERVICE_PARTS_B)}`);
		this.focusCrates = rng.sample(CRATES.filter((c) => !c.dev).map((c) => c.name), 4);
		this.focusNouns = rng.sample(NOUNS, 6);
	}
	noun(): string {
		if (this.rng.chance(0.03)) {
			// Zipf-ranked when the rank falls inside the list (about 40% of draws), uniform otherwise: a skewed mix.
			const rank = zipfRank(this.rng);
			return rank < RARE_NOUNS.length ? (RARE_NOUNS[rank] as string) : this.rng.pick(RARE_NOUNS);
		}
		return this.rng.chance(0.3) ? this.rng.pick(this.focusNouns) : this.rng.pick(NOUNS);
	}
	/** A function name from the long-tail lexicon, e.g. `flush_ledger_batch`. */
	fnIdent(): string {
		return identifier(zipfRank(this.rng), 'fn');
	}
	/** A type name from the long-tail lexicon, e.g. `LedgerBatchFlushError`. */
	typeIdent(): string {
		return identifier(zipfRank(this.rng), 'type');
	}
	nouns(): string {
		return plural(this.noun());
	}
	adj(): string {
		return this.rng.pick(ADJECTIVES);
	}
	verb(): string {
		return this.rng.pick(VERBS);
	}
	verbs(): string {
		return thirdPerson(this.verb());
	}
	adv(): string {
		return this.rng.pick(ADVERBS);
	}
	crate(): string {
		return this.rng.chance(0.5) ? this.rng.pick(this.focusCrates) : this.rng.pick(CRATES).name;
	}
	service(): string {
		return this.rng.pick(this.services);
	}
	num(max = 900): string {
		const n = this.rng.int(2, max);
		return this.rng.chance(0.3) ? `${n}.${this.rng.int(1, 9)}` : String(n);
	}
	unit(): string {
		return this.rng.pick(['ms', 'µs', 'MB', 'GB', 'KB', 'seconds', 'percent']);
	}
	inlineCode(): string {
		const kind = this.rng.int(0, 3);
		if (kind === 0) return code(this.crate());
		if (kind === 1) return code(this.rng.pick(TYPES));
		if (kind === 2) return code(this.rng.pick(FUNCTIONS));
		return code(this.rng.pick(COMMANDS));
	}

	sentence(): string {
		const r = this.rng;
		switch (r.int(0, 19)) {
			case 16:
				return `The ${code(`${this.fnIdent()}()`)} path ${this.verbs()} the ${this.noun()} before ${code(this.typeIdent())} ${this.verbs()} it.`;
			case 17:
				return `We renamed ${code(this.fnIdent())} to ${code(this.fnIdent())} once the ${this.noun()} ${this.verbs()} ${this.adv()}.`;
			case 18:
				return `${code(this.typeIdent())} wraps the ${this.adj()} ${this.noun()}, and ${code(`${this.fnIdent()}()`)} ${this.verbs()} it on every ${this.noun()}.`;
			case 19:
				return `Errors surface as ${code(`${this.typeIdent()}::${pascalWord(this.verb())}`)} when the ${this.noun()} ${this.verbs()} ${r.pick(PREPOSITIONS)} the ${this.noun()}.`;
			case 0:
				return `The ${this.adj()} ${this.noun()} ${this.verbs()} the ${this.noun()} ${r.pick(PREPOSITIONS)} the ${this.adj()} ${this.noun()}.`;
			case 1:
				return `In practice, ${code(this.crate())} ${this.verbs()} ${this.nouns()} without ${this.adj()} ${this.nouns()}.`;
			case 2:
				return `When the ${this.noun()} ${this.verbs()} under load, the ${this.noun()} ${this.verbs()} ${this.adv()}.`;
			case 3: {
				const unit = this.unit();
				return `We measured ${this.num()} ${unit} of ${this.noun()} ${r.pick(PREPOSITIONS)} the ${this.adj()} ${this.noun()}, down from ${this.num(4000)} ${unit}.`;
			}
			case 4:
				return `${cap(this.adv())}, you ${this.verb()} the ${this.noun()} once and ${this.verb()} it ${this.adv()}.`;
			case 5:
				return `${cap(a(this.adj()))} ${this.noun()} is not ${a(this.adj())} ${this.noun()}; it is ${a(this.noun())} that ${this.verbs()} ${this.nouns()}.`;
			case 6:
				return `Calling ${code(r.pick(FUNCTIONS))} inside the ${this.noun()} ${this.verbs()} the ${this.noun()}, so keep it off the ${this.adj()} path.`;
			case 7:
				return `${code(r.pick(TYPES))} makes the ${this.noun()} explicit, and the compiler ${this.verbs()} every ${this.noun()} that ${this.verbs()} it.`;
			case 8:
				return `Most teams ${this.verb()} ${this.nouns()} before they ${this.verb()} the ${this.noun()}.`;
			case 9:
				return `Run ${code(r.pick(COMMANDS))} and the output shows which ${this.noun()} ${this.verbs()} the ${this.noun()}.`;
			case 10:
				return `The ${code(this.service())} service ${this.verbs()} ${this.num(90000)} ${this.nouns()} per second on ${r.pick([2, 4, 8, 16, 32])} cores.`;
			case 11:
				return `That ${this.noun()} costs ${this.num(400)} ms at p99, which ${this.verbs()} the ${this.noun()} budget.`;
			case 12:
				return `Nothing about ${this.nouns()} is free: every ${this.adj()} ${this.noun()} ${this.verbs()} ${a(this.noun())} somewhere else.`;
			case 13:
				return `With ${code(this.crate())} and ${code(this.crate())} together, the ${this.noun()} stays ${this.adj()} and the ${this.noun()} stays ${this.adj()}.`;
			case 14:
				return `Compared with ${r.pick(LANGUAGES.slice(1))}, the ${this.adj()} ${this.noun()} ${this.verbs()} ${this.adv()} and the ${this.noun()} ${this.verbs()} less.`;
			default:
				return `If the ${this.noun()} ${this.verbs()}, ${this.verb()} the ${this.noun()} first and ${this.verb()} the ${this.nouns()} later.`;
		}
	}

	paragraph(min = 3, max = 7): string {
		const count = this.rng.int(min, max);
		const sentences = Array.from({ length: count }, () => this.sentence());
		if (this.earlier.length > 0 && this.rng.chance(0.06)) {
			const other = this.rng.pick(this.earlier);
			sentences.push(`We covered the ${this.noun()} side in [${other.title}](/articles/${other.slug}/).`);
		}
		if (this.rng.chance(0.04)) sentences.push(`The [${this.crate()} documentation](https://docs.rs/${this.crate()}) has the details.`);
		if (this.rng.chance(0.25)) return `**${cap(this.adj())} ${this.nouns()}.** ${sentences.join(' ')}`;
		return sentences.join(' ');
	}

	bulletList(): string {
		const count = this.rng.int(3, 6);
		return Array.from({ length: count }, () => `- ${this.rng.chance(0.5) ? `${this.inlineCode()}: ` : ''}${this.sentence()}`).join('\n');
	}

	takeawayItem(): string {
		const r = this.rng;
		switch (r.int(0, 4)) {
			case 0:
				return `${cap(this.nouns())} ${this.verb()} ${this.adj()} ${this.nouns()}; measure before you ${this.verb()} them.`;
			case 1:
				return `${code(this.crate())} ${this.verbs()} the ${this.noun()} so the ${this.noun()} stays ${this.adj()}.`;
			case 2:
				return `Prefer ${code(r.pick(TYPES))} over ${code(r.pick(TYPES))} when the ${this.noun()} is ${this.adj()}.`;
			case 3:
				return `Run ${code(r.pick(COMMANDS))} in CI; it ${this.verbs()} the ${this.noun()} ${this.adv()}.`;
			default:
				return this.sentence();
		}
	}

	sectionTitle(): string {
		const r = this.rng;
		switch (r.int(0, 11)) {
			case 0:
				return `Why ${titleCase(this.nouns())} Matter`;
			case 1:
				return `Measuring the ${titleCase(this.noun())}`;
			case 2:
				return `The Cost of ${titleCase(this.adj())} ${titleCase(this.nouns())}`;
			case 3:
				return `${code(this.crate())} in Practice`;
			case 4:
				return `Tuning the ${titleCase(this.noun())}`;
			case 5:
				return `What Changed in ${r.int(2019, 2025)}`;
			case 6:
				return `Where the ${titleCase(this.noun())} Breaks`;
			case 7:
				return `${titleCase(this.noun())} vs ${titleCase(this.noun())}`;
			case 8:
				return `A Real-World ${titleCase(this.noun())}`;
			case 9:
				return `When to Reach for ${code(this.crate())}`;
			case 10:
				return `Lessons From the ${code(this.service())} Rollout`;
			default:
				return `${titleCase(this.adj())} ${titleCase(this.nouns())} Without the Hype`;
		}
	}
}

/** A plausible article title. */
export function articleTitle(rng: Rng): string {
	const w = new Writer(rng, []);
	switch (rng.int(0, 7)) {
		case 0:
			return `${titleCase(w.adj())} ${titleCase(w.nouns())} With ${w.crate()}`;
		case 1:
			return `Why ${w.crate()} ${titleCase(w.verbs())} the ${titleCase(w.noun())}`;
		case 2:
			return `Tuning the ${titleCase(w.noun())} for ${titleCase(w.adj())} ${titleCase(w.nouns())}`;
		case 3:
			return `The Hidden Cost of ${titleCase(w.adj())} ${titleCase(w.nouns())}`;
		case 4:
			return `${titleCase(w.noun())} at Scale: Lessons From ${w.service()}`;
		case 5:
			return `From ${rng.pick(LANGUAGES.filter((l) => l !== 'Rust'))} to Rust: ${titleCase(w.adj())} ${titleCase(w.nouns())}`;
		case 6:
			return `A Field Guide to ${titleCase(w.noun())} in ${w.crate()}`;
		default:
			return `${titleCase(w.nouns())}, ${titleCase(w.nouns())} and the ${titleCase(w.noun())}`;
	}
}
