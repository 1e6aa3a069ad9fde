import { describe, expect, it } from 'vitest';
import { printMode } from '../../../src/client/deck/print.ts';

describe('printMode (the deck client reading its print flags)', () => {
	it('is off on a plain deck URL and for the speaker view previews', () => {
		expect(printMode('')).toEqual({ printing: false, steps: false, handout: false });
		expect(printMode('?receiver&progress=false')).toEqual({ printing: false, steps: false, handout: false });
	});

	it('reads the print view and its two variants', () => {
		expect(printMode('?print-pdf')).toEqual({ printing: true, steps: false, handout: false });
		expect(printMode('?print-pdf&fragments')).toEqual({ printing: true, steps: true, handout: false });
		expect(printMode('?print-pdf&handout')).toEqual({ printing: true, steps: false, handout: true });
	});

	it('ignores the variants outside the print view', () => {
		expect(printMode('?fragments&handout')).toEqual({ printing: false, steps: false, handout: false });
	});
});
