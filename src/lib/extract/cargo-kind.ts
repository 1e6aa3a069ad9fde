/** Which Cargo file a TOML block is. */
export type CargoKind = 'manifest' | 'config';

/** A parsed TOML table (smol-toml's output, loosely typed). */
export type TomlTable = Record<string, unknown>;

/** Whether a TOML value is a table (not an array, date or scalar). */
export function isTable(value: unknown): value is TomlTable {
	return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

/** Keys only a manifest has (`profile` is shared with configs and decided separately). */
const MANIFEST_KEYS = ['package', 'dependencies', 'dev-dependencies', 'build-dependencies', 'workspace', 'features', 'lib', 'bin', 'patch'];
/** Keys only a config has (`target` is shared and inspected, `profile` is shared). */
const CONFIG_KEYS = ['build', 'alias', 'env', 'registries', 'registry', 'net', 'http', 'term', 'source', 'cargo-new'];
const TARGET_DEPENDENCY_TABLES = ['dependencies', 'dev-dependencies', 'build-dependencies'];
const TARGET_CONFIG_KEYS = ['linker', 'rustflags', 'runner', 'ar'];

/** Whether any `[target.<cfg>]` table has one of the given keys. */
function targetHasKey(parsed: TomlTable, keys: readonly string[]): boolean {
	const target = parsed['target'];
	if (!isTable(target)) return false;
	return Object.values(target).some((cfg) => isTable(cfg) && keys.some((key) => key in cfg));
}

/** Whether a key is present with a table value, or (for `bin`, an array of tables) an array. */
function hasTableKey(parsed: TomlTable, key: string): boolean {
	const value = parsed[key];
	// `[package]` must be a table: Cargo.lock's `[[package]]` is an array and is not a manifest.
	return key === 'bin' ? Array.isArray(value) || isTable(value) : isTable(value);
}

/** Whether parsed TOML has keys only a Cargo manifest has (`[package]`, `[dependencies]`, `target.*.dependencies`, …), or `[profile]`. */
export function isCargoManifest(parsed: TomlTable): boolean {
	return (
		MANIFEST_KEYS.some((key) => hasTableKey(parsed, key)) ||
		targetHasKey(parsed, TARGET_DEPENDENCY_TABLES) ||
		isTable(parsed['profile'])
	);
}

/** Whether parsed TOML has keys of a Cargo configuration (`[build]`, `[alias]`, `[target.x] linker`, …), or `[profile]`. */
export function isCargoConfig(parsed: TomlTable): boolean {
	return (
		CONFIG_KEYS.some((key) => isTable(parsed[key])) ||
		targetHasKey(parsed, TARGET_CONFIG_KEYS) ||
		isTable(parsed['profile'])
	);
}

/**
 * Kind from parsed keys: manifest-only keys win, then config-only keys; a file with nothing but
 * `[profile.*]` counts as a manifest (where profiles are usually shown). `null` for other TOML.
 */
export function cargoKindFromKeys(parsed: TomlTable): CargoKind | null {
	if (MANIFEST_KEYS.some((key) => hasTableKey(parsed, key)) || targetHasKey(parsed, TARGET_DEPENDENCY_TABLES)) return 'manifest';
	if (CONFIG_KEYS.some((key) => isTable(parsed[key])) || targetHasKey(parsed, TARGET_CONFIG_KEYS)) return 'config';
	return isTable(parsed['profile']) ? 'manifest' : null;
}

/** Kind from a code fence title: any path ending `Cargo.toml` is a manifest; `config.toml`/`config` in a `.cargo` directory is a config. */
export function cargoKindFromTitle(title: string | null | undefined): CargoKind | null {
	if (!title) return null;
	const parts = title.trim().replace(/\\/g, '/').split('/');
	const base = parts.at(-1) ?? '';
	if (base.toLowerCase() === 'cargo.toml') return 'manifest';
	if ((base === 'config.toml' || base === 'config') && parts.at(-2) === '.cargo') return 'config';
	return null;
}

/** Title used when the fence has none. */
export function defaultCargoTitle(kind: CargoKind): string {
	return kind === 'manifest' ? 'Cargo.toml' : '.cargo/config.toml';
}
