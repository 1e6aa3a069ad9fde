/**
 * Numbers with units as articles write them in table cells (`1.2 GB`, `110 MB`, `90 seconds`, `3-8 s`,
 * `150,000`) and in headers (`Go p99 (ms)`), converted to one base unit per dimension so that values
 * written in different units can share a chart axis.
 */

/** What a quantity measures; values of one dimension can share an axis. `unit:<x>` is any other unit, shared only with itself. */
export type Dimension = 'bytes' | 'time' | 'percent' | 'count' | `unit:${string}`;

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
unit(['ns', 'nanoseconds'], 'time', 1e-9, 'ns');
unit(['µs', 'us', 'microseconds'], 'time', 1e-6, 'µs');
unit(['ms', 'milliseconds', 'millisecond'], 'time', 1e-3, 'ms');
unit(['s', 'sec', 'secs', 'second', 'seconds'], 'time', 1, 'seconds');
unit(['min', 'mins', 'minute', 'minutes'], 'time', 60, 'minutes');
unit(['h', 'hr', 'hrs', 'hour', 'hours'], 'time', 3600, 'hours');
unit(['day', 'days'], 'time', 86400, 'days');
unit(['week', 'weeks'], 'time', 604800, 'weeks');
unit(['%', 'percent'], 'percent', 1, '%');

const NUMBER = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+`;
const CELL = new RegExp(String.raw`^(?:~|≈|about\s+|around\s+)?(${NUMBER})(?:\s*(?:[-–—]|to)\s*(${NUMBER}))?\s*([A-Za-zµ%][\w/%µ-]*(?:\s[A-Za-z/]+)?)?$`, 'i');

/** A number as written, thousands separators dropped. */
function toNumber(text: string): number {
	return Number(text.replace(/,/g, ''));
}

/** The unit named by a header's trailing `(ms)` or `[MB]`, and the header without it: `Go p99 (ms)` → `Go p99`, `ms`. */
export function headerUnit(header: string): { name: string; unit: string | null } {
	const match = /^(.*?)\s*[([]\s*([^()[\]]+?)\s*[)\]]\s*$/.exec(header.trim());
	if (!match || !UNITS[match[2] as string]) return { name: header.trim(), unit: null };
	return { name: (match[1] as string).trim(), unit: match[2] as string };
}

/** Dimension and factor of a unit as written; an unknown unit is a dimension of its own. */
function unitInfo(written: string): UnitInfo {
	return UNITS[written] ?? UNITS[written.toLowerCase()] ?? { dimension: `unit:${written.toLowerCase()}`, factor: 1, short: written };
}

/**
 * Reads a cell's plain text as a quantity: `1.2 GB`, `110 MB`, `3–8 seconds`, `150,000`, `~40 ms`;
 * `headerUnitName` applies when the cell names no unit. Anything else (words, `—`, `3+ GB`) is `null`.
 */
export function parseQuantity(text: string, headerUnitName: string | null = null): Quantity | null {
	const match = CELL.exec(text.trim().replace(/\s+/g, ' '));
	if (!match) return null;
	const written = match[3] ?? headerUnitName ?? '';
	const info = written === '' ? { dimension: 'count' as const, factor: 1, short: '' } : unitInfo(written);
	const a = toNumber(match[1] as string) * info.factor;
	const b = match[2] === undefined ? a : toNumber(match[2]) * info.factor;
	if (!Number.isFinite(a) || !Number.isFinite(b)) return null;
	return { low: Math.min(a, b), high: Math.max(a, b), range: match[2] !== undefined, dimension: info.dimension, unit: written };
}

/** The short name of a unit for an axis (`GB`, `seconds`), and its factor to the base unit. */
export function axisUnit(written: string): { short: string; factor: number } {
	if (written === '') return { short: '', factor: 1 };
	const info = unitInfo(written);
	return { short: info.short, factor: info.factor };
}
