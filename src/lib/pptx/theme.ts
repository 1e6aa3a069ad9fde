/**
 * The deck themes' colours for PowerPoint, as src/styles/deck/theme-light.css, theme-dark.css and
 * chart.css define them (test/unit/pptx/theme.test.ts reads those files and fails when they drift apart).
 */
import type { Deck } from '../deck/model.ts';
import { DECK_CODE_THEMES } from '../render/highlighter.ts';

/** A deck theme's colours, `RRGGBB` without `#`. */
export interface PptxPalette {
	bg: string;
	fg: string;
	heading: string;
	muted: string;
	accent: string;
	link: string;
	border: string;
	borderStrong: string;
	rowAlt: string;
	headBg: string;
	chipBg: string;
	chipFg: string;
	markerBg: string;
	markerFg: string;
	codeBg: string;
	codeBorder: string;
	gutter: string;
	/** Bar colours by series (`--deck-chart-1` …), the same in both themes. */
	chart: readonly string[];
	/** The shiki theme the deck's code is coloured with. */
	codeTheme: string;
}

const CHART = ['0072B2', 'D55E00', '009E73', 'CC79A7'] as const;

/** The palette of each deck theme. */
export const PALETTES: Readonly<Record<Deck['theme'], PptxPalette>> = {
	light: {
		bg: 'FFFFFF',
		fg: '1F2328',
		heading: '0B0F14',
		muted: '57606A',
		accent: '0A58CA',
		link: '0A58CA',
		border: 'D0D7DE',
		borderStrong: '8C959F',
		rowAlt: 'F6F8FA',
		headBg: 'EEF2F6',
		chipBg: 'EEF1F4',
		chipFg: '24292F',
		markerBg: 'DDF4FF',
		markerFg: '0550AE',
		codeBg: 'F6F8FA',
		codeBorder: 'D0D7DE',
		gutter: '8C959F',
		chart: CHART,
		codeTheme: DECK_CODE_THEMES.light,
	},
	dark: {
		bg: '0F1419',
		fg: 'E6EDF3',
		heading: 'FFFFFF',
		muted: '9DA7B3',
		accent: '6CB6FF',
		link: '79C0FF',
		border: '30363D',
		borderStrong: '6E7681',
		rowAlt: '161B22',
		headBg: '1C2128',
		chipBg: '262C36',
		chipFg: 'E6EDF3',
		markerBg: '0C2D6B',
		markerFg: 'A5D6FF',
		codeBg: '161B22',
		codeBorder: '30363D',
		gutter: '6E7681',
		chart: CHART,
		codeTheme: DECK_CODE_THEMES.dark,
	},
};

/** A CSS colour (`#abc`, `#aabbcc`) as `RRGGBB`, or `null` when it is not a plain hex colour. */
export function hexColor(css: string): string | null {
	const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(css.trim());
	if (!match?.[1]) return null;
	const hex = match[1].length === 3 ? [...match[1]].map((c) => c + c).join('') : match[1];
	return hex.toUpperCase();
}
