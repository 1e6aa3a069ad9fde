/**
 * A diagram slide's drawing as a self-contained SVG file, for outputs that place it as a picture (the PPTX
 * export): the colours its markup takes from CSS variables (styles/diagram.css over the deck theme's
 * `--diagram-*`) written out for one theme, and its fonts named, so it draws the same with no stylesheet.
 */

/** The `--diagram-*` colours of each deck theme (src/styles/deck/theme-*.css; a unit test holds the two in step). */
export const DIAGRAM_THEMES = {
	light: { bg: '#ffffff', fg: '#1f2328', muted: '#57606a', line: '#6e7781', surface: '#f6f8fa', border: '#6e7781' },
	dark: { bg: '#0f1419', fg: '#e6edf3', muted: '#9da7b3', line: '#8b949e', surface: '#161b22', border: '#8b949e' },
} as const;

/** Which theme colour each variable of the drawing stands for (as styles/diagram.css derives them). */
const VARIABLES: Record<string, keyof (typeof DIAGRAM_THEMES)['light']> = {
	'--bg': 'bg',
	'--fg': 'fg',
	'--_text': 'fg',
	'--_text-sec': 'muted',
	'--_text-muted': 'muted',
	'--_text-faint': 'muted',
	'--_line': 'line',
	'--_arrow': 'line',
	'--_node-fill': 'surface',
	'--_node-stroke': 'border',
	'--_group-fill': 'bg',
	'--_group-hdr': 'surface',
	'--_inner-stroke': 'border',
	'--_key-badge': 'surface',
};

/** Fonts named for a file that has no page around it: the deck's stacks, without CSS variables. */
export const STANDALONE_FONTS = {
	sans: "system-ui, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', 'DejaVu Sans', sans-serif",
	mono: "ui-monospace, 'SF Mono', Menlo, Consolas, 'Liberation Mono', 'DejaVu Sans Mono', monospace",
};

/**
 * `svg` (a DiagramSlide's `svg`) with every `var(--…)` colour written out for `theme`, its text's font named
 * on the root (and on monospaced labels), and a background of the theme's colour.
 */
export function standaloneDiagramSvg(svg: string, theme: keyof typeof DIAGRAM_THEMES, fonts = STANDALONE_FONTS): string {
	const colours = DIAGRAM_THEMES[theme];
	return svg
		.replace(/var\((--[\w-]+)\)/g, (whole, name: string) => {
			const key = VARIABLES[name];
			return key ? colours[key] : whole;
		})
		.replace(/ class="mono"/g, ` font-family="${fonts.mono.replace(/"/g, "'")}"`)
		.replace(/^<svg class="diagram" /, `<svg class="diagram" font-family="${fonts.sans.replace(/"/g, "'")}" style="background:${colours.bg}" `);
}
