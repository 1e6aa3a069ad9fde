import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { find, html } from 'property-information';
import type { Parent, Root } from 'mdast';
import type { MdxJsxAttributeNode as MdxJsxAttribute, MdxJsxExpressionAttributeNode as MdxJsxExpressionAttribute } from 'satteri';
import { visit } from 'unist-util-visit';
import { allNodes, nodesOfType } from '../article/tree-index.ts';
import { pointAt, TalkbookError } from '../errors.ts';

/** A URL the browser fetches from another host: `http(s)://…` or protocol-relative `//…` (also `\\…`, which browsers read as `//`). */
const REMOTE = /^\s*(?:https?:)?[\\/]{2}/i;

/** Schemes that run script or smuggle a document: refused in any link. */
const SCRIPT_SCHEME = /^(javascript|vbscript|data):/i;

/** Elements that fetch what their URL attributes name as soon as the page loads. */
const FETCHING: Record<string, readonly string[]> = {
	img: ['src', 'srcset'],
	source: ['src', 'srcset'],
	video: ['src', 'poster'],
	audio: ['src'],
	track: ['src'],
	iframe: ['src'],
	frame: ['src'],
	embed: ['src'],
	object: ['data'],
	link: ['href', 'imagesrcset'],
	script: ['src'],
	input: ['src'],
	image: ['href', 'xlink:href'],
	use: ['href', 'xlink:href'],
};

/** Attributes that navigate or run: a script URL in them is an error on any element. */
const NAVIGATING = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster'];

/** The scheme as a browser reads it: it ignores ASCII whitespace and control characters inside `java\tscript:`. */
function browserUrl(url: string): string {
	// biome-ignore lint: control characters are exactly what browsers strip
	return url.replace(/[\u0000-\u0020]/g, '');
}

/** The URLs of a `srcset` (each candidate's first word). */
function srcsetUrls(value: string): string[] {
	return value
		.split(',')
		.map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
		.filter((url) => url !== '');
}

/** Remote `url(…)` references inside an inline `style` (MDX keeps styles; Markdown's are removed). */
function styleUrls(value: string): string[] {
	return [...value.matchAll(/url\(\s*['"]?([^'")]+)/gi)].map((m) => m[1] ?? '');
}

/** Problems of one element's attributes: remote fetches and script URLs. */
function elementProblems(tag: string, attributes: ReadonlyMap<string, string>): string[] {
	const problems: string[] = [];
	for (const name of FETCHING[tag] ?? []) {
		const value = attributes.get(name);
		if (value === undefined) continue;
		const urls = name.endsWith('srcset') ? srcsetUrls(value) : [value];
		for (const url of urls) if (REMOTE.test(url)) problems.push(`<${tag} ${name}="${url}"> would be fetched from another host; the site works offline, so put the file in the project`);
	}
	for (const url of styleUrls(attributes.get('style') ?? '')) {
		if (REMOTE.test(url)) problems.push(`<${tag} style="…url(${url})…"> would be fetched from another host; the site works offline`);
	}
	for (const name of NAVIGATING) {
		const value = attributes.get(name);
		if (value !== undefined && SCRIPT_SCHEME.test(browserUrl(value))) problems.push(`<${tag} ${name}="${value}">: ${scriptSchemeReason(value)}`);
	}
	return problems;
}

/** Why a script-capable URL is refused. */
function scriptSchemeReason(url: string): string {
	const scheme = SCRIPT_SCHEME.exec(browserUrl(url))?.[1]?.toLowerCase();
	return `a ${scheme}: URL is not allowed (it can run script); link to a page or a file instead`;
}

/** Attribute names the rules read, for turning hast properties back into HTML names. */
const READ = [...new Set([...Object.values(FETCHING).flat(), ...NAVIGATING, 'style'])];

/** Attributes of a parsed HTML element by their HTML names, values decoded as the browser decodes them. */
function htmlAttributes(node: Element): Map<string, string> {
	const attributes = new Map<string, string>();
	for (const name of READ) {
		const value = node.properties[find(html, name).property];
		if (value === undefined || value === null || value === false) continue;
		attributes.set(name, Array.isArray(value) ? value.join(name.endsWith('srcset') ? ', ' : ' ') : String(value));
	}
	return attributes;
}

/** Problems in HTML written at `offset` of the file, each at its element. */
function htmlProblems(text: string, offset: number, source: string, file: string): TalkbookError[] {
	const errors: TalkbookError[] = [];
	visit(fromHtml(text, { fragment: true }), 'element', (node) => {
		for (const problem of elementProblems(node.tagName, htmlAttributes(node))) {
			errors.push(new TalkbookError(problem, file, pointAt(source, offset + (node.position?.start.offset ?? 0))));
		}
	});
	// Inline HTML is read both as remark's html node and within its block's text: report each problem once.
	const seen = new Set<string>();
	return errors.filter((error) => (seen.has(error.message) ? false : Boolean(seen.add(error.message))));
}

/** An element name the rules read, opened in prose: `<img`, `<link`, …. */
const OPENING = new RegExp(`<(?:${Object.keys(FETCHING).join('|')})[\\s/>]`, 'i');

/**
 * A paragraph-like block as written, with inline code blanked out. The site's Markdown processor reads
 * `<img src=https://…>` as raw HTML where remark reads an autolink inside text, so the block's own text is
 * parsed as HTML too whenever it opens one of the elements that fetch.
 */
function writtenHtml(node: Parent, source: string): { text: string; offset: number } | null {
	const start = node.position?.start.offset;
	const end = node.position?.end.offset;
	if (start === undefined || end === undefined) return null;
	let text = source.slice(start, end);
	if (!OPENING.test(text)) return null;
	visit(node, 'inlineCode', (code) => {
		const from = (code.position?.start.offset ?? start) - start;
		const to = (code.position?.end.offset ?? start) - start;
		text = text.slice(0, from) + ' '.repeat(Math.max(0, to - from)) + text.slice(to);
	});
	return { text, offset: start };
}

/** String values of an MDX JSX element's literal attributes (expressions cannot be judged statically). */
function jsxAttributes(attributes: readonly (MdxJsxAttribute | MdxJsxExpressionAttribute)[]): Map<string, string> {
	const map = new Map<string, string>();
	for (const attribute of attributes) {
		if (attribute.type !== 'mdxJsxAttribute' || typeof attribute.value !== 'string') continue;
		const name = attribute.name === 'srcSet' ? 'srcset' : attribute.name === 'className' ? 'class' : attribute.name.toLowerCase();
		map.set(name, attribute.value);
	}
	return map;
}

/**
 * The offline and script rules, checked on a file's syntax tree (Markdown or MDX alike, since MDX is
 * trusted code but must still work offline): a Markdown image or definition used as an image, and raw
 * `img`, `source`, `video`, `audio`, `iframe`, `link`, `script` (…) with an `http(s)://` or `//` URL, would
 * make the page fetch from another host; a `javascript:`, `vbscript:` or `data:` URL in a link can run
 * script. Each is an error at the link or the element. Links to other sites stay allowed.
 */
export function offlineErrors(tree: Root, source: string, file: string): TalkbookError[] {
	const errors: TalkbookError[] = [];
	const imageDefinitions = new Set<string>();
	for (const { node } of nodesOfType(tree, 'imageReference')) imageDefinitions.add(node.identifier);
	for (const { node } of allNodes(tree)) {
		const start = node.position?.start ?? { line: 1, column: 1 };
		const at = (reason: string): void => {
			errors.push(new TalkbookError(reason, file, start));
		};
		if (node.type === 'image' || (node.type === 'definition' && imageDefinitions.has(node.identifier))) {
			if (REMOTE.test(node.url)) at(`remote image "${node.url}" would be fetched from another host; the site works offline, so put the file in public/ or next to the article`);
			else if (SCRIPT_SCHEME.test(browserUrl(node.url))) at(`image "${node.url}": ${scriptSchemeReason(node.url)}`);
		} else if (node.type === 'link' || node.type === 'definition') {
			if (SCRIPT_SCHEME.test(browserUrl(node.url))) at(`link "${node.url}": ${scriptSchemeReason(node.url)}`);
		} else if (node.type === 'html') {
			errors.push(...htmlProblems(node.value, node.position?.start.offset ?? 0, source, file));
		} else if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
			const written = writtenHtml(node, source);
			if (written) errors.push(...htmlProblems(written.text, written.offset, source, file));
		} else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
			if (node.name && /^[a-z]/.test(node.name)) for (const problem of elementProblems(node.name, jsxAttributes(node.attributes))) at(problem);
		}
	}
	// Inline HTML is read both as remark's html node and within its block's text: report each problem once.
	const seen = new Set<string>();
	return errors.filter((error) => (seen.has(error.message) ? false : Boolean(seen.add(error.message))));
}

