import { describe, expect, it } from 'vitest';
import { inlineRuns, linkTarget, type InlineContext } from '../../../src/lib/pptx/inline.ts';
import { PALETTES } from '../../../src/lib/pptx/theme.ts';

const style = { sizePt: 24, color: '111111', codeScale: 0.86 };
const ctx = (siteOrigin: string | null, base = '/'): InlineContext => ({ palette: PALETTES.light, siteOrigin, base });

describe('inline HTML as runs', () => {
	it('keeps bold, emphasis, strike-through and inline code as runs, entities decoded', () => {
		const { runs, unsupported } = inlineRuns('Rust&#39;s <strong>wins</strong>, <em>costs</em> and <code>serde</code> <del>hype</del>', style, ctx(null));
		expect(unsupported).toEqual([]);
		expect(runs.map((r) => r.text).join('')).toBe("Rust's wins, costs and serde hype");
		expect(runs.find((r) => r.text === 'wins')?.bold).toBe(true);
		expect(runs.find((r) => r.text === 'costs')?.italic).toBe(true);
		expect(runs.find((r) => r.text === 'hype')?.strike).toBe(true);
		expect(runs.find((r) => r.text === 'serde')).toMatchObject({ font: 'mono', sizePt: 20.64, highlight: PALETTES.light.chipBg });
	});

	it('links site paths only with a site URL (under the base), never a local address or a script', () => {
		const html = '<a href="/articles/x/">x</a>';
		expect(inlineRuns(html, style, ctx(null)).runs[0]?.href).toBeUndefined();
		expect(inlineRuns(html, style, ctx('https://talks.example', '/talks/')).runs[0]?.href).toBe('https://talks.example/talks/articles/x/');
		expect(inlineRuns('<a href="https://docs.rs/tokio">docs</a>', style, ctx(null)).runs[0]?.href).toBe('https://docs.rs/tokio');
		expect(linkTarget('javascript:alert(1)', ctx(null))).toBeUndefined();
		expect(linkTarget('http://localhost:4321/articles/x/', ctx(null))).toBeUndefined();
		expect(linkTarget('#agenda', ctx('https://talks.example'))).toBeUndefined();
	});

	it('turns <br> into a line break and names what a run cannot hold', () => {
		const { runs, unsupported } = inlineRuns('one<br>two <img src="/a.png" alt="a">', style, ctx(null));
		expect(runs.map((r) => [r.text, r.breakBefore ?? false])).toEqual([
			['one', false],
			['two', true],
		]);
		expect(unsupported).toEqual(['img']);
	});
});
