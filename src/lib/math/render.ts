import { escapeHtml } from '../html/escape.ts';
import { lazyPackage } from '../lazy.ts';

/** KaTeX, loaded when a build first renders math. */
const katexModule = lazyPackage<typeof import('katex')>('katex');

/** TeX that KaTeX refuses, with where in the TeX it stopped (0-based offset) when it says. */
export class MathError extends Error {
	readonly offset: number | null;
	constructor(message: string, offset: number | null) {
		super(message);
		this.name = 'MathError';
		this.offset = offset;
	}
}

const rendered = new Map<string, string>();

/** An html-validate directive for the rest of the formula's element (test/browser/html-validate.test.ts). */
const VALIDATOR_EXEMPTION = '<!-- [html-validate-disable-block no-inline-style -- KaTeX sets sizes inline] -->';

/**
 * TeX as HTML, rendered at build time by KaTeX: its HTML for the eye (`aria-hidden`, and left out of the
 * search index: the page's text says it better) and MathML for screen readers, no script on the page.
 * KaTeX runs untrusted (`\href`, `\includegraphics` and the like are errors) with its limits on macro
 * expansion. Memoised per TeX and mode. Throws MathError with KaTeX's message.
 */
export function renderTex(tex: string, display: boolean): string {
	const key = `${display ? 'D' : 'I'}${tex}`;
	const known = rendered.get(key);
	if (known !== undefined) return known;
	const katex = katexModule();
	let html: string;
	const refused: string[] = [];
	try {
		// `trust` is asked for each command that could link, embed or style (\href, \url, \includegraphics, \htmlClass…).
		const trust = (context: { command: string }): boolean => {
			refused.push(context.command);
			return false;
		};
		html = katex.renderToString(tex, { displayMode: display, output: 'htmlAndMathml', throwOnError: true, trust, strict: 'ignore', maxExpand: 1000, maxSize: 20 });
	} catch (error) {
		if (error instanceof katex.ParseError) {
			const position = (error as unknown as { position?: number }).position;
			throw new MathError((error as unknown as { rawMessage?: string }).rawMessage ?? error.message, typeof position === 'number' ? position : null);
		}
		throw error;
	}
	const command = refused[0];
	if (command !== undefined) throw new MathError(`${command} is not allowed in math: a link or image inside a formula would not work offline or safely; write it outside the math`, tex.indexOf(command));
	html = html
		.replace('<span class="katex-html" aria-hidden="true">', '<span class="katex-html" aria-hidden="true" data-pagefind-ignore="all">')
		// KaTeX lays math out with inline sizes, which the site's HTML check refuses elsewhere: exempt within this formula only.
		.replace('<span class="katex">', `<span class="katex">${VALIDATOR_EXEMPTION}`);
	rendered.set(key, html);
	return html;
}

/**
 * renderTex, or the TeX as code when KaTeX refuses it: for the page and slides the build makes, where the
 * content check has reported the TeX at its place already and stops the build.
 */
export function texOrCode(tex: string, display: boolean): string {
	try {
		return renderTex(tex, display);
	} catch {
		return `<code>${escapeHtml(tex)}</code>`;
	}
}
