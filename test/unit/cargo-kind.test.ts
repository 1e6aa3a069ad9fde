import { parse } from 'smol-toml';
import { describe, expect, it } from 'vitest';
import { cargoKindFromKeys, cargoKindFromTitle, isCargoConfig, isCargoManifest } from '../../src/lib/extract/cargo-kind.ts';

/** Parsed TOML, as the extractor sees it. */
const toml = (text: string): Record<string, unknown> => parse(text) as Record<string, unknown>;

describe('cargoKindFromTitle', () => {
	it.each([
		['Cargo.toml', 'manifest'],
		['crates/api/Cargo.toml', 'manifest'],
		['C:\\work\\Cargo.toml', 'manifest'],
		['.cargo/config.toml', 'config'],
		['~/.cargo/config.toml', 'config'],
		['project/.cargo/config', 'config'],
		['config.toml', null],
		['cargo/config.toml', null],
		['Cargo.lock', null],
		['pyproject.toml', null],
		[null, null],
	] as const)('%s → %s', (title, kind) => {
		expect(cargoKindFromTitle(title)).toBe(kind);
	});
});

describe('cargo kind from keys', () => {
	it.each([
		['[package]\nname = "x"', 'manifest'],
		['[dependencies]\ntokio = "1"', 'manifest'],
		['[dev-dependencies]\ninsta = "1"', 'manifest'],
		['[build-dependencies]\ncc = "1"', 'manifest'],
		['[workspace]\nmembers = ["a"]', 'manifest'],
		['[features]\ndefault = []', 'manifest'],
		['[lib]\npath = "src/lib.rs"', 'manifest'],
		['[[bin]]\nname = "x"', 'manifest'],
		['[patch.crates-io]\nfoo = { path = "foo" }', 'manifest'],
		["[target.'cfg(unix)'.dependencies]\nnix = \"0.27\"", 'manifest'],
		['[profile.release]\nlto = true', 'manifest'],
		['[build]\njobs = 4', 'config'],
		['[target.x86_64-unknown-linux-gnu]\nlinker = "clang"', 'config'],
		['[target.wasm32-unknown-unknown]\nrunner = "wasm-bindgen-test-runner"', 'config'],
		['[target.x]\nrustflags = ["-C", "x"]', 'config'],
		['[alias]\nb = "build"', 'config'],
		['[env]\nRUST_LOG = "debug"', 'config'],
		['[registries.my]\nindex = "https://x.test"', 'config'],
		['[net]\noffline = true', 'config'],
		['[http]\ntimeout = 30', 'config'],
		['[term]\ncolor = "always"', 'config'],
		['[source.crates-io]\nreplace-with = "vendored"', 'config'],
		['[cargo-new]\nvcs = "none"', 'config'],
		['[build]\njobs = 4\n[profile.dev]\nopt-level = 1', 'config'],
		['[project]\nname = "py"\n[build-system]\nrequires = []\n[tool.black]\nline-length = 100', null],
		['[[package]]\nname = "a"\nversion = "1"', null],
		['title = "x"\n[server]\nport = 80', null],
	] as const)('%j → %s', (text, kind) => {
		expect(cargoKindFromKeys(toml(text))).toBe(kind);
	});

	it('lets the predicates agree that [profile] alone fits both files', () => {
		const profile = toml('[profile.dev]\ndebug = 1');
		expect([isCargoManifest(profile), isCargoConfig(profile)]).toEqual([true, true]);
		expect(isCargoConfig(toml('[package]\nname = "x"'))).toBe(false);
		expect(isCargoManifest(toml('[alias]\nb = "build"'))).toBe(false);
	});
});
