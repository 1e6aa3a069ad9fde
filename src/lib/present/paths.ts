/**
 * Which file of `dist/` a request names, if any. The request path is taken as the client sent it (no
 * URL parser has normalised `..` away yet) and refused, not repaired, when it tries anything: dot
 * segments, encoded or not; encoded slashes and backslashes; a second layer of percent-encoding; NUL and
 * other control characters; hidden files; an absolute-form target; or a file whose real path (symbolic
 * links followed) lies outside `dist/`. Only what is left is looked up, under the site's base path.
 */
import { realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { normalizeBase } from '../site/paths.ts';

/** Why a request path was refused (400) or found nothing (404). */
export type PathRefusal =
	| 'not-origin-form'
	| 'control-character'
	| 'backslash'
	| 'nul'
	| 'bad-encoding'
	| 'encoded-separator'
	| 'double-encoding'
	| 'dot-segment'
	| 'hidden'
	| 'empty-segment'
	| 'outside-base'
	| 'outside-root'
	| 'not-found';

/** A file to serve (and its route below the base, `/decks/x/index.html`), or why not. */
export type Resolved = { ok: true; file: string; route: string } | { ok: false; status: 400 | 403 | 404; reason: PathRefusal };

const refuse = (status: 400 | 403 | 404, reason: PathRefusal): Resolved => ({ ok: false, status, reason });

/** The decoded segments of a request path, or why it is refused. */
export function requestSegments(rawPath: string): string[] | Extract<Resolved, { ok: false }> {
	const fail = (status: 400 | 403 | 404, reason: PathRefusal) => refuse(status, reason) as Extract<Resolved, { ok: false }>;
	if (!rawPath.startsWith('/')) return fail(400, 'not-origin-form');
	if (/[\u0000-\u001f\u007f]/.test(rawPath)) return fail(400, rawPath.includes('\u0000') ? 'nul' : 'control-character');
	if (rawPath.includes('\\')) return fail(400, 'backslash');
	const raw = rawPath.slice(1).split('/');
	const segments: string[] = [];
	for (const [i, part] of raw.entries()) {
		let segment: string;
		try {
			segment = decodeURIComponent(part);
		} catch {
			return fail(400, 'bad-encoding');
		}
		if (segment.includes('\u0000')) return fail(400, 'nul');
		if (/[\u0001-\u001f\u007f]/.test(segment)) return fail(400, 'control-character');
		if (segment.includes('/') || segment.includes('\\')) return fail(400, 'encoded-separator');
		// What is still percent-encoded after one decoding was encoded twice: `%252e%252e` is `%2e%2e`.
		if (/%[0-9a-f]{2}/i.test(segment)) return fail(400, 'double-encoding');
		if (segment === '.' || segment === '..') return fail(400, 'dot-segment');
		if (segment.startsWith('.')) return fail(404, 'hidden');
		// Only the last segment may be empty (a folder's trailing slash): `//x` is not a path the site writes.
		if (segment === '' && i < raw.length - 1) return fail(400, 'empty-segment');
		segments.push(segment);
	}
	return segments;
}

/** Whether `inner` is `root` or below it. */
function within(root: string, inner: string): boolean {
	return inner === root || inner.startsWith(root + path.sep);
}

/**
 * The file of `root` (the built `dist/`) that `rawPath` (the request path, before `?`) names under
 * `base` (`/` or `/talks/`): a folder gives its `index.html`. Symbolic links are followed only to
 * files inside `root`.
 */
export function resolveRequestPath(root: string, base: string, rawPath: string): Resolved {
	const segments = requestSegments(rawPath);
	if (!Array.isArray(segments)) return segments;
	const baseSegments = normalizeBase(base).split('/').filter(Boolean);
	if (baseSegments.some((segment, i) => segments[i] !== segment)) return refuse(404, 'outside-base');
	const inner = segments.slice(baseSegments.length);
	let realRoot: string;
	try {
		realRoot = realpathSync(root);
	} catch {
		return refuse(404, 'not-found');
	}
	const candidate = path.join(realRoot, ...inner);
	if (!within(realRoot, candidate)) return refuse(400, 'dot-segment');
	for (const file of [candidate, path.join(candidate, 'index.html')]) {
		let real: string;
		try {
			real = realpathSync(file);
		} catch {
			continue;
		}
		if (!within(realRoot, real)) return refuse(403, 'outside-root');
		try {
			if (!statSync(real).isFile()) continue;
		} catch {
			continue;
		}
		const route = `/${path.relative(realRoot, file).split(path.sep).join('/')}`;
		return { ok: true, file: real, route };
	}
	return refuse(404, 'not-found');
}
