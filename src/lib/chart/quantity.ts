/**
 * Numbers with units as people write them in table cells (`1.2 GB`, `2 140 MB`, `2'140`, `1,5 s`, `−12 %`,
 * `2.8 ± 0.6`, `3–8 s`, `1m 42s`, `$1,200`) and in headers (`Go p99 (ms)`, `Size, MB`, `Δ %`), converted to
 * one base unit per dimension so that values written in different units can share a chart axis.
 * test/unit/chart-notations.test.ts lists every notation with the value it must read.
 */

/** What a quantity measures; values of one dimension can share an axis. `unit:<x>` is any other unit, shared only with itself. */
export type Dimension = 'bytes' | 'time' | 'percent' | 'count' | `unit:${string}`;

/** The character a number's fraction follows: `1.5` or `1,5`. */
export type DecimalMark = '.' | ',';

/** A number or a range read from a cell, in the base unit of its dimension (bytes, seconds, percent, count). */
export interface Quantity {
	low: number;
	high: number;
	/** Whether the cell gave a range (`3–8`); `low === high` otherwise. */
	range: boolean;
	dimension: Dimension;
	/** The unit as written (`GB`, `seconds`), or `''`. */
	unit: string;
}

/** A unit a cell or header may name: its dimension, the factor to the base unit and the short name an axis shows. */
interface UnitInfo {
	dimension: Dimension;
	factor: number;
	short: string;
}

const UNITS: Record<string, UnitInfo> = {};
/** Registers spellings of one unit. */
function unit(names: string[], dimension: Dimension, factor: number, short = names[0] as string): void {
	for (const name of names) UNITS[name] = { dimension, factor, short };
}
// Decimal prefixes for KB/MB/GB (as the articles use them); KiB/MiB/GiB are binary.
unit(['B', 'byte', 'bytes'], 'bytes', 1, 'B');
unit(['KB', 'kB', 'kilobytes'], 'bytes', 1e3, 'KB');
unit(['MB', 'megabytes'], 'bytes', 1e6, 'MB');
unit(['GB', 'gigabytes'], 'bytes', 1e9, 'GB');
unit(['TB', 'terabytes'], 'bytes', 1e12, 'TB');
unit(['KiB'], 'bytes', 1024, 'KiB');
unit(['MiB'], 'bytes', 1024 ** 2, 'MiB');
unit(['GiB'], 'bytes', 1024 ** 3, 'GiB');
unit(['ps', 'picoseconds'], 'time', 1e-12, 'ps');
unit(['ns', 'nanoseconds'], 'time', 1e-9, 'ns');
// The micro sign (U+00B5) and the Greek mu (U+03BC) are both written.
unit(['µs', 'μs', 'us', 'microseconds'], 'time', 1e-6, 'µs');
unit(['ms', 'milliseconds', 'millisecond'], 'time', 1e-3, 'ms');
unit(['s', 'sec', 'secs', 'second', 'seconds'], 'time', 1, 'seconds');
unit(['min', 'mins', 'minute', 'minutes'], 'time', 60, 'minutes');
unit(['h', 'hr', 'hrs', 'hour', 'hours'], 'time', 3600, 'hours');
unit(['day', 'days'], 'time', 86400, 'days');
unit(['week', 'weeks'], 'time', 604800, 'weeks');
unit(['%', 'percent'], 'percent', 1, '%');
// Counts in thousands and millions (`120k`, `1.5M` requests); `B` stays bytes.
unit(['k', 'K'], 'count', 1e3, 'k');
unit(['M'], 'count', 1e6, 'M');
unit(['x', '×'], 'unit:×', 1, '×');

/** Time units of a compound duration (`1m 42s`, `2 h 5 min`), where a bare `m` can only mean minutes. */
const DURATION_PART = /^(\d+(?:[.,]\d+)?)\s*(h|hrs?|hours?|m|mins?|minutes?|s|secs?|seconds?)\b\s*/i;
const DURATION_SECONDS: Record<string, number> = { h: 3600, m: 60, s: 1 };

/**
 * A number as written with `decimal` as its decimal mark: optionally signed, its digits grouped by thousands
 * in one consistent way (`4,654,808`, `2 140`, `2'140`, `2.140,5`) or not at all. `name` names the group that
 * holds the separator, so each number of a cell is held to its own.
 */
function numberPattern(decimal: DecimalMark, name: string): string {
	const group = decimal === '.' ? "[,' ’]" : "[.' ’]";
	const fraction = decimal === '.' ? String.raw`\.\d+` : String.raw`,\d+`;
	const exponent = decimal === '.' ? String.raw`(?:e[+-]?\d+)?` : '';
	return String.raw`[+-]?(?:\d{1,3}(?<${name}>${group})\d{3}(?:\k<${name}>\d{3})*(?:${fraction})?|\d+(?:${fraction})?|${fraction})${exponent}`;
}

/** The cell pattern for each decimal mark: `≈ $1,200`, `-10 to -20%`, `2.8 ± 0.6 ms`, `3–8 seconds`. */
const CELL: Record<DecimalMark, RegExp> = { '.': cellPattern('.'), ',': cellPattern(',') };

function cellPattern(decimal: DecimalMark): RegExp {
	const range = String.raw`\s*(?:±|\+/-)\s*(?<spread>${numberPattern(decimal, 'g3')})|\s*(?:[-–—‒]|to|\.\.|…)\s*(?<b>${numberPattern(decimal, 'g2')})`;
	const unitWritten = String.raw`(?<unit>[A-Za-zµμ%€$£×][\w/%µμ·.-]*(?:\s[A-Za-z/]+)?)`;
	return new RegExp(String.raw`^(?<currency>[$€£¥])?\s?(?<a>${numberPattern(decimal, 'g1')})(?:${range})?\s*${unitWritten}?$`, 'i');
}

/** A number as written, its grouping dropped and its decimal mark made a point. */
function toNumber(text: string, decimal: DecimalMark): number {
	const plain = decimal === '.' ? text.replace(/[,' ’]/g, '') : text.replace(/[.' ’]/g, '').replace(',', '.');
	return Number(plain);
}

/**
 * Whitespace made one plain space (thin, no-break and narrow no-break spaces group thousands too), the
 * Unicode minus a hyphen, and a leading approximation (`~`, `≈`, `about`, `ca.`) dropped.
 */
function normalise(text: string): string {
	return text
		.trim()
		.replace(/\s+/g, ' ')
		.replace(/[−‐]/g, '-')
		.replace(/^(?:~|≈|about\s|around\s|approx\.?\s|ca\.\s?|circa\s)\s*/i, '');
}

/** A duration written in two or more parts, `1m 42s` or `2 h 5 min`: its seconds and its first unit; `null` otherwise. */
function compoundDuration(text: string, decimal: DecimalMark): { seconds: number; unit: string } | null {
	let rest = text;
	let seconds = 0;
	let parts = 0;
	let first = '';
	while (rest !== '') {
		const part = DURATION_PART.exec(rest);
		if (!part) return null;
		const written = (part[2] as string).toLowerCase();
		first ||= written === 'm' ? 'min' : (part[2] as string);
		seconds += toNumber(part[1] as string, decimal) * (DURATION_SECONDS[written[0] as string] ?? 1);
		parts += 1;
		rest = rest.slice(part[0].length);
	}
	return parts >= 2 ? { seconds, unit: first } : null;
}

/** The unit named by a header: `Go p99 (ms)`, `Mean [ms]`, `Size, MB`, `Size in MiB`, `Δ %` → name and unit. */
export function headerUnit(header: string): { name: string; unit: string | null } {
	const trimmed = header.trim();
	const forms = [/^(.*?)\s*[([]\s*([^()[\]]+?)\s*[)\]]$/, /^(.*?),\s*(\S+)$/, /^(.*?)\s+in\s+(\S+)$/i, /^(.*?)\s*(%)$/];
	for (const form of forms) {
		const match = form.exec(trimmed);
		const written = match?.[2];
		if (!match || written === undefined) continue;
		// Any unit in parentheses (`req/s`), but after a comma or "in" only a known one (`Go, Rust` is two names).
		const known = UNITS[written] !== undefined;
		const unitLike = known || (form === forms[0] && /^[A-Za-zµμ%$€£][\w/%µμ·.-]*$/.test(written) && /[/%]|^[A-Z]?[a-z]{0,3}$/.test(written));
		if (unitLike && (match[1] as string).trim() !== '') return { name: (match[1] as string).trim(), unit: written };
	}
	return { name: trimmed, unit: null };
}

/** Dimension and factor of a unit as written; an unknown unit is a dimension of its own. */
function unitInfo(written: string): UnitInfo {
	return UNITS[written] ?? UNITS[written.toLowerCase()] ?? { dimension: `unit:${written.toLowerCase()}`, factor: 1, short: written };
}

/**
 * Reads a cell's plain text as a quantity (see the module comment for the notations), with `decimal` as
 * the article's decimal mark; `headerUnitName` applies when the cell names no unit. Anything else (words,
 * `—`, bounds such as `3+ GB` or `< 5 ms`) is `null`. A `±` spread is left to the label: the value is its centre.
 */
export function parseQuantity(text: string, headerUnitName: string | null = null, decimal: DecimalMark = '.'): Quantity | null {
	const cell = normalise(text);
	const duration = compoundDuration(cell, decimal);
	if (duration) return { low: duration.seconds, high: duration.seconds, range: false, dimension: 'time', unit: duration.unit };
	const match = CELL[decimal].exec(cell);
	const groups = match?.groups;
	if (!groups || groups['a'] === undefined) return null;
	const written = groups['currency'] ?? groups['unit'] ?? headerUnitName ?? '';
	if (groups['currency'] && groups['unit']) return null;
	const info = written === '' ? { dimension: 'count' as const, factor: 1, short: '' } : unitInfo(written);
	const a = toNumber(groups['a'], decimal) * info.factor;
	const b = groups['b'] === undefined ? a : toNumber(groups['b'], decimal) * info.factor;
	if (!Number.isFinite(a) || !Number.isFinite(b)) return null;
	return { low: Math.min(a, b), high: Math.max(a, b), range: groups['b'] !== undefined, dimension: info.dimension, unit: written };
}

/** Numbers only a decimal comma explains (`1,5`, `12,75`, `2.140,5`), and only a decimal point (`1.5`, `4,654.8`). */
const COMMA_DECIMAL = /\d,\d{1,2}(?!\d)|\d,\d{4,}|\d\.\d{3},\d/;
const POINT_DECIMAL = /\d\.\d{1,2}(?!\d)|\d\.\d{4,}|\d,\d{3}\.\d/;

/**
 * The decimal mark the given cells use, when they tell: `1,5` and `2.140,5` only read with a decimal comma,
 * `1.5` and `4,654.8` only with a point. `null` when they do not tell (`2,140` could be either) or disagree.
 */
export function decimalMarkOf(cells: readonly string[]): DecimalMark | null {
	const comma = cells.some((cell) => COMMA_DECIMAL.test(cell));
	const point = cells.some((cell) => POINT_DECIMAL.test(cell));
	return comma === point ? null : comma ? ',' : '.';
}

/** The short name of a unit for an axis (`GB`, `seconds`), and its factor to the base unit. */
export function axisUnit(written: string): { short: string; factor: number } {
	if (written === '') return { short: '', factor: 1 };
	const info = unitInfo(written);
	return { short: info.short, factor: info.factor };
}
