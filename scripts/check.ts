/**
 * Content checks of `npm run check` (the types are checked after it by `astro check`): every article
 * and deck is parsed with the site's own parsers and every problem is printed like a compiler prints it,
 * `file:line:column: error: message`. Exits 1 on errors; warnings are printed and exit 0.
 */
import path from 'node:path';
import { buildCache } from '../src/lib/cache/context.ts';
import { checkContent } from '../src/lib/check/check-content.ts';
import { formatReport, formatSummary } from '../src/lib/check/report.ts';

const root = path.resolve(import.meta.dirname, '..');
// Through the build's cache: articles unchanged since the last build or check are not parsed again.
const { store, buildKey } = buildCache(root);
const result = checkContent({ root, cache: store, buildKey });
if (result.errors.length > 0 || result.warnings.length > 0) console.error(formatReport(result));
else console.log(formatSummary(result));
process.exitCode = result.errors.length > 0 ? 1 : 0;
