/**
 * The sfnt container (TrueType and OpenType fonts): its table directory read into tags and bytes, and
 * written back with the checksums and `head.checkSumAdjustment` the format asks for. Shared by the `name`
 * table trimming (sfnt-names.ts) and the WOFF2 encoder (woff2/).
 */

/** A table of an sfnt: its tag and bytes. */
export interface SfntTable {
	tag: string;
	data: Uint8Array;
}

/** An sfnt's version tag (`0x00010000` or `true` for TrueType outlines, `OTTO` for CFF) and its tables. */
export interface Sfnt {
	flavor: number;
	tables: SfntTable[];
}

/** The flavor of a font collection (`ttcf`): several fonts in one file, not one sfnt. */
export const COLLECTION_FLAVOR = 0x74746366;

/** The tables of an sfnt, as views of `input`. Throws when the directory points outside the file. */
export function readSfnt(input: Uint8Array): Sfnt {
	// A plain Uint8Array view: a Buffer's slice() would share memory where a copy is expected.
	const font = new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
	if (font.length < 12) throw new Error(`not an sfnt: ${font.length} bytes`);
	const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
	const flavor = view.getUint32(0);
	if (flavor === COLLECTION_FLAVOR) return { flavor, tables: [] };
	const count = view.getUint16(4);
	if (12 + 16 * count > font.length) throw new Error(`sfnt directory of ${count} tables is longer than the file`);
	const tables: SfntTable[] = [];
	for (let i = 0; i < count; i++) {
		const at = 12 + 16 * i;
		const tag = String.fromCharCode(...font.subarray(at, at + 4));
		const offset = view.getUint32(at + 8);
		const length = view.getUint32(at + 12);
		if (offset + length > font.length) throw new Error(`sfnt table ${tag} ends past the file`);
		tables.push({ tag, data: font.subarray(offset, offset + length) });
	}
	return { flavor, tables };
}

/** The sum of big-endian 32-bit words the sfnt checksums use (the data padded with zeros). */
export function tableChecksum(data: Uint8Array): number {
	let sum = 0;
	for (let i = 0; i < data.length; i += 4) {
		sum = (sum + (((data[i] ?? 0) << 24) | ((data[i + 1] ?? 0) << 16) | ((data[i + 2] ?? 0) << 8) | (data[i + 3] ?? 0))) >>> 0;
	}
	return sum;
}

/** An sfnt of these tables, sorted by tag, each padded to 4 bytes, with its checksums. */
export function writeSfnt(flavor: number, tables: readonly SfntTable[]): Uint8Array {
	const sorted = [...tables].sort((a, b) => (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0));
	const headerSize = 12 + 16 * sorted.length;
	const size = sorted.reduce((total, t) => total + Math.ceil(t.data.length / 4) * 4, headerSize);
	const out = new Uint8Array(size);
	const view = new DataView(out.buffer);
	const power = 2 ** Math.floor(Math.log2(sorted.length));
	view.setUint32(0, flavor);
	view.setUint16(4, sorted.length);
	view.setUint16(6, power * 16);
	view.setUint16(8, Math.log2(power));
	view.setUint16(10, sorted.length * 16 - power * 16);
	let offset = headerSize;
	let headOffset = -1;
	sorted.forEach((table, i) => {
		const at = 12 + 16 * i;
		for (let c = 0; c < 4; c++) out[at + c] = table.tag.charCodeAt(c);
		const data = table.tag === 'head' ? Uint8Array.from(table.data, (b, k) => (k >= 8 && k < 12 ? 0 : b)) : table.data;
		if (table.tag === 'head') headOffset = offset;
		view.setUint32(at + 4, tableChecksum(data));
		view.setUint32(at + 8, offset);
		view.setUint32(at + 12, data.length);
		out.set(data, offset);
		offset += Math.ceil(data.length / 4) * 4;
	});
	// head.checkSumAdjustment makes the whole font sum to a constant.
	if (headOffset >= 0) view.setUint32(headOffset + 8, (0xb1b0afba - tableChecksum(out)) >>> 0);
	return out;
}
