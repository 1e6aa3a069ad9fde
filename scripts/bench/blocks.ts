/** Blocks of a synthetic article: GFM tables, Cargo files, Rust and shell fences. */

import { Rng } from './rng.ts';
import { COMMANDS, CRATES, LANGUAGES, SERVICE_PARTS_A } from './vocabulary.ts';
import { cap, code, slugify } from './words.ts';
import { Writer } from './writer.ts';

type Align = 'left' | 'center' | 'right' | 'none';
const ALIGN_MARK: Record<Align, string> = { left: ':---', center: ':---:', right: '---:', none: '---' };

interface Column {
	header: string;
	align: Align;
	cell: (w: Writer, row: number) => string;
}

function metricColumns(): Column[] {
	return [
		{ header: 'Version', align: 'left', cell: (w) => code(`${w.rng.int(0, 4)}.${w.rng.int(0, 40)}`) },
		{ header: 'Throughput (req/s)', align: 'right', cell: (w) => w.num(90000) },
		{ header: 'p99 latency', align: 'right', cell: (w) => `${w.num(400)} ms` },
		{ header: 'Memory', align: 'right', cell: (w) => `${w.num(2000)} MB` },
		{ header: 'Async', align: 'center', cell: (w) => (w.rng.chance(0.6) ? 'Yes' : 'No') },
		{ header: 'Features', align: 'left', cell: (w) => w.rng.sample(['derive', 'full', 'json', 'macros', 'tls', 'std', 'serde', 'trace'], w.rng.int(1, 3)).map(code).join(', ') },
		{ header: 'Compile time', align: 'right', cell: (w) => `${w.num(240)} s` },
		{ header: 'Binary size', align: 'right', cell: (w) => `${w.num(90)} MB` },
		{ header: 'Maturity', align: 'center', cell: (w) => w.rng.pick(['stable', 'beta', '1.x', 'pre-1.0', '—']) },
		{ header: 'Notes', align: 'left', cell: (w) => (w.rng.chance(0.15) ? '—' : `${cap(w.adj())} ${w.noun()}; ${w.verbs()} ${w.nouns()}`) },
	];
}

function attributeColumns(): Column[] {
	const phrase = (w: Writer): string => {
		const r = w.rng.int(0, 4);
		if (r === 0) return '—';
		if (r === 1) return `${cap(w.adj())} ${w.nouns()}`;
		if (r === 2) return `${cap(w.verbs())} the ${w.noun()} via ${w.inlineCode()}`;
		if (r === 3) return `**${cap(w.adj())}** ${w.noun()}`;
		return `${cap(w.adj())} ${w.noun()}, ${w.adj()} ${w.noun()}`;
	};
	return [
		{ header: 'Compiled', align: 'center', cell: (w) => (w.rng.chance(0.5) ? 'Yes' : '—') },
		{ header: 'Concurrency', align: 'left', cell: phrase },
		{ header: 'Memory & GC', align: 'left', cell: phrase },
		{ header: 'Safety guarantees', align: 'left', cell: phrase },
		{ header: 'Deployment', align: 'left', cell: phrase },
		{ header: 'Cold start', align: 'right', cell: (w) => `${w.num(3000)} ms` },
		{ header: 'Trade-off', align: 'left', cell: phrase },
		{ header: 'Tooling', align: 'left', cell: phrase },
	];
}

const CARGO_SETTINGS = [
	'opt-level', 'lto', 'codegen-units', 'debug', 'incremental', 'panic', 'strip', 'split-debuginfo', 'overflow-checks', 'debug-assertions',
	'rpath', 'jobs', 'rustc-wrapper', 'linker', 'target-cpu', 'rustflags', 'target-dir', 'pipelining', 'build-std', 'resolver',
];

/** One GFM table: `shape` picks normal (3–5 × 3–8), long (10–20 rows) or wide (6–7 columns). */
export function table(w: Writer, shape: 'normal' | 'long' | 'wide'): { markdown: string; rows: number; columns: number } {
	const r = w.rng;
	let header: string[];
	let aligns: Align[];
	let rows: string[][];
	const rowCount = shape === 'long' ? r.int(10, 20) : r.int(3, shape === 'wide' ? 6 : 8);
	const kind = shape === 'wide' ? 1 : r.weighted([5, 3, 2, 2]);
	if (kind === 0) {
		// Crates compared on metrics.
		const cols = r.sample(metricColumns(), shape === 'wide' ? r.int(5, 6) : r.int(2, 4));
		const crates = r.sample(CRATES.map((c) => c.name), rowCount);
		header = ['Crate', ...cols.map((c) => c.header)];
		aligns = ['left', ...cols.map((c) => (r.chance(0.15) ? 'none' : c.align))];
		rows = crates.map((name, i) => [code(name), ...cols.map((c) => c.cell(w, i))]);
	} else if (kind === 1) {
		// Languages compared on attributes (the wide kind).
		const cols = r.sample(attributeColumns(), shape === 'wide' ? r.int(5, 6) : r.int(2, 4));
		const langs = r.sample(LANGUAGES, Math.min(rowCount, LANGUAGES.length));
		header = [r.chance(0.3) ? '' : 'Language', ...cols.map((c) => c.header)];
		aligns = ['left', ...cols.map((c) => c.align)];
		rows = langs.map((lang, i) => [`**${lang}**`, ...cols.map((c) => c.cell(w, i))]);
	} else if (kind === 2) {
		// Cargo settings.
		const settings = r.sample(CARGO_SETTINGS, Math.min(rowCount, CARGO_SETTINGS.length));
		header = ['Setting', 'Default', 'Recommended', 'Effect'];
		aligns = ['left', 'center', 'center', 'left'];
		const value = (): string => code(r.pick(['0', '1', '2', '3', 'true', 'false', '"thin"', '"fat"', '"abort"', '"unwind"', '"symbols"', '"sccache"', '"mold"', '16', '256']));
		rows = settings.map((s) => [code(s), value(), value(), `${cap(w.verbs())} the ${w.noun()} by ${w.num(90)} percent`]);
	} else {
		// Situations and decisions.
		header = ['Situation', r.pick(['Reach for Rust?', 'Choice', 'Verdict']), 'Why'];
		aligns = ['left', 'left', 'left'];
		rows = Array.from({ length: rowCount }, () => [
			`${cap(w.adj())} ${w.noun()} that ${w.verbs()} ${w.nouns()}`,
			`**${r.pick(['Yes', 'No', 'Probably not', 'Start with one service', `Consider ${r.pick(LANGUAGES)}`, 'Measure first'])}**`,
			`${cap(w.nouns())} ${w.verb()} the ${w.noun()} ${w.adv()}`,
		]);
	}
	const line = (cells: string[]): string => `| ${cells.join(' | ')} |`;
	const markdown = [line(header), line(aligns.map((a) => ALIGN_MARK[a])), ...rows.map(line)].join('\n');
	return { markdown, rows: rows.length, columns: header.length };
}


function versionOf(crate: { version: string }): string {
	return crate.version;
}

function dependencyLine(w: Writer, crate: (typeof CRATES)[number], form: 'simple' | 'features' | 'workspace' | 'workspace-features' | 'optional'): string {
	const r = w.rng;
	const feats = (): string => `[${r.sample(crate.features, r.int(1, Math.min(3, crate.features.length))).map((f) => `"${f}"`).join(', ')}]`;
	if (form === 'workspace') return `${crate.name}.workspace = true`;
	if (crate.features.length === 0 || form === 'simple') return `${crate.name} = "${versionOf(crate)}"`;
	if (form === 'workspace-features') return `${crate.name} = { workspace = true, features = ${feats()} }`;
	if (form === 'optional') return `${crate.name} = { version = "${versionOf(crate)}", optional = true }`;
	const noDefault = r.chance(0.2) ? 'default-features = false, ' : '';
	return `${crate.name} = { version = "${versionOf(crate)}", ${noDefault}features = ${feats()} }`;
}

/** A Cargo manifest: [package], [dependencies] with 5–15 crates (simple, `{ version, features }` and `.workspace = true` forms). */
function cargoManifest(w: Writer): string {
	const r = w.rng;
	const lines: string[] = [];
	if (r.chance(0.3)) lines.push(`# Cargo.toml — the ${w.service()} ${r.pick(['stack', 'service', 'worker'])}`);
	const inWorkspace = r.chance(0.6);
	lines.push('[package]', `name = "${w.service()}"`);
	if (inWorkspace && r.chance(0.5)) lines.push('version.workspace = true', 'edition.workspace = true');
	else lines.push(`version = "0.${r.int(1, 12)}.${r.int(0, 9)}"`, `edition = "${r.pick(['2021', '2021', '2024'])}"`);
	if (r.chance(0.4)) lines.push(`rust-version = "1.${r.int(70, 85)}"`);
	if (r.chance(0.3)) lines.push('publish = false');
	lines.push('', '[dependencies]');
	const runtime = CRATES.filter((c) => !c.dev);
	const total = r.int(5, 15);
	const pathDep = r.chance(0.3);
	const deps = r.sample(runtime, pathDep ? total - 1 : total);
	const optional: string[] = [];
	// Guarantee the forms the stack slide must read: at least one `{ version, features }`, and `.workspace = true` in workspaces.
	const withFeatures = deps.findIndex((c) => c.features.length > 0);
	deps.forEach((crate, i) => {
		let form: Parameters<typeof dependencyLine>[2];
		if (i === withFeatures) form = 'features';
		else if (inWorkspace && i === withFeatures + 1) form = 'workspace';
		else form = (['simple', 'features', 'workspace', 'workspace-features', 'optional'] as const)[r.weighted([5, 4, inWorkspace ? 3 : 0, inWorkspace ? 1 : 0, 1])] as Parameters<typeof dependencyLine>[2];
		if (form === 'optional' && crate.features.length > 0) optional.push(crate.name);
		lines.push(dependencyLine(w, crate, form));
	});
	if (pathDep) lines.push(`${w.service()}-core = { path = "../core" }`);
	if (r.chance(0.45)) {
		lines.push('', '[dev-dependencies]');
		for (const crate of r.sample(CRATES.filter((c) => c.dev), r.int(1, 3))) lines.push(dependencyLine(w, crate, r.chance(0.5) ? 'simple' : 'features'));
	}
	if (r.chance(0.25)) lines.push('', '[features]', 'default = []', optional[0] ? `${optional[0].replace(/_/g, '-')}-support = ["dep:${optional[0]}"]` : 'unstable = []');
	if (r.chance(0.35)) {
		lines.push('', '[profile.release]', `lto = "${r.pick(['thin', 'fat'])}"`, `codegen-units = ${r.pick([1, 4, 16])}`);
		if (r.chance(0.5)) lines.push('panic = "abort"');
		if (r.chance(0.5)) lines.push('strip = "symbols"');
	}
	return lines.join('\n');
}

/** A `.cargo/config.toml`: 2–5 of [build], [target.*], [profile.*], [alias], [env], [net], [registries.*]. */
function cargoConfig(w: Writer): string {
	const r = w.rng;
	const sections: string[][] = [
		['[build]', `rustc-wrapper = "sccache"`, ...(r.chance(0.5) ? [`jobs = ${r.pick([4, 8, 16])}`] : []), ...(r.chance(0.4) ? ['rustflags = ["-C", "target-cpu=native"]'] : [])],
		['[target.x86_64-unknown-linux-gnu]', `linker = "${r.pick(['clang', 'cc'])}"`, `rustflags = ["-C", "link-arg=-fuse-ld=${r.pick(['mold', 'lld'])}"]`],
		['[profile.dev]', `opt-level = ${r.pick([0, 1])}`, `debug = ${r.pick(['1', 'true', '"line-tables-only"'])}`, ...(r.chance(0.5) ? ['', '[profile.dev.package."*"]', 'opt-level = 2'] : [])],
		['[alias]', 'xtask = "run --package xtask --"', `t = "test --workspace"`, ...(r.chance(0.5) ? [`lint = "clippy --all-targets -- -D warnings"`] : [])],
		['[env]', `RUST_LOG = "${r.pick(['info', 'debug', 'warn'])}"`, ...(r.chance(0.5) ? [`DATABASE_URL = "postgres://localhost/${w.service().replace(/-/g, '_')}"`] : [])],
		['[net]', 'git-fetch-with-cli = true', ...(r.chance(0.5) ? ['retry = 3'] : [])],
		['[registries.internal]', `index = "sparse+https://crates.${r.pick(SERVICE_PARTS_A)}.example/index/"`],
	];
	const chosen = r.sample(sections.map((_, i) => i), r.int(2, 5)).sort((a, b) => a - b);
	const lines: string[] = [];
	if (r.chance(0.4)) lines.push(`# .cargo/config.toml — ${r.pick(['speed up dev builds', 'faster linking', 'shared team settings'])}`);
	chosen.forEach((i, n) => {
		if (n > 0) lines.push('');
		lines.push(...(sections[i] as string[]));
	});
	return lines.join('\n');
}

/** A `{1|2-3|4}` step spec over `lineCount` lines. */
function stepSpec(r: Rng, lineCount: number): string {
	const steps = Math.min(r.int(2, 4), lineCount);
	const cuts = r.sample(Array.from({ length: lineCount - 1 }, (_, i) => i + 2), steps - 1).sort((a, b) => a - b);
	const starts = [1, ...cuts];
	return `{${starts.map((start, i) => {
		const end = (starts[i + 1] ?? lineCount + 1) - 1;
		return end > start ? `${start}-${end}` : `${start}`;
	}).join('|')}}`;
}

/** A ```toml fence: a Cargo manifest or a `.cargo/config.toml`, sometimes with a step spec. */
export function tomlFence(w: Writer, kind: 'manifest' | 'config'): string {
	const r = w.rng;
	const body = kind === 'manifest' ? cargoManifest(w) : cargoConfig(w);
	const title = kind === 'manifest'
		? r.pick(['Cargo.toml', 'Cargo.toml', `crates/${w.service()}/Cargo.toml`])
		: r.pick(['.cargo/config.toml', '~/.cargo/config.toml']);
	const steps = r.chance(0.15) ? ` ${stepSpec(r, body.split('\n').length)}` : '';
	return `\`\`\`toml title="${title}"${steps}\n${body}\n\`\`\``;
}

function snake(text: string): string {
	return text.replace(/[^a-z0-9]+/gi, '_').toLowerCase();
}

function pascal(text: string): string {
	return text.split(/[^a-z0-9]+/i).filter(Boolean).map(cap).join('');
}

/** A ```rust fence of plausible service code. */
export function rustFence(w: Writer): string {
	const r = w.rng;
	const noun = w.noun();
	const other = w.noun();
	const Name = pascal(noun);
	const name = snake(noun);
	const templates = [
		() => `use axum::{routing::get, Router};

async fn ${name}() -> &'static str {
    "ok"
}

#[tokio::main]
async fn main() {
    let app = Router::new().route("/${slugify(noun)}", get(${name}));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:${r.int(3000, 9000)}").await.unwrap();
    axum::serve(listener, app).await.unwrap();
}`,
		() => `use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct ${Name} {
    pub id: u64,
    pub ${snake(other)}: String,
    pub ${snake(w.noun())}_ms: u32,
}

pub fn parse_${name}(raw: &[u8]) -> Result<${Name}, serde_json::Error> {
    serde_json::from_slice(raw)
}`,
		() => `#[derive(Debug, thiserror::Error)]
pub enum ${Name}Error {
    #[error("${other} timed out after {0:?}")]
    Timeout(std::time::Duration),
    #[error("${w.adj()} ${w.noun()}: {0}")]
    Invalid(String),
    #[error(transparent)]
    Io(#[from] std::io::Error),
}`,
		() => `use tokio::sync::mpsc;

pub async fn run_${name}(mut rx: mpsc::Receiver<Vec<u8>>) {
    let mut batch = Vec::with_capacity(${r.pick([64, 128, 256, 1024])});
    while let Some(item) = rx.recv().await {
        batch.push(item);
        if batch.len() == batch.capacity() {
            flush_${snake(other)}(std::mem::take(&mut batch)).await;
        }
    }
}`,
		() => `pub trait ${Name}Store: Send + Sync {
    fn get(&self, key: &str) -> Option<${pascal(other)}>;
    fn put(&self, key: String, value: ${pascal(other)});
}

impl ${Name}Store for DashMap<String, ${pascal(other)}> {
    fn get(&self, key: &str) -> Option<${pascal(other)}> {
        DashMap::get(self, key).map(|entry| entry.clone())
    }
    fn put(&self, key: String, value: ${pascal(other)}) {
        self.insert(key, value);
    }
}`,
	];
	return `\`\`\`rust\n${r.pick(templates)()}\n\`\`\``;
}

/** A ```sh fence of cargo commands. */
export function shellFence(w: Writer): string {
	const cmds = w.rng.sample(COMMANDS, w.rng.int(1, 3));
	return `\`\`\`sh\n${cmds.join('\n')}\n\`\`\``;
}
