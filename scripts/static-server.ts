import { createServer, type Server } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { contentTypeOf } from '../src/lib/site/content-types.ts';
import { normalizeBase, stripBase } from '../src/lib/site/paths.ts';


function resolveFile(root: string, urlPath: string): string | null {
	const clean = path.normalize(decodeURIComponent(urlPath.split('?')[0] ?? '/'));
	const full = path.join(root, clean);
	if (!full.startsWith(root)) return null;
	for (const candidate of [full, path.join(full, 'index.html')]) {
		try {
			if (statSync(candidate).isFile()) return candidate;
		} catch {
			/* try the next candidate */
		}
	}
	return null;
}

/** Where a static server publishes its folder. */
export interface ServeOptions {
	/** Port on 127.0.0.1; any free one when 0 or absent. */
	port?: number;
	/**
	 * The path the folder is served under (`/talks/`), as on a host where the site is not at the root:
	 * nothing outside it exists (every other URL is a 404, with no 404 page). `/` when absent.
	 */
	mount?: string;
}

/** A plain static file server over `root` on 127.0.0.1, like any host a team would deploy the site to (404s use `404.html`). */
export async function serveStatic(root: string, options: ServeOptions | number = {}): Promise<{ server: Server; origin: string; close: () => Promise<void> }> {
	const { port = 0, mount = '/' } = typeof options === 'number' ? { port: options } : options;
	const prefix = normalizeBase(mount);
	const absolute = path.resolve(root);
	const server = createServer((req, res) => {
		const route = stripBase((req.url ?? '/').split(/[?#]/)[0] ?? '/', prefix);
		if (route === null) {
			res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end(`Not found: outside ${prefix}`);
			return;
		}
		const file = resolveFile(absolute, route);
		const status = file ? 200 : 404;
		const body = file ?? resolveFile(absolute, '/404.html');
		if (!body) {
			res.writeHead(404).end('Not found');
			return;
		}
		res.writeHead(status, { 'content-type': contentTypeOf(body), 'cache-control': 'no-cache' });
		createReadStream(body).pipe(res);
	});
	await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
	const { port: actual } = server.address() as AddressInfo;
	return {
		server,
		origin: `http://127.0.0.1:${actual}`,
		close: () => new Promise((resolve) => server.close(() => resolve())),
	};
}
