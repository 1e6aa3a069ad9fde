import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hexColor, PALETTES, type PptxPalette } from '../../../src/lib/pptx/theme.ts';

/** The `--deck-*` custom properties of a stylesheet's first rule that sets `color-scheme` (or of `:root`). */
function properties(file: string): Record<string, string> {
	const css = readFileSync(file, 'utf8');
	return Object.fromEntries([...css.matchAll(/--deck-([\w-]+):\s*([^;]+);/g)].map((m) => [m[1] ?? '', (m[2] ?? '').trim()]));
}

const camel = (name: string): string => name.replace(/-(\w)/g, (_m, c: string) => c.toUpperCase());

describe('the PowerPoint palettes', () => {
	for (const theme of ['light', 'dark'] as const) {
		it(`are the ${theme} deck theme's colours (src/styles/deck/theme-${theme}.css)`, () => {
			const css = properties(`src/styles/deck/theme-${theme}.css`);
			const palette = PALETTES[theme] as unknown as Record<string, string>;
			const compared = Object.entries(css).filter(([name]) => camel(name) in palette);
			expect(compared.length).toBeGreaterThan(15);
			for (const [name, value] of compared) expect(palette[camel(name)], name).toBe(hexColor(value));
		});
	}

	it('colour bars as the SVG charts do (src/styles/deck/chart.css)', () => {
		const css = properties('src/styles/deck/chart.css');
		const bars = [1, 2, 3, 4].map((n) => hexColor(css[`chart-${n}`] ?? ''));
		for (const palette of Object.values(PALETTES) as PptxPalette[]) expect([...palette.chart]).toEqual(bars);
	});
});
