import { describe, expect, it } from 'vitest';
import { TalkbookError } from '../../src/lib/errors.ts';
import { extractCargo } from '../../src/lib/extract/cargo.ts';
import { crateDependency, dependencyTableOf } from '../../src/lib/extract/cargo-deps.ts';
import { scanTomlLines } from '../../src/lib/extract/toml-lines.ts';
import { tomlSections } from '../../src/lib/extract/toml-sections.ts';
import { contextFor, thrown } from './support/article.ts';

/** A body with one fenced TOML block under a heading (the block's fence is on line 11 of the file). */
function tomlBody(code: string, meta = ''): string {
	return `## Setup\n\nProse.\n\n\`\`\`toml${meta ? ` ${meta}` : ''}\n${code}\n\`\`\`\n`;
}

/** The Cargo configs extracted from one TOML block. */
function cargoOf(code: string, meta = '') {
	return extractCargo(contextFor(tomlBody(code, meta)));
}

describe('dependency forms', () => {
	it('reads `name = "1"`', () => {
		expect(crateDependency('axum', '0.7', 'dependencies')).toEqual({
			name: 'axum',
			version: '0.7',
			features: [],
			table: 'dependencies',
			workspace: false,
			optional: false,
		});
	});

	it('reads version, features and optional from a table', () => {
		expect(crateDependency('tokio', { version: '1.29', features: ['full'], optional: true }, 'dependencies')).toMatchObject({
			version: '1.29',
			features: ['full'],
			optional: true,
		});
	});

	it('reads workspace inheritance, git and path sources', () => {
		expect(crateDependency('a', { workspace: true, features: ['x'] }, 'dependencies')).toMatchObject({ version: 'workspace', workspace: true, features: ['x'] });
		expect(crateDependency('b', { git: 'https://g.test/b', branch: 'main' }, 'dependencies').version).toBe('git https://g.test/b');
		expect(crateDependency('c', { path: '../c' }, 'dependencies').version).toBe('path ../c');
		expect(crateDependency('d', { path: '../d', version: '1' }, 'dependencies').version).toBe('1');
	});

	it('knows which paths lie in dependency tables', () => {
		expect(dependencyTableOf(['dependencies', 'tokio'])).toEqual({ table: 'dependencies', name: 'tokio' });
		expect(dependencyTableOf(['dependencies', 'tokio', 'workspace'])).toEqual({ table: 'dependencies', name: 'tokio' });
		expect(dependencyTableOf(['workspace', 'dependencies', 'serde'])).toEqual({ table: 'workspace.dependencies', name: 'serde' });
		expect(dependencyTableOf(['target', 'cfg(unix)', 'dev-dependencies', 'nix'])).toEqual({
			table: "target.'cfg(unix)'.dev-dependencies",
			name: 'nix',
		});
		expect(dependencyTableOf(['dependencies'])).toEqual({ table: 'dependencies', name: null });
		expect(dependencyTableOf(['package', 'name'])).toBeNull();
	});
});

describe('extractCargo', () => {
	it('finds tokio.workspace = true and [dependencies.foo] with their lines', () => {
		const code = [
			'[package]', // 1
			'name = "x"', // 2
			'', // 3
			'[dependencies]', // 4
			'tokio.workspace = true', // 5
			'serde.version = "1"', // 6
			'serde.features = ["derive"]', // 7
			'', // 8
			'[dependencies.foo]', // 9
			'version = "2"', // 10
			'optional = true', // 11
		].join('\n');
		const [config] = cargoOf(code);
		expect(config?.kind).toBe('manifest');
		expect(config?.dependencies).toEqual([
			{ name: 'tokio', version: 'workspace', features: [], table: 'dependencies', workspace: true, optional: false },
			{ name: 'serde', version: '1', features: ['derive'], table: 'dependencies', workspace: false, optional: false },
			{ name: 'foo', version: '2', features: [], table: 'dependencies', workspace: false, optional: true },
		]);
		expect(config?.dependencyLines).toEqual([5, 6, 7, 9, 10, 11]);
	});

	it('orders dependencies by line across tables, including workspace and target tables', () => {
		const code = [
			'[workspace.dependencies]',
			'anyhow = "1"',
			"[target.'cfg(windows)'.dependencies]",
			'winapi = "0.3"',
			'[dev-dependencies]',
			'insta = { version = "1", features = [',
			'  "yaml",',
			'] }',
			'[dependencies]',
			'log = "0.4"',
		].join('\n');
		const [config] = cargoOf(code, 'title="Cargo.toml"');
		expect(config?.dependencies.map((d) => `${d.table}:${d.name}:${d.features.join('+')}`)).toEqual([
			'workspace.dependencies:anyhow:',
			"target.'cfg(windows)'.dependencies:winapi:",
			'dev-dependencies:insta:yaml',
			'dependencies:log:',
		]);
		// The multi-line inline table spans lines 6–8.
		expect(config?.dependencyLines).toEqual([2, 4, 6, 7, 8, 10]);
	});

	it('recognises configs by title and gives them no dependencies', () => {
		const [config] = cargoOf('[env]\nX = "1"', 'title="~/.cargo/config.toml"');
		expect(config).toMatchObject({ kind: 'config', title: '~/.cargo/config.toml', dependencies: [], dependencyLines: [] });
	});

	it('defaults the title from the kind', () => {
		expect(cargoOf('[dependencies]\na = "1"')[0]?.title).toBe('Cargo.toml');
		expect(cargoOf('[alias]\nb = "build"')[0]?.title).toBe('.cargo/config.toml');
	});

	it('ignores TOML that is not a Cargo file', () => {
		expect(cargoOf('[tool.poetry]\nname = "x"\n[tool.poetry.dependencies]\npython = "^3.11"')).toEqual([]);
	});

	it('ignores non-TOML code blocks', () => {
		expect(extractCargo(contextFor('```ini\n[dependencies]\n```\n\n```\n[package]\n```'))).toEqual([]);
	});

	it('reports invalid TOML at its line and column in the article', () => {
		// Fence on line 11; the bad value is on the block's 3rd line, column 10.
		const error = thrown(() => cargoOf('[package]\nname = "x"\nversion = 1.2.3'));
		expect(error).toBeInstanceOf(TalkbookError);
		expect(error.message).toBe('articles/test-article.md:14:14: invalid TOML in code block: Invalid TOML document: illegal character in numeric literal');
	});

	it('reports invalid TOML in indented blocks with the indentation added', () => {
		const body = '- item\n\n  ```toml\n  a = \n  ```\n';
		const error = thrown(() => extractCargo(contextFor(body))) as TalkbookError;
		expect([error.line, error.column]).toEqual([10, 7]);
	});

	it('rejects invalid TOML even when the block is not a Cargo file', () => {
		expect(() => cargoOf('[tool]\nx = ')).toThrow(TalkbookError);
	});

	it('reports a bad step spec at the fence', () => {
		const error = thrown(() => cargoOf('[dependencies]\na = "1"', 'title="Cargo.toml" {1|x}'));
		expect(error.message).toMatch(/^articles\/test-article\.md:11:1: step spec \{1\|x\}: "x" is not a line number/);
	});

	it('reports steps beyond the end of the code', () => {
		const error = thrown(() => cargoOf('[dependencies]\na = "1"', '{1|5}'));
		expect(error.message).toBe('articles/test-article.md:11:1: step spec names line 5 but the code block has 2 lines');
	});

	it('records where the block is and the prose around it', () => {
		const [config] = cargoOf('[dependencies]\na = "1"', 'title="Cargo.toml" {2}');
		expect(config).toMatchObject({
			index: 1,
			meta: 'title="Cargo.toml" {2}',
			notes: ['Prose.'],
			source: { sectionId: 'setup', sectionTitle: 'Setup', position: { line: 11, column: 1 } },
		});
	});
});

describe('TOML sections', () => {
	it('gives each header a range; leading comments join the first section', () => {
		const code = '# title comment\n[package]\nname = "x"\n\n# about deps\n[dependencies]\na = "1"\n\n\n[[bin]]\nname = "b"\n';
		expect(tomlSections(scanTomlLines(code))).toEqual([
			{ name: '[package]', startLine: 1, endLine: 3 },
			{ name: '[dependencies]', startLine: 5, endLine: 7 },
			{ name: '[[bin]]', startLine: 10, endLine: 11 },
		]);
	});

	it('puts root keys before the first header in a preamble section', () => {
		expect(tomlSections(scanTomlLines('cargo-features = ["x"]\n\n[package]\nname = "x"'))).toEqual([
			{ name: '(top level)', startLine: 1, endLine: 1 },
			{ name: '[package]', startLine: 3, endLine: 4 },
		]);
	});

	it('is not fooled by brackets and # inside strings, or multi-line strings', () => {
		const code = 'a = "[not] # a header"\nb = """\n[fake]\nx = 1\n"""\n[real]\nc = 1';
		const lines = scanTomlLines(code);
		expect(lines.filter((l) => l.kind === 'table').map((l) => l.header)).toEqual(['[real]']);
		expect(lines.find((l) => l.path.join('.') === 'b')).toMatchObject({ startLine: 2, endLine: 5 });
	});

	it('reads quoted keys in headers and dotted keys', () => {
		const lines = scanTomlLines('[target."cfg(unix)".dependencies]\n"my.crate" = "1"\nx . y = 2');
		expect(lines.map((l) => l.path)).toEqual([
			['target', 'cfg(unix)', 'dependencies'],
			['target', 'cfg(unix)', 'dependencies', 'my.crate'],
			['target', 'cfg(unix)', 'dependencies', 'x', 'y'],
		]);
	});
});
