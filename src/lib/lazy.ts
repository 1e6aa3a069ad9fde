import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * A package loaded on first use rather than when its importer loads: the renderers of diagrams and math
 * and the remark parsers cost 20 to 300 ms of CPU each to load, in the build script and again in Astro, and
 * most builds need none of them (no diagram, no math, the Sätteri pipeline). Resolved from the project (the
 * build, Astro and the tests run there); ESM packages load through Node's require of ES modules.
 */
export function lazyPackage<T>(id: string, file?: string): () => T {
	let loaded: T | undefined;
	return () => {
		if (loaded === undefined) {
			const from = path.join(process.cwd(), 'package.json');
			// A package that exports only to `import` (beautiful-mermaid) is loaded by the path of its module.
			loaded = createRequire(from)(file ? path.join(process.cwd(), 'node_modules', id, file) : id) as T;
		}
		return loaded;
	};
}
