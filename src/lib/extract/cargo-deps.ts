import { isTable } from './cargo-kind.ts';
import type { TomlTable } from './cargo-kind.ts';
import type { TomlLine } from './toml-lines.ts';
import type { CrateDependency } from './types.ts';

const DEPENDENCY_TABLES = ['dependencies', 'dev-dependencies', 'build-dependencies'];

/** A dependency table's label and path, e.g. `target.'cfg(unix)'.dependencies`. */
interface DependencyTable {
	label: string;
	path: string[];
}

/** Quotes a key segment when it is not a bare key, as a TOML author would write it. */
function keySegment(key: string): string {
	return /^[A-Za-z0-9_-]+$/.test(key) ? key : `'${key}'`;
}

/**
 * The dependency table a key path lies in and the crate it names: `[dependencies]`, `[dev-dependencies]`,
 * `[build-dependencies]`, `[workspace.dependencies]`, `[target.<cfg>.*dependencies]`. `name` is `null`
 * for the table itself.
 */
export function dependencyTableOf(path: readonly string[]): { table: string; name: string | null } | null {
	const [a, b, c, d] = path;
	if (a !== undefined && DEPENDENCY_TABLES.includes(a)) return { table: a, name: b ?? null };
	if (a === 'workspace' && b === 'dependencies') return { table: 'workspace.dependencies', name: c ?? null };
	if (a === 'target' && b !== undefined && c !== undefined && DEPENDENCY_TABLES.includes(c)) {
		return { table: `target.${keySegment(b)}.${c}`, name: d ?? null };
	}
	return null;
}

/** Every dependency table present in a parsed manifest, in the order the parser saw them. */
function dependencyTables(parsed: TomlTable): DependencyTable[] {
	const tables: DependencyTable[] = DEPENDENCY_TABLES.map((name) => ({ label: name, path: [name] }));
	tables.push({ label: 'workspace.dependencies', path: ['workspace', 'dependencies'] });
	const target = parsed['target'];
	if (isTable(target)) {
		for (const cfg of Object.keys(target)) {
			for (const name of DEPENDENCY_TABLES) tables.push({ label: `target.${keySegment(cfg)}.${name}`, path: ['target', cfg, name] });
		}
	}
	return tables;
}

/** Value at a key path, or undefined. */
function valueAt(table: TomlTable, path: readonly string[]): unknown {
	let value: unknown = table;
	for (const key of path) value = isTable(value) ? value[key] : undefined;
	return value;
}

/** One dependency from its TOML value: `"1"`, `{ version, features, optional }`, `{ workspace = true }`, `{ git }`, `{ path }`. */
export function crateDependency(name: string, value: unknown, table: string): CrateDependency {
	if (!isTable(value)) return { name, version: String(value), features: [], table, workspace: false, optional: false };
	const workspace = value['workspace'] === true;
	const text = (key: string): string | null => (typeof value[key] === 'string' ? (value[key] as string) : null);
	const git = text('git');
	const path = text('path');
	const version = workspace ? 'workspace' : (text('version') ?? (git ? `git ${git}` : path ? `path ${path}` : '*'));
	const features = Array.isArray(value['features']) ? value['features'].map(String) : [];
	return { name, version, features, table, workspace, optional: value['optional'] === true };
}

/** All dependencies of a parsed manifest, table by table (callers sort them into document order). */
export function collectDependencies(parsed: TomlTable): CrateDependency[] {
	return dependencyTables(parsed).flatMap(({ label, path }) => {
		const table = valueAt(parsed, path);
		return isTable(table) ? Object.entries(table).map(([name, value]) => crateDependency(name, value, label)) : [];
	});
}

/** Map key for a dependency: its table and name. */
export function dependencyKey(table: string, name: string): string {
	return `${table}\u0000${name}`;
}

/**
 * The code lines declaring each dependency, by dependencyKey: `tokio = …` (all lines of a multi-line value),
 * dotted keys like `tokio.workspace = true`, and `[dependencies.foo]` headers with their keys.
 */
export function dependencyLineMap(lines: readonly TomlLine[]): Map<string, number[]> {
	const map = new Map<string, number[]>();
	for (const line of lines) {
		if (line.kind !== 'key' && line.kind !== 'table') continue;
		const owner = dependencyTableOf(line.path);
		if (!owner?.name) continue;
		const key = dependencyKey(owner.table, owner.name);
		const numbers = map.get(key) ?? [];
		for (let n = line.startLine; n <= line.endLine; n++) numbers.push(n);
		map.set(key, numbers);
	}
	return map;
}
