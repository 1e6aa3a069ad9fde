import type { Element, ElementContent, Nodes, Parents, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import type { HastPluginDefinition, HastPluginEntry, HastVisitorContext, PluginFactoryContext } from 'satteri';
import { pathToFileURL } from 'node:url';
import type { VFile } from 'vfile';

/*
 * Talkbook's site plugins are written once, as Sätteri hast plugins (highlighting, sanitising, anchors and
 * slide links, diagrams and math). Under the remark pipeline (TALKBOOK_MARKDOWN=remark) this adapter runs the
 * same plugins as one rehype plugin, on the plain hast tree remark-rehype makes: each plugin in order, its
 * `before` hook, its visitors over the nodes they subscribe to in document order, its `after` hook, with a
 * context that edits the tree in place. Only what the plugins use is implemented; anything else throws.
 */

type AnyNode = Root | RootContent;
type Visit = (node: never, ctx: HastVisitorContext) => unknown;

/** The plugin definitions an entry stands for (factories called, nested lists flattened, disabled ones dropped). */
function definitions(entries: readonly HastPluginEntry[], factory: PluginFactoryContext): HastPluginDefinition[] {
	return entries.flatMap((entry): HastPluginDefinition[] => {
		if (!entry) return [];
		if (typeof entry === 'function') return definitions([entry(factory)], factory);
		if (Array.isArray(entry)) return definitions(entry, factory);
		return [entry as HastPluginDefinition];
	});
}

/** Every node below `root` with its parent, in document order (a parent before its children). */
function walk(root: Root): { node: RootContent; parent: Parents }[] {
	const out: { node: RootContent; parent: Parents }[] = [];
	const visit = (parent: Parents): void => {
		for (const child of parent.children) {
			out.push({ node: child, parent });
			if ('children' in child) visit(child as Parents);
		}
	};
	visit(root);
	return out;
}

/** A list of nodes from what a plugin hands over (one node, several, or `{ raw }` HTML). */
function contentOf(value: unknown): RootContent[] {
	if (Array.isArray(value)) return value.flatMap(contentOf);
	const raw = (value as { raw?: string; rawHtml?: string }).raw ?? (value as { rawHtml?: string }).rawHtml;
	if (typeof raw === 'string') return fromHtml(raw, { fragment: true }).children;
	return [value as RootContent];
}

/** The editing context a Sätteri visitor expects, over a plain tree whose parents are tracked in `parents`. */
function context(root: Root, parents: Map<AnyNode, Parents>, factory: PluginFactoryContext): HastVisitorContext {
	// Sätteri applies edits at the node's place in the tree as the visitor saw it: once a node is wrapped, what
	// is inserted before or after it goes beside its wrapper, not inside it.
	const wrappers = new Map<AnyNode, Element>();
	const slotOf = (node: AnyNode): AnyNode => {
		let at = node;
		for (let wrapper = wrappers.get(at); wrapper; wrapper = wrappers.get(at)) at = wrapper;
		return at;
	};
	const parentOf = (node: AnyNode): Parents => {
		const parent = parents.get(node);
		if (!parent) throw new Error('hast adapter: the node is no longer in the tree');
		return parent;
	};
	const adopt = (parent: Parents, nodes: readonly RootContent[]): void => {
		for (const node of nodes) {
			parents.set(node, parent);
			if ('children' in node) for (const child of (node as Parents).children) adopt(node as Parents, [child]);
		}
	};
	const splice = (parent: Parents, at: number, remove: number, nodes: RootContent[]): void => {
		(parent.children as RootContent[]).splice(at, remove, ...nodes);
		adopt(parent, nodes);
	};
	const ctx = {
		source: factory.source,
		fileURL: factory.fileURL,
		data: factory.data,
		sourceFormat: factory.sourceFormat,
		removeNode(node: AnyNode) {
			const parent = parentOf(node);
			splice(parent, parent.children.indexOf(node as never), 1, []);
			parents.delete(node);
		},
		replaceNode(node: AnyNode, next: unknown) {
			if (node === root) {
				const replacement = next as Root;
				root.children = replacement.children;
				adopt(root, root.children);
				return;
			}
			const parent = parentOf(node);
			splice(parent, parent.children.indexOf(node as never), 1, contentOf(next));
			parents.delete(node);
		},
		insertBefore(node: AnyNode, next: unknown) {
			const slot = slotOf(node);
			const parent = parentOf(slot);
			splice(parent, parent.children.indexOf(slot as never), 0, contentOf(next));
		},
		insertAfter(node: AnyNode, next: unknown) {
			const slot = slotOf(node);
			const parent = parentOf(slot);
			splice(parent, parent.children.indexOf(slot as never) + 1, 0, contentOf(next));
		},
		wrapNode(node: AnyNode, wrapper: unknown) {
			const [outer] = contentOf(wrapper) as Element[];
			if (!outer) throw new Error('hast adapter: wrapNode needs one element');
			const parent = parentOf(node);
			splice(parent, parent.children.indexOf(node as never), 1, [outer]);
			outer.children = [node as ElementContent, ...outer.children];
			adopt(outer, outer.children);
			wrappers.set(node, outer);
		},
		prependChild(node: AnyNode, child: unknown) {
			splice(node as Parents, 0, 0, contentOf(child));
		},
		appendChild(node: AnyNode, child: unknown) {
			splice(node as Parents, (node as Parents).children.length, 0, contentOf(child));
		},
		insertChildAt(node: AnyNode, index: number, child: unknown) {
			splice(node as Parents, Math.max(0, Math.min(index, (node as Parents).children.length)), 0, contentOf(child));
		},
		removeChildAt(node: AnyNode, index: number) {
			if (index >= 0 && index < (node as Parents).children.length) splice(node as Parents, index, 1, []);
		},
		setProperty(node: AnyNode, key: string, value: unknown) {
			const element = node as Element;
			element.properties = { ...element.properties, [key]: value as Element['properties'][string] };
		},
		textContent(node: AnyNode) {
			return toString(node as Nodes);
		},
		parent(node: AnyNode) {
			return parents.get(node);
		},
		indexOf(node: AnyNode) {
			const parent = parents.get(node);
			return parent ? parent.children.indexOf(node as never) : undefined;
		},
		report() {},
		getDiagnostics() {
			return [];
		},
	};
	return ctx as unknown as HastVisitorContext;
}

/** Runs one plugin over the tree: `before`, its visitors in document order, `after`. */
async function runPlugin(plugin: HastPluginDefinition, root: Root, factory: PluginFactoryContext): Promise<void> {
	const parents = new Map<AnyNode, Parents>();
	for (const { node, parent } of walk(root)) parents.set(node, parent);
	const ctx = context(root, parents, factory);
	await plugin.before?.(root, ctx);
	const elementVisitors = [plugin.element ?? []].flat();
	const byType: Record<string, Visit | undefined> = { raw: plugin.raw as Visit | undefined, text: plugin.text as Visit | undefined, comment: plugin.comment as Visit | undefined };
	for (const { node } of walk(root)) {
		if (!parents.has(node)) continue;
		const visits: Visit[] = [];
		if (node.type === 'element') for (const v of elementVisitors) if (v.filter.includes(node.tagName)) visits.push(v.visit as Visit);
		const own = byType[node.type];
		if (own) visits.push(own);
		for (const visit of visits) {
			if (!parents.has(node)) break;
			const replacement = await visit(node as never, ctx);
			if (replacement) (ctx as unknown as { replaceNode(n: AnyNode, r: unknown): void }).replaceNode(node, replacement);
		}
	}
	await plugin.after?.(root, ctx);
}

/** The `raw` HTML the plugins added (KaTeX, diagrams), parsed in place: MDX compiles hast and knows no `raw` node. */
function parseRaw(parent: Parents): void {
	parent.children = (parent.children as RootContent[]).flatMap((child) => {
		if (child.type === 'raw') return fromHtml(child.value, { fragment: true }).children;
		if ('children' in child) parseRaw(child as Parents);
		return [child];
	}) as typeof parent.children;
}

/**
 * Table cell alignment as Sätteri writes it, `style="text-align: left"`, where remark-rehype writes the
 * obsolete `align="left"`: the pages of both pipelines come out the same, and the sanitiser's schema and the
 * site's HTML check know one form.
 */
function alignAsStyle(parent: Parents): void {
	for (const child of parent.children) {
		if (child.type !== 'element') continue;
		const align = child.properties?.['align'];
		if ((child.tagName === 'td' || child.tagName === 'th') && typeof align === 'string') {
			const { align: _, ...rest } = child.properties;
			child.properties = { ...rest, style: `text-align: ${align}` };
		}
		alignAsStyle(child);
	}
}

/**
 * A rehype plugin that runs Sätteri hast plugins (`entries`, in order) on the tree, for the remark pipeline;
 * each factory gets what Sätteri gives it (file URL, Markdown or MDX, source, and Astro's data: the frontmatter).
 */
export function rehypeSatteriPlugins(entries: readonly HastPluginEntry[]) {
	return () =>
		async (tree: Root, file: VFile): Promise<void> => {
			const path = file.path ?? '';
			const factory = {
				fileURL: path ? pathToFileURL(path) : undefined,
				sourceFormat: path.toLowerCase().endsWith('.mdx') ? 'mdx' : 'markdown',
				source: String(file.value ?? ''),
				data: { astro: { frontmatter: (file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro?.frontmatter ?? {} } },
			} as unknown as PluginFactoryContext;
			alignAsStyle(tree);
			for (const plugin of definitions(entries, factory)) await runPlugin(plugin, tree, factory);
			parseRaw(tree);
		};
}
