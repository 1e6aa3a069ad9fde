/**
 * Synthetic article corpus for the benchmark: pure and deterministic (same options, byte-identical output).
 *
 * Each article is shaped like the real ones in `articles/`: frontmatter that passes the article schema,
 * `##` sections of technical prose with inline code, a Key Takeaways / TL;DR list on most articles,
 * GFM comparison tables (some long, some wide), Cargo manifests and `.cargo/config.toml` fences, Rust
 * fences, and a few articles with nothing a deck can be built from.
 *
 * Article `i` draws from its own PRNG stream (seeded by `seed` and `i`), so the first 200 articles of a
 * 1000-article corpus are the 200-article corpus, except where a series is cut at the end.
 */

// ---------------------------------------------------------------------------------------------
// PRNG

/** mulberry32: a tiny 32-bit PRNG; returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Mixes integers into one 32-bit seed (murmur3 finaliser over each part). */
export function mixSeed(...parts: number[]): number {
	let h = 0x9e3779b9;
	for (const part of parts) {
		let k = Math.imul(part | 0, 0xcc9e2d51);
		k = (k << 15) | (k >>> 17);
		k = Math.imul(k, 0x1b873593);
		h ^= k;
		h = (h << 13) | (h >>> 19);
		h = (Math.imul(h, 5) + 0xe6546b64) | 0;
	}
	h ^= h >>> 16;
	h = Math.imul(h, 0x85ebca6b);
	h ^= h >>> 13;
	h = Math.imul(h, 0xc2b2ae35);
	h ^= h >>> 16;
	return h >>> 0;
}

/** Convenience draws over a PRNG. */
export class Rng {
	readonly #next: () => number;
	constructor(seed: number) {
		this.#next = mulberry32(seed);
	}
	/** Float in [0, 1). */
	float(): number {
		return this.#next();
	}
	/** Integer in [min, max], both included. */
	int(min: number, max: number): number {
		return min + Math.floor(this.#next() * (max - min + 1));
	}
	/** True with probability `p`. */
	chance(p: number): boolean {
		return this.#next() < p;
	}
	pick<T>(items: readonly T[]): T {
		if (items.length === 0) throw new Error('pick from an empty list');
		return items[Math.floor(this.#next() * items.length)] as T;
	}
	/** `k` distinct items, in draw order. */
	sample<T>(items: readonly T[], k: number): T[] {
		const pool = [...items];
		const out: T[] = [];
		while (out.length < k && pool.length > 0) out.push(pool.splice(Math.floor(this.#next() * pool.length), 1)[0] as T);
		return out;
	}
	/** Index drawn with the given relative weights. */
	weighted(weights: readonly number[]): number {
		const total = weights.reduce((a, b) => a + b, 0);
		let r = this.#next() * total;
		for (let i = 0; i < weights.length; i++) {
			r -= weights[i] as number;
			if (r < 0) return i;
		}
		return weights.length - 1;
	}
}

// ---------------------------------------------------------------------------------------------
// Vocabulary

const NOUNS = [
	'latency', 'throughput', 'allocator', 'runtime', 'scheduler', 'executor', 'future', 'task', 'thread', 'channel',
	'mutex', 'lock', 'buffer', 'socket', 'connection', 'pool', 'request', 'response', 'handler', 'middleware',
	'router', 'service', 'worker', 'queue', 'backlog', 'deadline', 'timeout', 'retry', 'cache', 'index',
	'query', 'transaction', 'migration', 'schema', 'payload', 'serializer', 'parser', 'compiler', 'lifetime', 'trait',
	'closure', 'iterator', 'stream', 'sink', 'codec', 'frame', 'protocol', 'endpoint', 'cluster', 'replica',
	'shard', 'partition', 'leader', 'snapshot', 'checkpoint', 'trace', 'span', 'metric', 'histogram', 'counter',
	'dashboard', 'alert', 'profile', 'flamegraph', 'benchmark', 'regression', 'binary', 'container', 'image', 'deployment',
	'rollout', 'config', 'secret', 'certificate', 'handshake', 'token', 'session', 'header', 'heap', 'stack',
	'arena', 'slab', 'syscall', 'kernel', 'workspace', 'crate', 'dependency', 'feature', 'build', 'release',
	'toolchain', 'linker', 'target', 'artifact', 'pipeline', 'fixture', 'assertion', 'invariant', 'boundary', 'module',
	'codebase', 'incident', 'outage', 'budget', 'baseline', 'allocation', 'backpressure', 'serialization', 'ownership', 'borrow',
	'reference', 'pointer', 'struct', 'enum', 'macro', 'generic', 'error', 'panic', 'signal', 'shutdown',
	'load balancer', 'rate limiter', 'circuit breaker', 'connection pool', 'event loop', 'hot path', 'tail latency', 'cold start', 'memory footprint', 'type system',
];

const ADJECTIVES = [
	'predictable', 'deterministic', 'bounded', 'unbounded', 'lock-free', 'async', 'blocking', 'non-blocking', 'zero-copy', 'idiomatic',
	'concurrent', 'parallel', 'lazy', 'eager', 'incremental', 'cold', 'warm', 'hot', 'steady', 'noisy',
	'median', 'small', 'large', 'shared', 'exclusive', 'immutable', 'mutable', 'static', 'dynamic', 'typed',
	'explicit', 'implicit', 'stable', 'minimal', 'honest', 'expensive', 'cheap', 'slow', 'fast', 'safe',
	'fallible', 'long-lived', 'short-lived', 'synchronous', 'structured', 'streaming', 'batched', 'sharded', 'replicated', 'compressed',
	'cached', 'pooled', 'pinned', 'boring', 'mature', 'brittle', 'measurable', 'hidden', 'upstream', 'downstream',
];

const VERBS = [
	'reduce', 'bound', 'amortize', 'hide', 'expose', 'schedule', 'allocate', 'serialize', 'validate', 'batch',
	'buffer', 'retry', 'drop', 'clone', 'borrow', 'move', 'spawn', 'poll', 'wake', 'block',
	'yield', 'saturate', 'throttle', 'shard', 'replicate', 'compact', 'flush', 'cache', 'evict', 'inline',
	'link', 'compile', 'benchmark', 'profile', 'trace', 'measure', 'double', 'halve', 'dominate', 'stabilize',
	'simplify', 'remove', 'introduce', 'isolate', 'pin', 'leak', 'guard', 'tune', 'split', 'merge',
];

const ADVERBS = [
	'consistently', 'rarely', 'usually', 'predictably', 'deliberately', 'eventually', 'explicitly', 'quietly', 'mechanically', 'roughly',
	'early', 'twice', 'safely', 'cheaply', 'reliably',
];

const PREPOSITIONS = ['under', 'behind', 'inside', 'across', 'before', 'after', 'around', 'between', 'within', 'without'];

/** Crates: name, a realistic version, features to pick from. */
const CRATES: readonly { name: string; version: string; features: readonly string[]; dev?: boolean }[] = [
	{ name: 'tokio', version: '1.38', features: ['full', 'rt-multi-thread', 'macros', 'net', 'time', 'sync', 'signal'] },
	{ name: 'axum', version: '0.7', features: ['macros', 'ws', 'multipart', 'tracing'] },
	{ name: 'serde', version: '1.0', features: ['derive', 'rc'] },
	{ name: 'serde_json', version: '1.0', features: ['raw_value', 'preserve_order'] },
	{ name: 'sqlx', version: '0.8', features: ['postgres', 'runtime-tokio', 'tls-rustls', 'uuid', 'chrono', 'migrate'] },
	{ name: 'reqwest', version: '0.12', features: ['json', 'rustls-tls', 'stream', 'gzip'] },
	{ name: 'hyper', version: '1.4', features: ['full', 'http1', 'http2', 'server', 'client'] },
	{ name: 'tower', version: '0.4', features: ['limit', 'timeout', 'util', 'buffer', 'load-shed'] },
	{ name: 'tower-http', version: '0.5', features: ['trace', 'cors', 'compression-gzip', 'timeout', 'request-id'] },
	{ name: 'tracing', version: '0.1', features: ['log', 'attributes'] },
	{ name: 'tracing-subscriber', version: '0.3', features: ['env-filter', 'json', 'fmt', 'registry'] },
	{ name: 'thiserror', version: '1.0', features: ['std'] },
	{ name: 'anyhow', version: '1.0', features: ['backtrace'] },
	{ name: 'uuid', version: '1.10', features: ['v4', 'v7', 'serde'] },
	{ name: 'chrono', version: '0.4', features: ['serde', 'clock'] },
	{ name: 'time', version: '0.3', features: ['serde', 'formatting', 'macros'] },
	{ name: 'clap', version: '4.5', features: ['derive', 'env', 'wrap_help'] },
	{ name: 'bytes', version: '1.7', features: ['serde'] },
	{ name: 'futures', version: '0.3', features: ['executor', 'thread-pool'] },
	{ name: 'dashmap', version: '6.0', features: ['serde', 'rayon'] },
	{ name: 'parking_lot', version: '0.12', features: ['arc_lock', 'send_guard'] },
	{ name: 'rayon', version: '1.10', features: ['web_spin_lock'] },
	{ name: 'crossbeam', version: '0.8', features: ['std'] },
	{ name: 'once_cell', version: '1.19', features: ['parking_lot'] },
	{ name: 'prost', version: '0.13', features: ['derive', 'std'] },
	{ name: 'tonic', version: '0.12', features: ['tls', 'gzip', 'transport'] },
	{ name: 'redis', version: '0.26', features: ['tokio-comp', 'connection-manager', 'cluster'] },
	{ name: 'rdkafka', version: '0.36', features: ['cmake-build', 'ssl', 'tokio'] },
	{ name: 'opentelemetry', version: '0.24', features: ['trace', 'metrics'] },
	{ name: 'metrics', version: '0.23', features: ['std'] },
	{ name: 'mimalloc', version: '0.1', features: ['secure', 'local_dynamic_tls'] },
	{ name: 'moka', version: '0.12', features: ['future', 'sync'] },
	{ name: 'governor', version: '0.6', features: ['std', 'jitter'] },
	{ name: 'smallvec', version: '1.13', features: ['union', 'const_generics'] },
	{ name: 'ahash', version: '0.8', features: ['serde', 'runtime-rng'] },
	{ name: 'arc-swap', version: '1.7', features: ['weak'] },
	{ name: 'tokio-util', version: '0.7', features: ['codec', 'io', 'rt'] },
	{ name: 'async-trait', version: '0.1', features: [] },
	{ name: 'config', version: '0.14', features: ['toml', 'yaml'] },
	{ name: 'rustls', version: '0.23', features: ['ring', 'logging'] },
	{ name: 'criterion', version: '0.5', features: ['html_reports', 'async_tokio'], dev: true },
	{ name: 'proptest', version: '1.5', features: ['std'], dev: true },
	{ name: 'insta', version: '1.39', features: ['json', 'yaml', 'redactions'], dev: true },
	{ name: 'tokio-test', version: '0.4', features: [], dev: true },
	{ name: 'wiremock', version: '0.6', features: [], dev: true },
];

const TYPES = [
	'Arc<Mutex<T>>', 'Result<T, E>', 'Option<T>', 'Vec<u8>', 'Bytes', 'HashMap<K, V>', 'Box<dyn Error>', 'Pin<Box<dyn Future>>',
	'JoinHandle<T>', 'mpsc::Sender<T>', 'RwLock<T>', "Cow<'_, str>", "&'static str", 'PgPool', 'Router', 'Semaphore',
	'CancellationToken', 'oneshot::Receiver<T>', 'AtomicU64', 'Duration', 'Instant', 'BytesMut', 'String', 'SmallVec<[T; 8]>',
];

const FUNCTIONS = [
	'tokio::spawn', 'spawn_blocking()', 'clone()', 'unwrap()', 'collect()', 'into_iter()', 'select!', 'join!',
	'serde_json::from_slice', 'Router::new()', 'sqlx::query!', 'Arc::clone', 'drop()', 'block_on()', 'try_join_all()', 'with_capacity()',
	'shrink_to_fit()', 'yield_now()', 'timeout()', 'acquire_owned()', 'instrument()', 'map_err()', 'expect()', 'to_owned()',
];

const COMMANDS = [
	'cargo build --release', 'cargo test', 'cargo clippy -- -D warnings', 'cargo tree -d', 'cargo bloat --release', 'cargo flamegraph',
	'cargo nextest run', 'cargo udeps', 'cargo llvm-lines', 'cargo build --timings', 'cargo audit', 'cargo deny check',
];

const LANGUAGES = ['Rust', 'Go', 'Java', 'Node.js', 'Python', 'C++', 'Kotlin', 'Elixir', 'Zig', 'C#'];

const SERVICE_PARTS_A = ['ledger', 'recon', 'billing', 'ingest', 'search', 'auth', 'catalog', 'orders', 'payments', 'quota', 'events', 'media', 'routing', 'pricing', 'fraud', 'notify'];
const SERVICE_PARTS_B = ['api', 'worker', 'gateway', 'indexer', 'scheduler', 'proxy', 'service', 'daemon', 'relay', 'sync', 'collector', 'engine'];

/**
 * Rarer technical terms, drawn by rank (Zipf) in place of a common noun now and then, so a query for one
 * of them matches a minority of articles as it would on a real blog.
 */
const RARE_NOUNS = [
	'tombstone', 'watermark', 'bulkhead', 'jitter', 'compaction', 'idempotency key', 'hazard pointer', 'seqlock', 'epoch', 'quiescent state',
	'io_uring', 'epoll', 'kqueue', 'jemalloc', 'canary', 'thundering herd', 'head-of-line blocking', 'hedged request', 'write amplification', 'bloom filter',
	'skip list', 'ring buffer', 'vtable', 'monomorphization', 'niche optimization', 'drop guard', 'waker', 'reactor', 'work stealing', 'tail call',
	'false sharing', 'memory ordering', 'fence', 'generation counter', 'free list', 'bump allocator', 'object pool', 'string interning', 'varint', 'protobuf',
	'flatbuffer', 'mmap', 'page fault', 'huge page', 'NUMA node', 'cgroup', 'seccomp', 'sidecar', 'service mesh', 'consistent hashing',
	'vector clock', 'lamport clock', 'raft log', 'gossip protocol', 'merkle tree', 'write-ahead log', 'LSM tree', 'B-tree', 'prepared statement', 'advisory lock',
	'deadlock', 'livelock', 'priority inversion', 'starvation', 'coalescing', 'debounce', 'sampling profiler', 'perf counter', 'eBPF probe', 'core dump',
	'symbolication', 'DWARF section', 'linker script', 'build script', 'proc macro', 'feature unification', 'lockfile', 'vendoring', 'sparse index', 'MSRV',
];

/** Snake-case words the identifier lexicon is built from. */
const IDENT_WORDS = [
	'ledger', 'batch', 'order', 'event', 'frame', 'chunk', 'record', 'cursor', 'offset', 'shard', 'lease', 'token', 'quota', 'bucket', 'window',
	'epoch', 'entry', 'slot', 'page', 'block', 'segment', 'queue', 'job', 'task', 'worker', 'client', 'conn', 'pool', 'route', 'header',
	'body', 'state', 'config', 'limit', 'budget', 'retry', 'backoff', 'timer', 'tick', 'span', 'metric', 'gauge', 'index', 'key', 'value',
	'tenant', 'account', 'invoice', 'payment', 'refund', 'price', 'stock', 'cart', 'user', 'session', 'claim', 'scope', 'policy', 'rule',
];
const IDENT_VERBS = [
	'flush', 'load', 'store', 'parse', 'encode', 'decode', 'spawn', 'drain', 'poll', 'merge', 'split', 'rotate', 'compact', 'evict', 'refresh',
	'resolve', 'dispatch', 'reserve', 'commit', 'rollback', 'replay', 'seal', 'verify', 'sign', 'fetch', 'prune', 'rebuild', 'apply', 'hydrate', 'sample',
];
const IDENT_SUFFIXES = ['Error', 'Config', 'Handle', 'Guard', 'State', 'Builder', 'Service', 'Store', 'Cache', 'Stream', 'Id', 'Policy'];

/** Size of the identifier lexicon; ranks are drawn with a Zipf law, so most of it is a long tail. */
const LEXICON_SIZE = 200_000;
const ZIPF_EXPONENT = 1.07;
let zipfCdf: Float64Array | null = null;

/** Rank in [0, size) drawn with P(rank) ∝ 1 / (rank + 1)^s (inverse CDF over a table built once). */
function zipfRank(r: Rng): number {
	if (!zipfCdf) {
		zipfCdf = new Float64Array(LEXICON_SIZE);
		let sum = 0;
		for (let i = 0; i < LEXICON_SIZE; i++) {
			sum += 1 / Math.pow(i + 1, ZIPF_EXPONENT);
			zipfCdf[i] = sum;
		}
	}
	const target = r.float() * (zipfCdf[LEXICON_SIZE - 1] as number);
	let lo = 0;
	let hi = LEXICON_SIZE - 1;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if ((zipfCdf[mid] as number) < target) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/** The identifier of a rank: `verb_word_word` (functions) or `WordWordSuffix` (types); rank ↔ identifier is one-to-one. */
function identifier(rank: number, kind: 'fn' | 'type'): string {
	const nw = IDENT_WORDS.length;
	const nv = IDENT_VERBS.length;
	const a = IDENT_WORDS[rank % nw] as string;
	const v = IDENT_VERBS[Math.floor(rank / nw) % nv] as string;
	const b = IDENT_WORDS[Math.floor(rank / (nw * nv)) % nw] as string;
	if (kind === 'fn') return `${v}_${b}_${a}`;
	const suffix = IDENT_SUFFIXES[Math.floor(rank / (nw * nv)) % IDENT_SUFFIXES.length] as string;
	return `${cap(b)}${cap(a)}${cap(v)}${suffix}`;
}

/** The fixed tag pool; articles get 2–4 of these. */
export const TAG_POOL = [
	'rust', 'backend', 'performance', 'memory-safety', 'async', 'tokio', 'cargo', 'ecosystem', 'databases', 'observability',
	'testing', 'networking', 'concurrency', 'tooling', 'web', 'security', 'deployment', 'go', 'profiling', 'serialization',
	'grpc', 'compile-times',
] as const;

/**
 * Search queries the benchmark types into `/search/`, from most to least common: `latency` is in nearly every
 * article, `epoll` in under a tenth of them. Every corpus of 20+ articles contains each of them.
 */
export const SEARCH_QUERIES = ['latency', 'backpressure', 'rdkafka', 'sccache', 'epoll'] as const;

const TAKEAWAY_HEADINGS = ['Key Takeaways', 'Takeaways', 'TL;DR', 'Summary'];

// ---------------------------------------------------------------------------------------------
// Word helpers

function plural(noun: string): string {
	const words = noun.split(' ');
	const last = words.pop() as string;
	let p: string;
	if (/(s|x|z|ch|sh)$/.test(last)) p = `${last}es`;
	else if (/[^aeiou]y$/.test(last)) p = `${last.slice(0, -1)}ies`;
	else p = `${last}s`;
	return [...words, p].join(' ');
}

function thirdPerson(verb: string): string {
	if (/(s|x|z|ch|sh|o)$/.test(verb)) return `${verb}es`;
	if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ies`;
	return `${verb}s`;
}

function cap(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

function titleCase(text: string): string {
	return text
		.split(' ')
		.map((w) => (/^[a-z]/.test(w) && !['a', 'an', 'the', 'of', 'in', 'for', 'to', 'with', 'vs', 'and', 'at', 'on', 'from'].includes(w) ? cap(w) : w))
		.join(' ')
		.replace(/^./, (c) => c.toUpperCase());
}

function slugify(text: string): string {
	return text
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

/** "a" or "an" before a word, followed by the word. */
function a(word: string): string {
	return `${/^[aeiou]/i.test(word) ? 'an' : 'a'} ${word}`;
}

function pascalWord(word: string): string {
	return cap(word.replace(/[^a-z0-9]/gi, ''));
}

function code(text: string): string {
	return `\`${text}\``;
}

function wordCount(text: string): number {
	return text.split(/\s+/).filter(Boolean).length;
}

// ---------------------------------------------------------------------------------------------
// Text generators

/** Per-article generation state: its PRNG plus names it reuses so the prose reads as one piece. */
class Writer {
	readonly rng: Rng;
	readonly services: string[];
	readonly focusCrates: string[];
	readonly focusNouns: string[];
	readonly earlier: readonly { slug: string; title: string }[];
	constructor(rng: Rng, earlier: readonly { slug: string; title: string }[]) {
		this.rng = rng;
		this.earlier = earlier;
		this.services = [0, 1, 2].map(() => `${rng.pick(SERVICE_PARTS_A)}-${rng.pick(SERVICE_PARTS_B)}`);
		this.focusCrates = rng.sample(CRATES.filter((c) => !c.dev).map((c) => c.name), 4);
		this.focusNouns = rng.sample(NOUNS, 6);
	}
	noun(): string {
		if (this.rng.chance(0.03)) {
			// Zipf-ranked when the rank falls inside the list (about 40% of draws), uniform otherwise: a skewed mix.
			const rank = zipfRank(this.rng);
			return rank < RARE_NOUNS.length ? (RARE_NOUNS[rank] as string) : this.rng.pick(RARE_NOUNS);
		}
		return this.rng.chance(0.3) ? this.rng.pick(this.focusNouns) : this.rng.pick(NOUNS);
	}
	/** A function name from the long-tail lexicon, e.g. `flush_ledger_batch`. */
	fnIdent(): string {
		return identifier(zipfRank(this.rng), 'fn');
	}
	/** A type name from the long-tail lexicon, e.g. `LedgerBatchFlushError`. */
	typeIdent(): string {
		return identifier(zipfRank(this.rng), 'type');
	}
	nouns(): string {
		return plural(this.noun());
	}
	adj(): string {
		return this.rng.pick(ADJECTIVES);
	}
	verb(): string {
		return this.rng.pick(VERBS);
	}
	verbs(): string {
		return thirdPerson(this.verb());
	}
	adv(): string {
		return this.rng.pick(ADVERBS);
	}
	crate(): string {
		return this.rng.chance(0.5) ? this.rng.pick(this.focusCrates) : this.rng.pick(CRATES).name;
	}
	service(): string {
		return this.rng.pick(this.services);
	}
	num(max = 900): string {
		const n = this.rng.int(2, max);
		return this.rng.chance(0.3) ? `${n}.${this.rng.int(1, 9)}` : String(n);
	}
	unit(): string {
		return this.rng.pick(['ms', 'µs', 'MB', 'GB', 'KB', 'seconds', 'percent']);
	}
	inlineCode(): string {
		const kind = this.rng.int(0, 3);
		if (kind === 0) return code(this.crate());
		if (kind === 1) return code(this.rng.pick(TYPES));
		if (kind === 2) return code(this.rng.pick(FUNCTIONS));
		return code(this.rng.pick(COMMANDS));
	}

	sentence(): string {
		const r = this.rng;
		switch (r.int(0, 19)) {
			case 16:
				return `The ${code(`${this.fnIdent()}()`)} path ${this.verbs()} the ${this.noun()} before ${code(this.typeIdent())} ${this.verbs()} it.`;
			case 17:
				return `We renamed ${code(this.fnIdent())} to ${code(this.fnIdent())} once the ${this.noun()} ${this.verbs()} ${this.adv()}.`;
			case 18:
				return `${code(this.typeIdent())} wraps the ${this.adj()} ${this.noun()}, and ${code(`${this.fnIdent()}()`)} ${this.verbs()} it on every ${this.noun()}.`;
			case 19:
				return `Errors surface as ${code(`${this.typeIdent()}::${pascalWord(this.verb())}`)} when the ${this.noun()} ${this.verbs()} ${r.pick(PREPOSITIONS)} the ${this.noun()}.`;
			case 0:
				return `The ${this.adj()} ${this.noun()} ${this.verbs()} the ${this.noun()} ${r.pick(PREPOSITIONS)} the ${this.adj()} ${this.noun()}.`;
			case 1:
				return `In practice, ${code(this.crate())} ${this.verbs()} ${this.nouns()} without ${this.adj()} ${this.nouns()}.`;
			case 2:
				return `When the ${this.noun()} ${this.verbs()} under load, the ${this.noun()} ${this.verbs()} ${this.adv()}.`;
			case 3: {
				const unit = this.unit();
				return `We measured ${this.num()} ${unit} of ${this.noun()} ${r.pick(PREPOSITIONS)} the ${this.adj()} ${this.noun()}, down from ${this.num(4000)} ${unit}.`;
			}
			case 4:
				return `${cap(this.adv())}, you ${this.verb()} the ${this.noun()} once and ${this.verb()} it ${this.adv()}.`;
			case 5:
				return `${cap(a(this.adj()))} ${this.noun()} is not ${a(this.adj())} ${this.noun()}; it is ${a(this.noun())} that ${this.verbs()} ${this.nouns()}.`;
			case 6:
				return `Calling ${code(r.pick(FUNCTIONS))} inside the ${this.noun()} ${this.verbs()} the ${this.noun()}, so keep it off the ${this.adj()} path.`;
			case 7:
				return `${code(r.pick(TYPES))} makes the ${this.noun()} explicit, and the compiler ${this.verbs()} every ${this.noun()} that ${this.verbs()} it.`;
			case 8:
				return `Most teams ${this.verb()} ${this.nouns()} before they ${this.verb()} the ${this.noun()}.`;
			case 9:
				return `Run ${code(r.pick(COMMANDS))} and the output shows which ${this.noun()} ${this.verbs()} the ${this.noun()}.`;
			case 10:
				return `The ${code(this.service())} service ${this.verbs()} ${this.num(90000)} ${this.nouns()} per second on ${r.pick([2, 4, 8, 16, 32])} cores.`;
			case 11:
				return `That ${this.noun()} costs ${this.num(400)} ms at p99, which ${this.verbs()} the ${this.noun()} budget.`;
			case 12:
				return `Nothing about ${this.nouns()} is free: every ${this.adj()} ${this.noun()} ${this.verbs()} ${a(this.noun())} somewhere else.`;
			case 13:
				return `With ${code(this.crate())} and ${code(this.crate())} together, the ${this.noun()} stays ${this.adj()} and the ${this.noun()} stays ${this.adj()}.`;
			case 14:
				return `Compared with ${r.pick(LANGUAGES.slice(1))}, the ${this.adj()} ${this.noun()} ${this.verbs()} ${this.adv()} and the ${this.noun()} ${this.verbs()} less.`;
			default:
				return `If the ${this.noun()} ${this.verbs()}, ${this.verb()} the ${this.noun()} first and ${this.verb()} the ${this.nouns()} later.`;
		}
	}

	paragraph(min = 3, max = 7): string {
		const count = this.rng.int(min, max);
		const sentences = Array.from({ length: count }, () => this.sentence());
		if (this.earlier.length > 0 && this.rng.chance(0.06)) {
			const other = this.rng.pick(this.earlier);
			sentences.push(`We covered the ${this.noun()} side in [${other.title}](/articles/${other.slug}/).`);
		}
		if (this.rng.chance(0.04)) sentences.push(`The [${this.crate()} documentation](https://docs.rs/${this.crate()}) has the details.`);
		if (this.rng.chance(0.25)) return `**${cap(this.adj())} ${this.nouns()}.** ${sentences.join(' ')}`;
		return sentences.join(' ');
	}

	bulletList(): string {
		const count = this.rng.int(3, 6);
		return Array.from({ length: count }, () => `- ${this.rng.chance(0.5) ? `${this.inlineCode()}: ` : ''}${this.sentence()}`).join('\n');
	}

	takeawayItem(): string {
		const r = this.rng;
		switch (r.int(0, 4)) {
			case 0:
				return `${cap(this.nouns())} ${this.verb()} ${this.adj()} ${this.nouns()}; measure before you ${this.verb()} them.`;
			case 1:
				return `${code(this.crate())} ${this.verbs()} the ${this.noun()} so the ${this.noun()} stays ${this.adj()}.`;
			case 2:
				return `Prefer ${code(r.pick(TYPES))} over ${code(r.pick(TYPES))} when the ${this.noun()} is ${this.adj()}.`;
			case 3:
				return `Run ${code(r.pick(COMMANDS))} in CI; it ${this.verbs()} the ${this.noun()} ${this.adv()}.`;
			default:
				return this.sentence();
		}
	}

	sectionTitle(): string {
		const r = this.rng;
		switch (r.int(0, 11)) {
			case 0:
				return `Why ${titleCase(this.nouns())} Matter`;
			case 1:
				return `Measuring the ${titleCase(this.noun())}`;
			case 2:
				return `The Cost of ${titleCase(this.adj())} ${titleCase(this.nouns())}`;
			case 3:
				return `${code(this.crate())} in Practice`;
			case 4:
				return `Tuning the ${titleCase(this.noun())}`;
			case 5:
				return `What Changed in ${r.int(2019, 2025)}`;
			case 6:
				return `Where the ${titleCase(this.noun())} Breaks`;
			case 7:
				return `${titleCase(this.noun())} vs ${titleCase(this.noun())}`;
			case 8:
				return `A Real-World ${titleCase(this.noun())}`;
			case 9:
				return `When to Reach for ${code(this.crate())}`;
			case 10:
				return `Lessons From the ${code(this.service())} Rollout`;
			default:
				return `${titleCase(this.adj())} ${titleCase(this.nouns())} Without the Hype`;
		}
	}
}

function articleTitle(rng: Rng): string {
	const w = new Writer(rng, []);
	switch (rng.int(0, 7)) {
		case 0:
			return `${titleCase(w.adj())} ${titleCase(w.nouns())} With ${w.crate()}`;
		case 1:
			return `Why ${w.crate()} ${titleCase(w.verbs())} the ${titleCase(w.noun())}`;
		case 2:
			return `Tuning the ${titleCase(w.noun())} for ${titleCase(w.adj())} ${titleCase(w.nouns())}`;
		case 3:
			return `The Hidden Cost of ${titleCase(w.adj())} ${titleCase(w.nouns())}`;
		case 4:
			return `${titleCase(w.noun())} at Scale: Lessons From ${w.service()}`;
		case 5:
			return `From ${rng.pick(LANGUAGES.filter((l) => l !== 'Rust'))} to Rust: ${titleCase(w.adj())} ${titleCase(w.nouns())}`;
		case 6:
			return `A Field Guide to ${titleCase(w.noun())} in ${w.crate()}`;
		default:
			return `${titleCase(w.nouns())}, ${titleCase(w.nouns())} and the ${titleCase(w.noun())}`;
	}
}

// ---------------------------------------------------------------------------------------------
// Tables

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
function table(w: Writer, shape: 'normal' | 'long' | 'wide'): { markdown: string; rows: number; columns: number } {
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

// ---------------------------------------------------------------------------------------------
// Cargo files and code

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

function tomlFence(w: Writer, kind: 'manifest' | 'config'): string {
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

function rustFence(w: Writer): string {
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

function shellFence(w: Writer): string {
	const cmds = w.rng.sample(COMMANDS, w.rng.int(1, 3));
	return `\`\`\`sh\n${cmds.join('\n')}\n\`\`\``;
}

// ---------------------------------------------------------------------------------------------
// Articles

/** What a generated article contains, for tests and for picking the benchmark's sample page. */
export interface ArticleFeatures {
	/** Prose words (paragraphs, lists and takeaways; not code or tables). */
	words: number;
	/** Items of the body takeaways list (0 when none). */
	takeaways: number;
	takeawaysHeading: string | null;
	takeawaysNumbered: boolean;
	/** Frontmatter `takeaways:` items (0 when none). */
	frontmatterTakeaways: number;
	tables: { rows: number; columns: number }[];
	toml: ('manifest' | 'config')[];
	rust: number;
	series: boolean;
	/** Nothing a deck can be built from: no takeaways, tables or Cargo files. */
	plain: boolean;
}

/** One synthetic article: its file name under `articles/`, the Markdown source, and what it holds. */
export interface CorpusArticle {
	file: string;
	slug: string;
	source: string;
	features: ArticleFeatures;
}

export interface CorpusOptions {
	articles: number;
	seed?: number;
}

interface SeriesPlan {
	name: string;
	part: number;
	upcoming: { part: number; title: string }[];
}

const START_DAY = Date.UTC(2019, 0, 1) / 86_400_000;
const END_DAY = Date.UTC(2025, 11, 31) / 86_400_000;

function isoDay(day: number): string {
	return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** Series: groups of 2–4 consecutive articles; the last written part announces 1–2 upcoming ones. */
function planSeries(count: number, seed: number): (SeriesPlan | null)[] {
	const r = new Rng(mixSeed(seed, 0x5e71e5));
	const plan: (SeriesPlan | null)[] = Array.from({ length: count }, () => null);
	let i = 0;
	let n = 0;
	while (i < count) {
		if (i + 1 < count && r.chance(0.06)) {
			const length = Math.min(r.int(2, 4), count - i);
			const w = new Writer(r, []);
			const name = `${titleCase(w.noun())} ${r.pick(['in Production', 'on the Backend', 'From Scratch', 'Deep Dive', 'Field Notes'])} ${++n}`;
			const upcoming = Array.from({ length: r.int(1, 2) }, (_, k) => ({ part: length + k + 1, title: articleTitle(r) }));
			for (let k = 0; k < length; k++) plan[i + k] = { name, part: k + 1, upcoming: k === length - 1 ? upcoming : [] };
			i += length;
		} else {
			i++;
		}
	}
	return plan;
}

function yamlString(text: string): string {
	return JSON.stringify(text);
}

function frontmatter(fields: { title: string; description: string; date: string; tags: string[]; series: SeriesPlan | null; takeaways: string[] | null }): string {
	const lines = ['---', `title: ${yamlString(fields.title)}`, `description: ${yamlString(fields.description)}`, `date: ${fields.date}`, `tags: [${fields.tags.join(', ')}]`];
	if (fields.series) {
		lines.push('series:', `  name: ${yamlString(fields.series.name)}`, `  part: ${fields.series.part}`);
		if (fields.series.upcoming.length > 0) {
			lines.push('  upcoming:');
			for (const u of fields.series.upcoming) lines.push(`    - part: ${u.part}`, `      title: ${yamlString(u.title)}`);
		}
	}
	if (fields.takeaways) {
		lines.push('takeaways:');
		for (const t of fields.takeaways) lines.push(`  - ${yamlString(t)}`);
	}
	lines.push('---');
	return lines.join('\n');
}

/**
 * Generates `articles` synthetic articles. Deterministic: the same options give byte-identical output.
 * About 4% of articles (every 25th, starting with the 8th) have nothing extractable.
 */
export function generateCorpus(options: CorpusOptions): CorpusArticle[] {
	const count = options.articles;
	const seed = options.seed ?? 1;
	if (!Number.isInteger(count) || count < 1) throw new Error(`articles must be a positive integer, got ${count}`);
	const series = planSeries(count, seed);

	// Pass 1: titles and slugs (so bodies can link to earlier articles).
	const heads = Array.from({ length: count }, (_, i) => {
		const title = articleTitle(new Rng(mixSeed(seed, i, 1)));
		const slug = `${String(i + 1).padStart(4, '0')}-${slugify(title).split('-').slice(0, 8).join('-')}`;
		return { title, slug };
	});

	// Series parts get increasing dates; others are spread over 2019–2025.
	const dates: number[] = [];
	for (let i = 0; i < count; i++) {
		const r = new Rng(mixSeed(seed, i, 2));
		const s = series[i];
		const previous = dates[i - 1];
		if (s && s.part > 1 && previous !== undefined) dates.push(Math.min(END_DAY, previous + r.int(7, 40)));
		else dates.push(r.int(START_DAY, s ? END_DAY - 200 : END_DAY));
	}

	return heads.map((head, i) => {
		const rng = new Rng(mixSeed(seed, i, 3));
		const w = new Writer(rng, heads.slice(Math.max(0, i - 50), i));
		const plain = i % 25 === 7;
		const mdx = !plain && rng.chance(0.05);

		// Decide the article's contents.
		const targetWords = rng.int(800, 2000);
		const tableCount = plain ? 0 : rng.weighted([25, 35, 25, 15]);
		const tableShapes = Array.from({ length: tableCount }, () => (['normal', 'long', 'wide'] as const)[rng.weighted([6, 2, 2])] ?? 'normal');
		const tomlCount = plain ? 0 : rng.weighted([40, 40, 20]);
		const tomlKinds = Array.from({ length: tomlCount }, () => (rng.chance(0.65) ? 'manifest' : 'config') as 'manifest' | 'config');
		const rustCount = rng.weighted([45, 30, 15, 10]);
		const hasTakeaways = !plain && rng.chance(0.85);
		const heading = hasTakeaways ? rng.pick(TAKEAWAY_HEADINGS) : null;
		const numbered = hasTakeaways && rng.chance(0.3);
		const takeawayCount = hasTakeaways ? rng.int(3, 9) : 0;
		const frontTakeaways = !plain && rng.chance(0.05) ? rng.int(3, 6) : 0;

		// Blocks (code, tables) are spread over the sections.
		const out: string[] = [];
		// Features are recorded in document order as the blocks are placed.
		interface Block {
			markdown: string;
			table?: { rows: number; columns: number };
			toml?: 'manifest' | 'config';
		}
		const blocks: Block[] = [];
		for (const shape of tableShapes) {
			const t = table(w, shape);
			blocks.push({ markdown: t.markdown, table: { rows: t.rows, columns: t.columns } });
		}
		for (const kind of tomlKinds) blocks.push({ markdown: tomlFence(w, kind), toml: kind });
		for (let k = 0; k < rustCount; k++) blocks.push({ markdown: rustFence(w) });
		if (rng.chance(0.2)) blocks.push({ markdown: shellFence(w) });
		const orderedBlocks = rng.sample(blocks, blocks.length);
		const tables: ArticleFeatures['tables'] = [];
		const tomls: ArticleFeatures['toml'] = [];
		const place = (block: Block): void => {
			out.push(block.markdown);
			if (block.table) tables.push(block.table);
			if (block.toml) tomls.push(block.toml);
		};

		let words = 0;
		const addProse = (text: string): void => {
			words += wordCount(text);
			out.push(text);
		};

		const takeawayItems = Array.from({ length: takeawayCount }, () => w.takeawayItem());
		const takeawaysBlock = (): string => {
			words += wordCount(takeawayItems.join(' '));
			return [`## ${heading}`, takeawayItems.map((t, k) => (numbered ? `${k + 1}. ${t}` : `- ${t}`)).join('\n')].join('\n\n');
		};
		const tldrFirst = heading === 'TL;DR' && rng.chance(0.7);
		if (tldrFirst) out.push(takeawaysBlock());

		addProse(w.paragraph(3, 5));
		if (rng.chance(0.5)) addProse(w.paragraph(2, 4));

		const sectionCount = rng.int(4, 9);
		const titles = new Set<string>(heading ? [heading] : []);
		const perSection = Math.ceil(orderedBlocks.length / sectionCount);
		for (let s = 0; s < sectionCount || words < targetWords; s++) {
			let title = w.sectionTitle();
			for (let tries = 0; titles.has(title) && tries < 10; tries++) title = w.sectionTitle();
			if (titles.has(title)) title = `${title} ${s + 1}`;
			titles.add(title);
			out.push(`## ${title}`);
			const remainingSections = Math.max(1, sectionCount - s);
			const sectionWords = Math.max(60, Math.round((targetWords - words) / remainingSections));
			const start = words;
			addProse(w.paragraph());
			for (const block of orderedBlocks.splice(0, perSection)) {
				place(block);
				addProse(w.paragraph(2, 4));
			}
			while (words - start < sectionWords) {
				if (rng.chance(0.12)) {
					out.push(`### ${w.sectionTitle()}`);
				}
				if (rng.chance(0.12)) addProse(w.bulletList());
				else addProse(w.paragraph());
			}
			if (s > 40) break;
		}
		for (const block of orderedBlocks) place(block);
		if (heading && !tldrFirst) out.push(takeawaysBlock());

		const description = `${w.sentence()}${rng.chance(0.5) ? ` ${w.sentence()}` : ''}`.replace(/\*\*/g, '');
		const tags = rng.sample(TAG_POOL, rng.int(2, 4));
		const fm = frontmatter({
			title: head.title,
			description,
			date: isoDay(dates[i] as number),
			tags,
			series: series[i] ?? null,
			takeaways: frontTakeaways > 0 ? Array.from({ length: frontTakeaways }, () => w.takeawayItem()) : null,
		});
		const source = `${fm}\n\n${out.join('\n\n')}\n`;
		return {
			file: `${head.slug}.${mdx ? 'mdx' : 'md'}`,
			slug: head.slug,
			source,
			features: {
				words,
				takeaways: takeawayCount,
				takeawaysHeading: heading,
				takeawaysNumbered: numbered,
				frontmatterTakeaways: frontTakeaways,
				tables,
				toml: tomls,
				rust: rustCount,
				series: series[i] !== null,
				plain,
			},
		};
	});
}
