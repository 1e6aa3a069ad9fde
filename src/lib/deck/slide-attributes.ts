import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { pointAfter, TalkbookError } from '../errors.ts';
import type { ErrorPoint } from '../errors.ts';

/** The `<!-- .slide: … -->` comment of reveal.js's Markdown convention. */
const SLIDE_COMMENT = /<!--\s*\.slide:([\s\S]*?)-->/;

/** One attribute as written: `name="value"`, `name='value'`, `name=value` or a bare `name`. */
const ATTRIBUTE = /([^\s=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/** A URL with a scheme or protocol-relative: the deck would fetch it from another host (or run it). */
export const REMOTE_OR_SCHEME = /^\s*(?:[a-z][a-z0-9+.-]*:|\/\/|\\\\)/i;

const TRANSITION = /^(?:none|fade|slide|convex|concave|zoom)(?:-in|-out)?(?:\s+(?:none|fade|slide|convex|concave|zoom)(?:-in|-out)?)?$/;
const NUMBER = /^\d+(?:\.\d+)?$/;
const BOOLEAN = /^(?:true|false)$/;
const WORD = /^[A-Za-z][\w-]*$/;
const CSS_COLOR = /^(?:#[0-9a-f]{3,8}|[a-z]+|(?:rgb|rgba|hsl|hsla)\(\s*[\d.%\s,/+-]+\))$/i;
const CSS_EASING = /^(?:[a-z-]+|cubic-bezier\(\s*[\d.\s,-]+\)|steps\(\s*\d+\s*(?:,\s*[a-z-]+)?\))$/i;
const CSS_LENGTHS = /^(?:[a-z]+|[\d.]+(?:px|%|em|rem|vw|vh)?)(?:\s+(?:[a-z]+|[\d.]+(?:px|%|em|rem|vw|vh)?))?$/i;
/** A CSS gradient; no `url(` anywhere, so it can never name a file to fetch. */
const GRADIENT = /^(?!.*url\s*\()(?:repeating-)?(?:linear|radial|conic)-gradient\((?:[^()]|\((?:[^()])*\))*\)$/i;
/** A file in the project: letters, digits, `/`, `.`, `-`, `_` only (no scheme, no `//`, no quotes or parentheses). */
const LOCAL_PATH = /^(?!\/\/)[\w./-]+$/;

/** The value rule of each allowed attribute; `null` marks an attribute that is written bare (or `=""`). */
const ALLOWED: Record<string, { rule: RegExp | null; hint: string }> = {
	id: { rule: WORD, hint: 'a letter, then letters, digits, "-" or "_"' },
	class: { rule: /^[\w-]+(?:\s+[\w-]+)*$/, hint: 'class names of letters, digits, "-" or "_"' },
	'data-transition': { rule: TRANSITION, hint: 'none, fade, slide, convex, concave or zoom (optionally -in/-out)' },
	'data-transition-speed': { rule: /^(?:default|fast|slow)$/, hint: 'default, fast or slow' },
	'data-background-transition': { rule: TRANSITION, hint: 'none, fade, slide, convex, concave or zoom' },
	'data-auto-animate': { rule: null, hint: 'written bare or ="true"' },
	'data-auto-animate-restart': { rule: null, hint: 'written bare or ="true"' },
	'data-auto-animate-id': { rule: WORD, hint: 'a word' },
	'data-auto-animate-easing': { rule: CSS_EASING, hint: 'a CSS easing such as ease-in-out' },
	'data-auto-animate-duration': { rule: NUMBER, hint: 'seconds' },
	'data-auto-animate-delay': { rule: NUMBER, hint: 'seconds' },
	'data-auto-animate-unmatched': { rule: BOOLEAN, hint: 'true or false' },
	'data-background-color': { rule: CSS_COLOR, hint: 'a CSS color: #hex, rgb(…), hsl(…) or a name' },
	'data-background-gradient': { rule: GRADIENT, hint: 'a CSS linear-, radial- or conic-gradient(…)' },
	'data-background-image': { rule: LOCAL_PATH, hint: 'a path to a file in public/, e.g. /images/bg.png' },
	'data-background-size': { rule: CSS_LENGTHS, hint: 'cover, contain or a CSS size' },
	'data-background-position': { rule: CSS_LENGTHS, hint: 'a CSS position such as center' },
	'data-background-repeat': { rule: /^(?:repeat|no-repeat|repeat-x|repeat-y|space|round)$/, hint: 'a CSS background-repeat' },
	'data-background-opacity': { rule: /^(?:0(?:\.\d+)?|1(?:\.0+)?)$/, hint: 'a number from 0 to 1' },
	'data-timing': { rule: /^\d+$/, hint: 'whole seconds' },
	'data-autoslide': { rule: /^\d+$/, hint: 'milliseconds' },
	'data-visibility': { rule: /^(?:hidden|uncounted)$/, hint: 'hidden or uncounted' },
	'data-state': { rule: WORD, hint: 'a word' },
};

/** The allowlist in a line, for the error message (the README lists it too). */
const ALLOWED_SUMMARY =
	'id, class, data-transition(-speed), data-auto-animate(-id|-restart|-easing|-duration|-delay|-unmatched), data-background-(color|gradient|image|size|position|repeat|opacity|transition), data-timing, data-autoslide, data-visibility, data-state';

/** Attributes that would make the deck fetch or run something from outside: named in their own message. */
const FORBIDDEN_REASON: Record<string, string> = {
	'data-background-iframe': 'it embeds a page (which could run script or reach the network)',
	'data-background-video': 'use a slide image; videos are not part of the offline export',
	'data-background-interactive': 'it only applies to data-background-iframe',
};

/** A `.slide` comment's attributes after validation, with where the comment starts. */
export interface SlideComment {
	attributes: Record<string, string>;
	errors: TalkbookError[];
	/** Where the comment's `data-background-image` is written, to check the file exists; `null` without one. */
	backgroundAt: ErrorPoint | null;
}

/** The inner text of a `.slide` comment in an mdast `html` node, and where it starts in the node's value. */
function commentInner(value: string): { inner: string; offset: number } | null {
	const match = SLIDE_COMMENT.exec(value);
	if (!match || match[1] === undefined) return null;
	return { inner: match[1], offset: match.index + match[0].indexOf(match[1], '<!--'.length) };
}

/** What a boolean attribute (`data-auto-animate`) turns on, for the message about `="false"`. */
const TURNS_ON: Record<string, string> = { 'data-auto-animate': 'auto-animate' };

/**
 * A boolean attribute: bare, `=""` or `="true"` (as many authors write HTML) are the same to reveal.js,
 * which only asks whether the attribute is there. `="false"` would mean the opposite of what it does, so
 * it is refused with the fix; any other value is refused too.
 */
function booleanProblem(name: string, value: string | undefined): string | null {
	const written = value?.toLowerCase();
	if (written === undefined || written === '' || written === 'true') return null;
	if (written === 'false') {
		const what = TURNS_ON[name];
		return `slide attribute ${name}="${value}" would turn ${what ?? 'it'} on: reveal.js treats the attribute as present whatever its value; remove it${what ? ` to leave ${what} off` : ''}`;
	}
	return `slide attribute "${name}" takes no value: write it bare (${name}) or ="true"`;
}

/** Checks one attribute against the allowlist; returns why it is refused, or `null`. */
function attributeProblem(name: string, value: string | undefined): string | null {
	const forbidden = FORBIDDEN_REASON[name];
	if (forbidden) return `slide attribute "${name}" is not allowed: ${forbidden}`;
	const allowed = ALLOWED[name];
	if (!allowed) return `slide attribute "${name}" is not allowed; allowed are ${ALLOWED_SUMMARY}`;
	if (allowed.rule === null) return booleanProblem(name, value);
	if (value === undefined || value === '') return `slide attribute "${name}" needs a value: ${allowed.hint}`;
	if (name === 'data-background-image' && REMOTE_OR_SCHEME.test(value)) {
		return `slide attribute "${name}" must be a file in the project, not "${value}": decks work offline`;
	}
	return allowed.rule.test(value) ? null : `slide attribute ${name}="${value}" is not valid: ${allowed.hint}`;
}

/**
 * Reads the `<!-- .slide: … -->` comment of one hand-written slide from its syntax tree (so a comment
 * shown inside a code fence or inline code stays code), keeping only allowlisted reveal.js attributes with
 * valid values. Every other attribute is an error naming it, at the comment; `at` is where the slide's
 * Markdown starts in its file (line of the tree's line 1).
 */
export function readSlideComment(tree: Root, file: string, at: ErrorPoint): SlideComment {
	const attributes: Record<string, string> = {};
	const errors: TalkbookError[] = [];
	let backgroundAt: ErrorPoint | null = null;
	let found = false;
	visit(tree, 'html', (node) => {
		const comment = found ? null : commentInner(node.value);
		if (comment === null) return;
		found = true;
		const start = node.position?.start ?? { line: 1, column: 1 };
		const where = { line: at.line + start.line - 1, column: start.line === 1 ? at.column + start.column - 1 : start.column };
		for (const match of comment.inner.matchAll(ATTRIBUTE)) {
			const name = (match[1] ?? '').toLowerCase();
			const value = match[2] ?? match[3] ?? match[4];
			const problem = attributeProblem(name, value);
			const at = pointAfter(where, node.value.slice(0, comment.offset + match.index));
			if (problem) errors.push(new TalkbookError(problem, file, at));
			// A boolean written `="true"` is kept bare: that is how reveal.js reads it, and the renderer writes it.
			else attributes[name] = ALLOWED[name]?.rule === null ? '' : (value ?? '');
			if (!problem && name === 'data-background-image') backgroundAt = at;
		}
	});
	return { attributes, errors, backgroundAt };
}

/** The attributes re-serialised as the comment the renderer reads (bare ones as `name=""`), or `''` without any. */
export function serializeSlideComment(attributes: Readonly<Record<string, string>>): string {
	const entries = Object.entries(attributes);
	if (entries.length === 0) return '';
	return `<!-- .slide: ${entries.map(([name, value]) => `${name}="${value}"`).join(' ')} -->`;
}
