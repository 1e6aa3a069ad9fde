import type { Element, Nodes, Root } from 'hast';
import { raw } from 'hast-util-raw';
import { defaultSchema, sanitize } from 'hast-util-sanitize';
import type { Schema } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import { visit, SKIP } from 'unist-util-visit';

/** Table cell alignment exactly as the Markdown processor writes it (`style="text-align: right"`). */
const ALIGN_STYLE = /^text-align:\s*(left|right|center);?$/;

/** Placeholder tag for the site's own markup while the author's HTML is parsed and sanitised around it. */
const KEEP_TAG = 'talkbook-keep';

/**
 * GitHub's sanitation schema (hast-util-sanitize's default), extended only where the site's own
 * Markdown output needs it: cell alignment, which the processor writes as a `text-align` style.
 * Everything else the site generates (highlighted code, heading anchors, slide links) is added after
 * sanitising or kept aside by `keep`, so the author cannot forge it.
 */
export const SANITIZE_SCHEMA: Schema = {
	...defaultSchema,
	tagNames: [...(defaultSchema.tagNames ?? []), KEEP_TAG],
	// GitHub drops a style sheet's text with the element rather than showing it as prose.
	strip: [...(defaultSchema.strip ?? []), 'style'],
	attributes: {
		...defaultSchema.attributes,
		td: [...(defaultSchema.attributes?.['td'] ?? []), ['style', ALIGN_STYLE]],
		th: [...(defaultSchema.attributes?.['th'] ?? []), ['style', ALIGN_STYLE]],
		[KEEP_TAG]: ['dataKeep'],
	},
};

/** What to keep as it is: elements the site generated (e.g. highlighted code), never the author's raw HTML. */
export type KeepElement = (node: Element) => boolean;

/** The prefix GitHub's schema puts on author ids so they cannot clobber the page's own ids and globals. */
const CLOBBER_PREFIX = defaultSchema.clobberPrefix ?? 'user-content-';

/**
 * Sanitises a Markdown document's hast the way GitHub does: raw HTML (`raw` nodes) is parsed in place
 * (tags may open in one HTML block and close in another), then scripts, event handlers, `style`,
 * `iframe`, `object`, `embed`, `form`, `link`, `meta`, `base` and `javascript:`/`vbscript:`/`data:`
 * URLs are removed, from raw HTML and Markdown links alike. Elements matched by `keep` are set aside
 * (not even copied) and put back after, untouched. Returns a new tree, or `null` when sanitising changes
 * nothing (no raw HTML, no unsafe URL), so a caller can leave the processor's tree as it is.
 */
export function sanitizeIfNeeded(tree: Root, keep: KeepElement = () => false): Root | null {
	const kept: Nodes[] = [];
	// A random token per document: an author cannot write a placeholder that brings back kept markup.
	const token = Math.random().toString(36).slice(2);
	const copy = plainCopy(tree, (node) => {
		if (!keep(node)) return null;
		kept.push(node);
		return { type: 'element', tagName: KEEP_TAG, properties: { dataKeep: `${token}-${kept.length - 1}` }, children: [] };
	}) as Root;
	visit(copy, 'element', (node) => {
		// Ids the processor generated already carry the prefix (footnotes); sanitising adds it once again.
		const properties: Record<string, unknown> = node.properties;
		for (const name of ['id', 'ariaDescribedBy']) {
			const value = properties[name];
			if (typeof value === 'string' && value.startsWith(CLOBBER_PREFIX)) properties[name] = value.slice(CLOBBER_PREFIX.length);
		}
	});
	const hadRaw = hasRaw(copy);
	const before = hadRaw ? '' : toHtml(copy);
	const clean = sanitize(hadRaw ? (raw(copy) as Root) : copy, SANITIZE_SCHEMA) as Root;
	if (!hadRaw && toHtml(clean) === before) return null;
	visit(clean, 'element', (node, index, parent) => {
		if (node.tagName !== KEEP_TAG || !parent || index === undefined) return undefined;
		const [nodeToken, ordinal] = String(node.properties['dataKeep'] ?? '').split('-');
		const original = nodeToken === token ? kept[Number(ordinal)] : undefined;
		if (original) parent.children[index] = plainCopy(original) as Element;
		else parent.children.splice(index, 1);
		return original ? SKIP : index;
	});
	return clean;
}

/** `sanitizeIfNeeded`, always returning a tree (the input's copy when nothing changed). */
export function sanitizeDocument(tree: Root, keep: KeepElement = () => false): Root {
	return sanitizeIfNeeded(tree, keep) ?? (plainCopy(tree) as Root);
}

/** Whether a tree holds raw HTML that needs parsing before it can be sanitised. */
function hasRaw(tree: Nodes): boolean {
	let found = false;
	visit(tree, 'raw', () => {
		found = true;
		return false;
	});
	return found;
}

/**
 * A plain-object copy of a tree (the processor's nodes are lazy views that structuredClone cannot copy);
 * `replace` may swap an element for another node, which is then not descended into.
 */
function plainCopy(node: Nodes, replace: (node: Element) => Nodes | null = () => null): Nodes {
	if (node.type === 'element') {
		const swapped = replace(node);
		if (swapped) return swapped;
	}
	const copy: Record<string, unknown> = { type: node.type };
	if ('tagName' in node) copy['tagName'] = node.tagName;
	if ('properties' in node) copy['properties'] = { ...node.properties };
	if ('value' in node) copy['value'] = node.value;
	if ('name' in node) copy['name'] = (node as { name: unknown }).name;
	if ('children' in node) copy['children'] = node.children.map((child) => plainCopy(child as Nodes, replace));
	if ('content' in node && node.content) copy['content'] = plainCopy(node.content as Nodes, replace);
	return copy as unknown as Nodes;
}
