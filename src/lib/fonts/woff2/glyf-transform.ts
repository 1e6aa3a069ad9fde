/**
 * WOFF2's transformed `glyf` table (W3C WOFF2, section 5.1; `loca` becomes nothing, section 5.3): the
 * glyphs split into streams of like data, which compress better than the glyph records do:
 *
 * - nContour: each glyph's number of contours (Int16; -1 for a composite, 0 for an empty glyph);
 * - nPoints: each contour's number of points (255UInt16);
 * - flag and glyph: each point as a triplet (triplet.ts), then each glyph's instruction length (255UInt16);
 * - composite: the component records of composite glyphs, as they are;
 * - bbox: a bitmap of the glyphs whose bounding box is written (every composite glyph; a simple glyph
 *   whose box is not the one its points give), then those boxes;
 * - instruction: the glyphs' instructions;
 * - overlapSimpleBitmap: OVERLAP_SIMPLE of each simple glyph, only when some glyph has it set.
 */
import { ByteWriter } from './bytes.ts';
import type { Bbox, Glyph, SimpleGlyph } from './glyph.ts';
import { writeTriplet } from './triplet.ts';
import { write255UInt16 } from './variable-length.ts';

const OVERLAP_SIMPLE_BITMAP = 0x0001;

/** The box a simple glyph's points span, on- and off-curve ones alike (what a decoder computes). */
export function pointsBbox(glyph: SimpleGlyph): Bbox {
	if (glyph.xs.length === 0) return [0, 0, 0, 0];
	let [xMin, yMin, xMax, yMax] = [glyph.xs[0]!, glyph.ys[0]!, glyph.xs[0]!, glyph.ys[0]!];
	for (let i = 1; i < glyph.xs.length; i++) {
		const x = glyph.xs[i]!;
		const y = glyph.ys[i]!;
		if (x < xMin) xMin = x;
		if (x > xMax) xMax = x;
		if (y < yMin) yMin = y;
		if (y > yMax) yMax = y;
	}
	return [xMin, yMin, xMax, yMax];
}

const sameBox = (a: Bbox, b: Bbox) => a[0] === b[0] && a[1] === b[1] && a[2] === b[2] && a[3] === b[3];

/** The transformed `glyf` table of these glyphs, whose `loca` has `indexFormat` (0 short, 1 long offsets). */
export function transformGlyf(glyphs: readonly Glyph[], indexFormat: number): Uint8Array {
	const numGlyphs = glyphs.length;
	const nContour = new ByteWriter(numGlyphs * 2);
	const nPoints = new ByteWriter(numGlyphs * 2);
	const flag = new ByteWriter(numGlyphs * 24);
	const glyph = new ByteWriter(numGlyphs * 32);
	const composite = new ByteWriter();
	const bboxBitmap = new Uint8Array(4 * Math.floor((numGlyphs + 31) / 32));
	const bbox = new ByteWriter();
	const instruction = new ByteWriter();
	const overlapBitmap = new Uint8Array((numGlyphs + 7) >> 3);
	let overlaps = false;

	const writeBox = (id: number, box: Bbox) => {
		bboxBitmap[id >> 3]! |= 0x80 >> (id & 7);
		for (const v of box) bbox.u16(v);
	};
	const writeInstructions = (code: Uint8Array) => {
		write255UInt16(glyph, code.length);
		instruction.bytes(code);
	};

	glyphs.forEach((g, id) => {
		if (g.kind === 'empty') {
			nContour.u16(0);
		} else if (g.kind === 'composite') {
			nContour.u16(-1);
			writeBox(id, g.bbox);
			composite.bytes(g.components);
			if (g.instructions) writeInstructions(g.instructions);
		} else {
			nContour.u16(g.endPoints.length);
			if (!sameBox(g.bbox, pointsBbox(g))) writeBox(id, g.bbox);
			if (g.overlap) {
				overlapBitmap[id >> 3]! |= 0x80 >> (id & 7);
				overlaps = true;
			}
			let previousEnd = -1;
			for (const end of g.endPoints) {
				write255UInt16(nPoints, end - previousEnd);
				previousEnd = end;
			}
			let x = 0;
			let y = 0;
			for (let i = 0; i < g.xs.length; i++) {
				writeTriplet(flag, glyph, g.onCurve[i] === 1, g.xs[i]! - x, g.ys[i]! - y);
				x = g.xs[i]!;
				y = g.ys[i]!;
			}
			writeInstructions(g.instructions);
		}
	});

	const streams = [nContour.view(), nPoints.view(), flag.view(), glyph.view(), composite.view(), bboxBitmap, bbox.view(), instruction.view()];
	const out = new ByteWriter(36 + streams.reduce((n, s) => n + s.length, 0) + (overlaps ? overlapBitmap.length : 0));
	out.u16(0); // reserved
	out.u16(overlaps ? OVERLAP_SIMPLE_BITMAP : 0);
	out.u16(numGlyphs);
	out.u16(indexFormat);
	// The seven stream sizes; the bbox stream's counts its bitmap.
	for (const size of [streams[0]!, streams[1]!, streams[2]!, streams[3]!, streams[4]!].map((s) => s.length)) out.u32(size);
	out.u32(bboxBitmap.length + bbox.length);
	out.u32(instruction.length);
	for (const stream of streams) out.bytes(stream);
	if (overlaps) out.bytes(overlapBitmap);
	return out.view();
}
