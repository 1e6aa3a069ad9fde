import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../../../scripts/static-server.ts';

let root: string;
beforeAll(() => {
	root = mkdtempSync(path.join(os.tmpdir(), 'talkbook-static-'));
	mkdirSync(path.join(root, 'articles', 'a'), { recursive: true });
	writeFileSync(path.join(root, 'articles', 'a', 'index.html'), 'article');
	writeFileSync(path.join(root, '404.html'), 'not found page');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('static server with a mount path', () => {
	it('serves the folder under the mount only, with the 404 page inside it and a bare 404 outside', async () => {
		const server = await serveStatic(root, { mount: '/talks/' });
		try {
			const get = async (p: string) => {
				const r = await fetch(`${server.origin}${p}`);
				return [r.status, await r.text()] as const;
			};
			expect(await get('/talks/articles/a/')).toEqual([200, 'article']);
			expect(await get('/talks/articles/a/?q=1')).toEqual([200, 'article']);
			expect(await get('/talks/missing/')).toEqual([404, 'not found page']);
			expect((await get('/articles/a/'))[0]).toBe(404);
			expect((await get('/articles/a/'))[1]).not.toBe('not found page');
			expect((await get('/talksx/articles/a/'))[0]).toBe(404);
		} finally {
			await server.close();
		}
	});
});
