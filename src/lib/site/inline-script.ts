import { transformSync } from 'esbuild';

const minified = new Map<string, string>();

/**
 * A browser script minified for inlining into every page's `<head>` (esbuild, already the build's
 * bundler): the readable source stays in `src/client/`, the page gets about half the bytes. Memoised,
 * since every page of a build inlines the same script.
 */
export function minifyInlineScript(source: string): string {
	let code = minified.get(source);
	if (code === undefined) {
		code = transformSync(source, { minify: true, target: 'es2022', legalComments: 'none' }).code.trim();
		minified.set(source, code);
	}
	return code;
}
