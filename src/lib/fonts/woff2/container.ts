/**
 * The WOFF2 file around the compressed tables (W3C WOFF2, sections 3 and 4): the 48-byte header, the
 * table directory (each entry a flags byte naming a known tag or followed by the tag, the table's
 * length in the font, and its transformed length when a transform applies), the compressed data, and
 * zeros to a 4-byte boundary, as Google's encoder writes. No metadata or private block.
 */
import { ByteWriter } from './bytes.ts';
import { ARBITRARY_TAG, knownTagIndex } from './known-tags.ts';
import { writeUIntBase128 } from './variable-length.ts';

const SIGNATURE = 0x774f4632; // 'wOF2'

/** A table directory entry, in the order its data is in the compressed stream. */
export interface DirectoryEntry {
	tag: string;
	/** Bits 6–7 of the flags byte: 0 is the null transform except for glyf and loca, where it is theirs. */
	transformVersion: number;
	/** The table's length in the decoded font. */
	origLength: number;
	/** Its length in the compressed stream, for a transformed table; absent otherwise. */
	transformLength?: number;
}

/** What goes in a WOFF2 file. */
export interface Woff2Parts {
	/** The font's sfnt version. */
	flavor: number;
	entries: readonly DirectoryEntry[];
	/** The size of the font a decoder rebuilds (header, directory, tables padded to 4). */
	totalSfntSize: number;
	/** The tables' data, compressed as one stream. */
	compressed: Uint8Array;
}

function writeEntry(out: ByteWriter, entry: DirectoryEntry): void {
	const index = knownTagIndex(entry.tag);
	out.u8((entry.transformVersion << 6) | index);
	if (index === ARBITRARY_TAG) for (let c = 0; c < 4; c++) out.u8(entry.tag.charCodeAt(c));
	writeUIntBase128(out, entry.origLength);
	if (entry.transformLength !== undefined) writeUIntBase128(out, entry.transformLength);
}

/** The WOFF2 file of these parts. */
export function writeWoff2(parts: Woff2Parts): Uint8Array {
	const directory = new ByteWriter(parts.entries.length * 6);
	for (const entry of parts.entries) writeEntry(directory, entry);
	const length = (48 + directory.length + parts.compressed.length + 3) & ~3;
	const out = new ByteWriter(length);
	out.u32(SIGNATURE);
	out.u32(parts.flavor);
	out.u32(length);
	out.u16(parts.entries.length);
	out.u16(0); // reserved
	out.u32(parts.totalSfntSize);
	out.u32(parts.compressed.length);
	out.u16(1); // majorVersion
	out.u16(0); // minorVersion
	for (let field = 0; field < 5; field++) out.u32(0); // metaOffset, metaLength, metaOrigLength, privOffset, privLength
	out.bytes(directory.view());
	out.bytes(parts.compressed);
	while (out.length < length) out.u8(0);
	return out.view();
}
