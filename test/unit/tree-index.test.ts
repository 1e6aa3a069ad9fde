import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/lib/article/parse.ts';
import { allNodes, nodesOfType } from '../../src/lib/article/tree-index.ts';

const tree = parseMarkdown('# A [x](/a)\n\n> ![i](/i.png) and [y](/b)\n\n```rust\nfn a() {}\n```\n\n- item with [z](/c)\n\n[d]: /d\n', 'articles/t.md');

describe('tree index', () => {
	it('finds nodes of several types in document order, with their parents', () => {
		const found = nodesOfType(tree, 'link', 'image', 'definition').map(({ node, parent }) => [node.type, node.url, parent?.type]);
		expect(found).toEqual([
			['link', '/a', 'heading'],
			['image', '/i.png', 'paragraph'],
			['link', '/b', 'paragraph'],
			['link', '/c', 'paragraph'],
			['definition', '/d', 'root'],
		]);
		expect(nodesOfType(tree, 'code').map(({ node, parent }) => [node.value, parent?.type])).toEqual([['fn a() {}', 'root']]);
		expect(nodesOfType(tree, 'table')).toEqual([]);
	});

	it('lists every node once, the root first, as a preorder walk does', () => {
		const types = allNodes(tree).map(({ node }) => node.type);
		expect(types[0]).toBe('root');
		expect(types.slice(1, 4)).toEqual(['heading', 'text', 'link']);
		const count = (node: { children?: unknown[] }): number => 1 + (node.children ?? []).reduce<number>((n, child) => n + count(child as { children?: unknown[] }), 0);
		expect(types.length).toBe(count(tree));
	});
});
