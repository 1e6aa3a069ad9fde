/** The words, crates and names the synthetic articles are written with. */

import { Rng } from './rng.ts';
import { cap } from './words.ts';

/** Backend nouns the prose is made of. */
export const NOUNS = [
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

/** Adjectives for the prose. */
export const ADJECTIVES = [
	'predictable', 'deterministic', 'bounded', 'unbounded', 'lock-free', 'async', 'blocking', 'non-blocking', 'zero-copy', 'idiomatic',
	'concurrent', 'parallel', 'lazy', 'eager', 'incremental', 'cold', 'warm', 'hot', 'steady', 'noisy',
	'median', 'small', 'large', 'shared', 'exclusive', 'immutable', 'mutable', 'static', 'dynamic', 'typed',
	'explicit', 'implicit', 'stable', 'minimal', 'honest', 'expensive', 'cheap', 'slow', 'fast', 'safe',
	'fallible', 'long-lived', 'short-lived', 'synchronous', 'structured', 'streaming', 'batched', 'sharded', 'replicated', 'compressed',
	'cached', 'pooled', 'pinned', 'boring', 'mature', 'brittle', 'measurable', 'hidden', 'upstream', 'downstream',
];

/** Verbs for the prose (base form). */
export const VERBS = [
	'reduce', 'bound', 'amortize', 'hide', 'expose', 'schedule', 'allocate', 'serialize', 'validate', 'batch',
	'buffer', 'retry', 'drop', 'clone', 'borrow', 'move', 'spawn', 'poll', 'wake', 'block',
	'yield', 'saturate', 'throttle', 'shard', 'replicate', 'compact', 'flush', 'cache', 'evict', 'inline',
	'link', 'compile', 'benchmark', 'profile', 'trace', 'measure', 'double', 'halve', 'dominate', 'stabilize',
	'simplify', 'remove', 'introduce', 'isolate', 'pin', 'leak', 'guard', 'tune', 'split', 'merge',
];

/** Adverbs for the prose. */
export const ADVERBS = [
	'consistently', 'rarely', 'usually', 'predictably', 'deliberately', 'eventually', 'explicitly', 'quietly', 'mechanically', 'roughly',
	'early', 'twice', 'safely', 'cheaply', 'reliably',
];

/** Prepositions for the prose. */
export const PREPOSITIONS = ['under', 'behind', 'inside', 'across', 'before', 'after', 'around', 'between', 'within', 'without'];

/** Crates: name, a realistic version, features to pick from. */
export const CRATES: readonly { name: string; version: string; features: readonly string[]; dev?: boolean }[] = [
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

/** Rust types quoted as inline code. */
export const TYPES = [
	'Arc<Mutex<T>>', 'Result<T, E>', 'Option<T>', 'Vec<u8>', 'Bytes', 'HashMap<K, V>', 'Box<dyn Error>', 'Pin<Box<dyn Future>>',
	'JoinHandle<T>', 'mpsc::Sender<T>', 'RwLock<T>', "Cow<'_, str>", "&'static str", 'PgPool', 'Router', 'Semaphore',
	'CancellationToken', 'oneshot::Receiver<T>', 'AtomicU64', 'Duration', 'Instant', 'BytesMut', 'String', 'SmallVec<[T; 8]>',
];

/** Rust functions quoted as inline code. */
export const FUNCTIONS = [
	'tokio::spawn', 'spawn_blocking()', 'clone()', 'unwrap()', 'collect()', 'into_iter()', 'select!', 'join!',
	'serde_json::from_slice', 'Router::new()', 'sqlx::query!', 'Arc::clone', 'drop()', 'block_on()', 'try_join_all()', 'with_capacity()',
	'shrink_to_fit()', 'yield_now()', 'timeout()', 'acquire_owned()', 'instrument()', 'map_err()', 'expect()', 'to_owned()',
];

/** Shell commands for inline code and shell fences. */
export const COMMANDS = [
	'cargo build --release', 'cargo test', 'cargo clippy -- -D warnings', 'cargo tree -d', 'cargo bloat --release', 'cargo flamegraph',
	'cargo nextest run', 'cargo udeps', 'cargo llvm-lines', 'cargo build --timings', 'cargo audit', 'cargo deny check',
];

/** Languages the articles compare Rust with. */
export const LANGUAGES = ['Rust', 'Go', 'Java', 'Node.js', 'Python', 'C++', 'Kotlin', 'Elixir', 'Zig', 'C#'];

/** First half of generated service names (`ledger-api`). */
export const SERVICE_PARTS_A = ['ledger', 'recon', 'billing', 'ingest', 'search', 'auth', 'catalog', 'orders', 'payments', 'quota', 'events', 'media', 'routing', 'pricing', 'fraud', 'notify'];
/** Second half of generated service names. */
export const SERVICE_PARTS_B = ['api', 'worker', 'gateway', 'indexer', 'scheduler', 'proxy', 'service', 'daemon', 'relay', 'sync', 'collector', 'engine'];

/**
 * Rarer technical terms, drawn by rank (Zipf) in place of a common noun now and then, so a query for one
 * of them matches a minority of articles as it would on a real blog.
 */
export const RARE_NOUNS = [
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
export function zipfRank(r: Rng): number {
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
export function identifier(rank: number, kind: 'fn' | 'type'): string {
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

/** Headings a takeaways list is put under, as the extractor recognises them. */
export const TAKEAWAY_HEADINGS = ['Key Takeaways', 'Takeaways', 'TL;DR', 'Summary'];
