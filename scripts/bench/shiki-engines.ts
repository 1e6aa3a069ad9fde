/**
 * `node scripts/bench/shiki-engines.ts [articles-dir]`: times shiki's two regex engines, oniguruma (WebAssembly)
 * and the JavaScript one, on every fenced code block of the articles (the bench corpus in
 * bench/tmp/run-<N>/articles after `npm run bench -- --keep`, or articles/), with the site's themes and
 * the deck's languages, and checks both give the same HTML. Prints start-up and highlighting times per
 * engine over alternating rounds.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createHighlighter } from 'shiki';
import { createOnigurumaEngine } from 'shiki/engine/oniguruma';
import { createJavaScriptRegexEngine } from 'shiki/engine/javascript';
import { DECK_CODE_THEMES, DECK_LANGS } from '../../src/lib/render/highlighter.ts';

const dir = path.resolve(process.argv[2] ?? 'articles');
const blocks: { lang: string; code: string }[] = [];
for (const name of readdirSync(dir).filter((n) => /\.mdx?$/.test(n))) {
	const text = readFileSync(path.join(dir, name), 'utf8');
	for (const match of text.matchAll(/^```(\w+)[^\n]*\n([\s\S]*?)^```/gm)) blocks.push({ lang: match[1] as string, code: match[2] as string });
}
const langs = [...DECK_LANGS];
const known = (lang: string): string => (langs.includes(lang as (typeof DECK_LANGS)[number]) || ['rs', 'sh', 'shell', 'yml'].includes(lang) ? lang : 'plaintext');

async function run(engine: 'oniguruma' | 'javascript'): Promise<{ startMs: number; highlightMs: number; html: string[] }> {
	const started = performance.now();
	const highlighter = await createHighlighter({
		themes: [DECK_CODE_THEMES.light, DECK_CODE_THEMES.dark],
		langs,
		engine: engine === 'oniguruma' ? createOnigurumaEngine(import('shiki/wasm')) : createJavaScriptRegexEngine(),
	});
	const ready = performance.now();
	const html = blocks.map(({ lang, code }) => highlighter.codeToHtml(code, { lang: known(lang), themes: DECK_CODE_THEMES, defaultColor: false }));
	const done = performance.now();
	highlighter.dispose();
	return { startMs: ready - started, highlightMs: done - ready, html };
}

const rounds = Number(process.env["ROUNDS"] ?? 5);
const times: Record<string, { start: number[]; highlight: number[] }> = { oniguruma: { start: [], highlight: [] }, javascript: { start: [], highlight: [] } };
let reference: string[] | null = null;
let same = true;
for (let round = 0; round < rounds; round++) {
	for (const engine of round % 2 === 0 ? (['oniguruma', 'javascript'] as const) : (['javascript', 'oniguruma'] as const)) {
		const result = await run(engine);
		times[engine]!.start.push(result.startMs);
		times[engine]!.highlight.push(result.highlightMs);
		if (reference === null) reference = result.html;
		else same &&= result.html.every((h, i) => h === reference![i]);
	}
}
const med = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
console.log(`${blocks.length} code blocks from ${dir}; ${rounds} alternating rounds; same HTML from both engines: ${same ? 'yes' : 'NO'}`);
for (const [engine, t] of Object.entries(times)) {
	console.log(`${engine.padEnd(10)} start-up ${med(t.start).toFixed(0)} ms, highlighting ${med(t.highlight).toFixed(0)} ms (median; all: ${t.highlight.map((x) => x.toFixed(0)).join(', ')})`);
}
