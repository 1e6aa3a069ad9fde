import { createHash } from 'node:crypto';

/** A hex SHA-256 of the parts, each length-prefixed so `("ab", "c")` and `("a", "bc")` never collide. */
export function hashParts(...parts: readonly (string | Uint8Array)[]): string {
	const hash = createHash('sha256');
	for (const part of parts) {
		const bytes = typeof part === 'string' ? Buffer.from(part, 'utf8') : part;
		hash.update(`${bytes.length}:`);
		hash.update(bytes);
	}
	return hash.digest('hex');
}
