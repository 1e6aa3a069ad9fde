/**
 * The accepted half of the hostile-input corpus: each directory in test/fixtures/hostile/ is a tiny
 * project whose content is unusual or hostile but allowed, so the content check must pass it (warnings
 * aside); test/browser/hostile.test.ts builds them all and checks the pages are safe.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/lib/check/check-content.ts';
import { formatReport } from '../../../src/lib/check/report.ts';

const root = join(import.meta.dirname, '..', '..', 'fixtures', 'hostile');
const cases = readdirSync(root, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();

describe('hostile fixtures the check accepts (test/fixtures/hostile)', () => {
	it('has at least 15 cases', () => {
		expect(cases.length).toBeGreaterThanOrEqual(15);
	});
	for (const name of cases) {
		it(name, () => {
			const result = checkContent({ root: join(root, name) });
			expect(result.errors, formatReport(result)).toEqual([]);
		});
	}
});
