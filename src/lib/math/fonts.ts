import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Element, ElementContent, Root } from 'hast';
import { lazyPackage } from '../lazy.ts';

const hastFromHtml = lazyPackage<typeof import('hast-util-from-html')>('hast-util-from-html');

/*
 * Which of KaTeX's fonts each character of rendered math is drawn in, read from KaTeX's own stylesheet:
 * the rules that set font-family, -weight and -style (`.katex .mathnormal`, `.katex .delimsizing.size1`, …)
 * are applied to the rendered HTML the way a browser cascades them. The math stylesheet then carries each
 * face cut down to its characters (math/style.ts).
 */

/** KaTeX's stylesheet and the folder of its fonts, resolved from the project (Astro and the tests run there). */
export function katexFiles(): { css: string; fonts: string } {
	const css = createRequire(path.join(process.cwd(), 'package.json')).resolve('katex/dist/katex.min.css');
	return { css, fonts: path.join(path.dirname(css), 'fonts') };
}

/** A face KaTeX declares: family, style, weight and its woff2 file name. */
export interface FontFace {
	family: string;
	style: 'normal' | 'italic';
	weight: number;
	file: string;
}

/** What a selector's compound part asks for: a tag and classes. */
interface Compound {
	tag: string | null;
	classes: string[];
}

/** A rule of KaTeX's stylesheet that chooses a font. */
interface FontRule {
	/** Compound parts, outermost first, and the combinator before each (`' '` or `'>'`). */
	parts: { compound: Compound; combinator: ' ' | '>' }[];
	specificity: number;
	order: number;
	family?: string;
	weight?: number;
	style?: 'normal' | 'italic';
}

/** The font a piece of text is drawn in. */
interface Font {
	family: string;
	weight: number;
	style: 'normal' | 'italic';
}

function weightOf(value: string): number {
	return value === 'bold' ? 700 : value === 'normal' ? 400 : Number(value) || 400;
}

function compound(text: string): Compound {
	const tag = /^[a-z]+/i.exec(text)?.[0] ?? null;
	return { tag, classes: [...text.matchAll(/\.([\w-]+)/g)].map((m) => m[1] as string) };
}

/** A selector split into compound parts and combinators (KaTeX's use only classes, tags, descendant and child). */
function parseSelector(selector: string): FontRule['parts'] {
	const tokens = selector.trim().replace(/\s*>\s*/g, ' > ').split(/\s+/);
	const parts: FontRule['parts'] = [];
	let combinator: ' ' | '>' = ' ';
	for (const token of tokens) {
		if (token === '>') combinator = '>';
		else {
			parts.push({ compound: compound(token), combinator });
			combinator = ' ';
		}
	}
	return parts;
}

let parsed: { faces: FontFace[]; rules: FontRule[]; css: string } | null = null;

/** KaTeX's stylesheet read once: its faces, its font-choosing rules, and its text without the @font-face rules. */
export function katexStylesheet(): { faces: FontFace[]; rules: FontRule[]; css: string } {
	if (parsed) return parsed;
	const text = readFileSync(katexFiles().css, 'utf8');
	const faces: FontFace[] = [];
	for (const [, body] of text.matchAll(/@font-face\{([^}]*)\}/g)) {
		const family = /font-family:([^;]+)/.exec(body as string)?.[1]?.trim();
		const file = /url\(fonts\/([^)]+\.woff2)\)/.exec(body as string)?.[1];
		if (!family || !file) continue;
		faces.push({ family, style: /font-style:italic/.test(body as string) ? 'italic' : 'normal', weight: weightOf(/font-weight:(\w+)/.exec(body as string)?.[1] ?? '400'), file });
	}
	const css = text.replace(/@font-face\{[^}]*\}/g, '');
	const rules: FontRule[] = [];
	let order = 0;
	for (const [, selectors, body] of css.matchAll(/([^{}@]+)\{([^{}]*)\}/g)) {
		const decl = body as string;
		const shorthand = /(?:^|;)font:([^;]+)/.exec(decl)?.[1];
		const family = /font-family:([^;,]+)/.exec(decl)?.[1]?.trim() ?? (shorthand ? /(KaTeX_\w+)/.exec(shorthand)?.[1] : undefined);
		const weight = /font-weight:([^;]+)/.exec(decl)?.[1]?.trim() ?? (shorthand ? (/\bbold\b/.test(shorthand) ? 'bold' : 'normal') : undefined);
		const style = /font-style:([^;]+)/.exec(decl)?.[1]?.trim() ?? (shorthand ? (/\bitalic\b/.test(shorthand) ? 'italic' : 'normal') : undefined);
		if (family === undefined && weight === undefined && style === undefined) continue;
		order += 1;
		for (const selector of (selectors as string).split(',')) {
			const parts = parseSelector(selector);
			const specificity = parts.reduce((n, p) => n + p.compound.classes.length * 10 + (p.compound.tag ? 1 : 0), 0);
			rules.push({ parts, specificity, order, ...(family ? { family } : {}), ...(weight ? { weight: weightOf(weight) } : {}), ...(style ? { style: style === 'italic' ? 'italic' : 'normal' } : {}) });
		}
	}
	parsed = { faces, rules, css };
	return parsed;
}

function matchesCompound(el: Element, c: Compound): boolean {
	if (c.tag && el.tagName !== c.tag) return false;
	const classes = (el.properties?.['className'] as string[] | undefined) ?? [];
	return c.classes.every((name) => classes.includes(name));
}

/** Whether `rule` matches the last element of `chain` (its ancestors before it). */
function matches(rule: FontRule, chain: readonly Element[]): boolean {
	let at = chain.length - 1;
	const last = rule.parts.length - 1;
	if (at < 0 || !matchesCompound(chain[at] as Element, (rule.parts[last] as FontRule['parts'][number]).compound)) return false;
	for (let p = last - 1; p >= 0; p--) {
		const part = rule.parts[p] as FontRule['parts'][number];
		const child = rule.parts[p + 1] as FontRule['parts'][number];
		if (child.combinator === '>') {
			at -= 1;
			if (at < 0 || !matchesCompound(chain[at] as Element, part.compound)) return false;
		} else {
			do at -= 1;
			while (at >= 0 && !matchesCompound(chain[at] as Element, part.compound));
			if (at < 0) return false;
		}
	}
	return true;
}

/** The face a browser picks for a font: the family's face of that style and weight, else of that style, else any. */
function faceFor(font: Font, faces: readonly FontFace[]): FontFace | null {
	const family = faces.filter((f) => f.family === font.family);
	const styled = family.filter((f) => f.style === font.style);
	const pool = styled.length > 0 ? styled : family;
	return [...pool].sort((a, b) => Math.abs(a.weight - font.weight) - Math.abs(b.weight - font.weight))[0] ?? null;
}

/**
 * The characters each KaTeX face draws in the given HTML (a page or slides: only the text inside KaTeX's
 * `.katex` counts, and not its hidden MathML, which a screen reader reads), by face file name.
 */
export function charactersByFace(htmls: readonly string[]): Map<string, { face: FontFace; chars: Set<string> }> {
	const { faces, rules } = katexStylesheet();
	const out = new Map<string, { face: FontFace; chars: Set<string> }>();
	const walk = (node: ElementContent | Root, chain: Element[], font: Font, inMath: boolean): void => {
		if (node.type === 'text') {
			if (!inMath) return;
			const face = faceFor(font, faces);
			if (!face) return;
			const entry = out.get(face.file) ?? { face, chars: new Set<string>() };
			for (const char of node.value) if (char.trim() !== '') entry.chars.add(char);
			if (entry.chars.size > 0) out.set(face.file, entry);
			return;
		}
		if (node.type !== 'element' && node.type !== 'root') return;
		let own = font;
		let next = chain;
		let math = inMath;
		if (node.type === 'element') {
			const classes = (node.properties?.['className'] as string[] | undefined) ?? [];
			if (classes.includes('katex-mathml')) return;
			math ||= classes.includes('katex');
			next = [...chain, node];
			const applied = rules.filter((rule) => matches(rule, next)).sort((a, b) => a.specificity - b.specificity || a.order - b.order);
			own = { ...font };
			for (const rule of applied) {
				if (rule.family) own.family = rule.family;
				if (rule.weight !== undefined) own.weight = rule.weight;
				if (rule.style) own.style = rule.style;
			}
		}
		for (const child of node.children) walk(child as ElementContent, next, own, math);
	};
	const { fromHtml } = hastFromHtml();
	for (const html of htmls) walk(fromHtml(html, { fragment: true }), [], { family: 'KaTeX_Main', weight: 400, style: 'normal' }, false);
	return out;
}
