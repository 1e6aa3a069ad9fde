/**
 * TrueType glyph records read from `glyf` through `loca` (OpenType spec, `glyf`): what the WOFF2 glyf
 * transform needs of each glyph. A simple glyph's points as absolute coordinates with their on-curve
 * flags, its contours' end points, instructions and overlap flag; a composite glyph's component records
 * kept as bytes (WOFF2 stores them as they are) and its instructions.
 */

/** A glyph's bounding box as its header stores it: xMin, yMin, xMax, yMax. */
export type Bbox = readonly [number, number, number, number];

/** A glyph without outline (a space): nothing in `glyf`. */
export interface EmptyGlyph {
	kind: 'empty';
}

/** A glyph of contours of points. */
export interface SimpleGlyph {
	kind: 'simple';
	bbox: Bbox;
	/** Index of each contour's last point. */
	endPoints: Uint16Array;
	xs: Int32Array;
	ys: Int32Array;
	/** 1 where the point is on the curve. */
	onCurve: Uint8Array;
	instructions: Uint8Array;
	/** OVERLAP_SIMPLE (bit 6 of the first point's flags): the contours overlap. */
	overlap: boolean;
}

/** A glyph made of other glyphs. */
export interface CompositeGlyph {
	kind: 'composite';
	bbox: Bbox;
	/** The component records (flags, glyph index, offsets, transform), bytes as in the font. */
	components: Uint8Array;
	/** Instructions after the last component; null when no component's flags announce any. */
	instructions: Uint8Array | null;
}

/** One glyph of a TrueType font. */
export type Glyph = EmptyGlyph | SimpleGlyph | CompositeGlyph;

// Simple glyph flags.
const ON_CURVE = 0x01;
const X_SHORT = 0x02;
const Y_SHORT = 0x04;
const REPEAT = 0x08;
const X_SAME_OR_POSITIVE = 0x10;
const Y_SAME_OR_POSITIVE = 0x20;
const OVERLAP_SIMPLE = 0x40;

// Composite glyph component flags.
const ARG_1_AND_2_ARE_WORDS = 0x0001;
const WE_HAVE_A_SCALE = 0x0008;
const MORE_COMPONENTS = 0x0020;
const WE_HAVE_AN_X_AND_Y_SCALE = 0x0040;
const WE_HAVE_A_TWO_BY_TWO = 0x0080;
const WE_HAVE_INSTRUCTIONS = 0x0100;

/** A reader that throws, naming the glyph, instead of reading past its record. */
class GlyphReader {
	at = 0;
	readonly data: Uint8Array;
	readonly id: number;
	readonly #view: DataView;

	constructor(data: Uint8Array, id: number) {
		this.data = data;
		this.id = id;
		this.#view = new DataView(data.buffer, data.byteOffset, data.byteLength);
	}

	#need(bytes: number): void {
		if (this.at + bytes > this.data.length) throw new Error(`glyph ${this.id}: record ends early (${this.data.length} bytes)`);
	}

	u8(): number {
		this.#need(1);
		return this.data[this.at++] ?? 0;
	}

	u16(): number {
		this.#need(2);
		const value = this.#view.getUint16(this.at);
		this.at += 2;
		return value;
	}

	i16(): number {
		this.#need(2);
		const value = this.#view.getInt16(this.at);
		this.at += 2;
		return value;
	}

	bytes(length: number): Uint8Array {
		this.#need(length);
		const value = this.data.subarray(this.at, this.at + length);
		this.at += length;
		return value;
	}
}

function readSimple(r: GlyphReader, contours: number, bbox: Bbox): SimpleGlyph {
	const endPoints = new Uint16Array(contours);
	for (let i = 0; i < contours; i++) {
		endPoints[i] = r.u16();
		if (i > 0 && endPoints[i]! < endPoints[i - 1]!) throw new Error(`glyph ${r.id}: contour end points go backwards`);
	}
	const count = endPoints[contours - 1]! + 1;
	const instructions = r.bytes(r.u16());
	const flags = new Uint8Array(count);
	for (let i = 0; i < count; ) {
		const flag = r.u8();
		const repeats = flag & REPEAT ? r.u8() : 0;
		if (i + 1 + repeats > count) throw new Error(`glyph ${r.id}: flags repeat past the last point`);
		flags.fill(flag, i, i + 1 + repeats);
		i += 1 + repeats;
	}
	const read = (short: number, sameOrPositive: number, into: Int32Array) => {
		let value = 0;
		for (let i = 0; i < count; i++) {
			const flag = flags[i]!;
			if (flag & short) value += flag & sameOrPositive ? r.u8() : -r.u8();
			else if (!(flag & sameOrPositive)) value += r.i16();
			into[i] = value;
		}
	};
	const xs = new Int32Array(count);
	const ys = new Int32Array(count);
	read(X_SHORT, X_SAME_OR_POSITIVE, xs);
	read(Y_SHORT, Y_SAME_OR_POSITIVE, ys);
	const onCurve = flags.map((flag) => flag & ON_CURVE);
	return { kind: 'simple', bbox, endPoints, xs, ys, onCurve, instructions, overlap: ((flags[0] ?? 0) & OVERLAP_SIMPLE) !== 0 };
}

function readComposite(r: GlyphReader, bbox: Bbox): CompositeGlyph {
	const start = r.at;
	let hasInstructions = false;
	for (let flags = MORE_COMPONENTS; flags & MORE_COMPONENTS; ) {
		flags = r.u16();
		hasInstructions ||= (flags & WE_HAVE_INSTRUCTIONS) !== 0;
		// The glyph index, the two arguments, then the transform's 2.14 numbers, if any.
		const transform = flags & WE_HAVE_A_SCALE ? 2 : flags & WE_HAVE_AN_X_AND_Y_SCALE ? 4 : flags & WE_HAVE_A_TWO_BY_TWO ? 8 : 0;
		r.bytes(2 + (flags & ARG_1_AND_2_ARE_WORDS ? 4 : 2) + transform);
	}
	const components = r.data.subarray(start, r.at);
	return { kind: 'composite', bbox, components, instructions: hasInstructions ? r.bytes(r.u16()) : null };
}

/** The glyph whose record is `data` (empty for none), glyph `id` in messages. Throws on a malformed record. */
export function readGlyph(data: Uint8Array, id: number): Glyph {
	if (data.length === 0) return { kind: 'empty' };
	const r = new GlyphReader(data, id);
	const contours = r.i16();
	const bbox: Bbox = [r.i16(), r.i16(), r.i16(), r.i16()];
	if (contours > 0) return readSimple(r, contours, bbox);
	if (contours === -1) return readComposite(r, bbox);
	// A record of zero contours is an empty glyph; WOFF2 can only say so if its box is empty too.
	if (contours === 0 && bbox.every((v) => v === 0)) return { kind: 'empty' };
	throw new Error(`glyph ${id}: ${contours === 0 ? 'no contours but a bounding box' : `${contours} contours`}`);
}

/** Every glyph of the font, read through `loca` (short offsets, halved, for indexFormat 0; else long). */
export function readGlyphs(glyf: Uint8Array, loca: Uint8Array, numGlyphs: number, indexFormat: number): Glyph[] {
	const view = new DataView(loca.buffer, loca.byteOffset, loca.byteLength);
	const size = indexFormat === 0 ? 2 : 4;
	if (loca.length < (numGlyphs + 1) * size) throw new Error(`loca has ${loca.length} bytes for ${numGlyphs} glyphs`);
	const offset = (i: number) => (indexFormat === 0 ? view.getUint16(i * 2) * 2 : view.getUint32(i * 4));
	const glyphs: Glyph[] = [];
	for (let i = 0; i < numGlyphs; i++) {
		const start = offset(i);
		const end = offset(i + 1);
		if (end < start || end > glyf.length) throw new Error(`glyph ${i}: loca points outside glyf`);
		glyphs.push(readGlyph(glyf.subarray(start, end), i));
	}
	return glyphs;
}
