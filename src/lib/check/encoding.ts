import { characterPointAt, TalkbookError } from '../errors.ts';
import type { ErrorPoint } from '../errors.ts';

/** A content file's bytes decoded, or why they cannot be: every content file is UTF-8 text. */
export interface DecodedSource {
	/** The text (with U+FFFD where bytes were invalid, so later steps could still run if wanted). */
	source: string;
	errors: TalkbookError[];
}

/** Length of the UTF-8 sequence a lead byte starts, or 0 when it cannot start one. */
function sequenceLength(lead: number): number {
	if (lead < 0x80) return 1;
	if (lead >= 0xc2 && lead <= 0xdf) return 2;
	if (lead >= 0xe0 && lead <= 0xef) return 3;
	if (lead >= 0xf0 && lead <= 0xf4) return 4;
	return 0;
}

/** Whether the sequence at `i` is well-formed UTF-8 (no overlong forms, no surrogates, nothing past U+10FFFF). */
function validSequence(bytes: Uint8Array, i: number, length: number): boolean {
	if (i + length > bytes.length) return false;
	for (let k = 1; k < length; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return false;
	const lead = bytes[i] ?? 0;
	const second = bytes[i + 1] ?? 0;
	if (lead === 0xe0 && second < 0xa0) return false;
	if (lead === 0xed && second > 0x9f) return false;
	if (lead === 0xf0 && second < 0x90) return false;
	if (lead === 0xf4 && second > 0x8f) return false;
	return true;
}

/** Offset of the first byte that is not valid UTF-8, or -1. */
export function firstInvalidByte(bytes: Uint8Array): number {
	for (let i = 0; i < bytes.length; ) {
		const length = sequenceLength(bytes[i] ?? 0);
		if (length === 0 || !validSequence(bytes, i, length)) return i;
		i += length;
	}
	return -1;
}

/** 1-based line and column (in characters) of a byte offset. */
function pointOfByte(bytes: Uint8Array, offset: number): ErrorPoint {
	const before = new TextDecoder().decode(bytes.subarray(0, offset));
	return characterPointAt(before, before.length);
}

/**
 * Decodes a content file and refuses what Astro's parsers fail on without a location (or silently change):
 * bytes that are not UTF-8, and NUL characters. Each is an error at its line and column.
 */
export function decodeSource(bytes: Uint8Array, file: string): DecodedSource {
	const errors: TalkbookError[] = [];
	const invalid = firstInvalidByte(bytes);
	if (invalid >= 0) {
		const hex = (bytes[invalid] ?? 0).toString(16).padStart(2, '0');
		errors.push(new TalkbookError(`not UTF-8 text: byte 0x${hex} cannot start or continue a character; save the file as UTF-8`, file, pointOfByte(bytes, invalid)));
	}
	const source = new TextDecoder().decode(bytes);
	const nul = source.indexOf('\u0000');
	if (nul >= 0) {
		errors.push(new TalkbookError('NUL character (U+0000) in the file; remove it', file, characterPointAt(source, nul)));
	}
	return { source, errors };
}
