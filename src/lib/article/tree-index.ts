import type { Nodes, Parent, Root } from 'mdast';

/** A node of an article's tree with the parent that holds it (none for the root). */
export interface Placed<N extends Nodes = Nodes> {
	node: N;
	parent: Parent | undefined;
}

/** The tree's nodes in document order (preorder), and the same filed by type. */
interface TreeIndex {
	all: Placed[];
	byType: Map<string, Placed[]>;
}

/** Indexed trees. An article's tree is read, never changed, once parsed; the index lives as long as the tree. */
const indexes = new WeakMap<Root, TreeIndex>();

/**
 * One walk per tree, filed by node type. The checks and extractors each look for some nodes (code, tables,
 * links, headings, footnotes…); each walking the whole tree again made eleven walks an article, a third of
 * the content check's time at 1,000 articles.
 */
function indexOf(tree: Root): TreeIndex {
	const known = indexes.get(tree);
	if (known) return known;
	const all: Placed[] = [];
	const byType = new Map<string, Placed[]>();
	const stack: Placed[] = [{ node: tree, parent: undefined }];
	while (stack.length > 0) {
		const placed = stack.pop() as Placed;
		all.push(placed);
		const list = byType.get(placed.node.type);
		if (list) list.push(placed);
		else byType.set(placed.node.type, [placed]);
		const children = 'children' in placed.node ? (placed.node.children as Nodes[]) : undefined;
		if (children) for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i] as Nodes, parent: placed.node as Parent });
	}
	const index = { all, byType };
	indexes.set(tree, index);
	return index;
}

/** Every node of the given types in document order, each with its parent. */
export function nodesOfType<T extends Nodes['type']>(tree: Root, ...types: T[]): readonly Placed<Extract<Nodes, { type: T }>>[] {
	const index = indexOf(tree);
	const found = types.length === 1 ? (index.byType.get(types[0] as string) ?? []) : index.all.filter((placed) => (types as string[]).includes(placed.node.type));
	// Filed by `type`, so each list holds only nodes of its types.
	return found as unknown as readonly Placed<Extract<Nodes, { type: T }>>[];
}

/** Every node of the tree (the root first) in document order, each with its parent. */
export function allNodes(tree: Root): readonly Placed[] {
	return indexOf(tree).all;
}
