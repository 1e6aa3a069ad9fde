/** A growing big-endian byte buffer: the WOFF2 encoder writes its streams and its container with it. */
export class ByteWriter {
	#bytes: Uint8Array;
	#length = 0;

	constructor(capacity = 256) {
		this.#bytes = new Uint8Array(Math.max(16, capacity));
	}

	/** Bytes written so far. */
	get length(): number {
		return this.#length;
	}

	#reserve(extra: number): void {
		const needed = this.#length + extra;
		if (needed <= this.#bytes.length) return;
		const grown = new Uint8Array(Math.max(needed, this.#bytes.length * 2));
		grown.set(this.#bytes.subarray(0, this.#length));
		this.#bytes = grown;
	}

	/** One byte (the low 8 bits of `value`). */
	u8(value: number): void {
		this.#reserve(1);
		this.#bytes[this.#length++] = value & 0xff;
	}

	/** A 16-bit value, signed or not (its low 16 bits), big-endian. */
	u16(value: number): void {
		this.#reserve(2);
		this.#bytes[this.#length++] = (value >> 8) & 0xff;
		this.#bytes[this.#length++] = value & 0xff;
	}

	/** A 32-bit unsigned value, big-endian. */
	u32(value: number): void {
		this.#reserve(4);
		this.#bytes[this.#length++] = (value >>> 24) & 0xff;
		this.#bytes[this.#length++] = (value >>> 16) & 0xff;
		this.#bytes[this.#length++] = (value >>> 8) & 0xff;
		this.#bytes[this.#length++] = value & 0xff;
	}

	/** Bytes as they are. */
	bytes(data: Uint8Array): void {
		this.#reserve(data.length);
		this.#bytes.set(data, this.#length);
		this.#length += data.length;
	}

	/** The bytes written, as a view (valid until the next write). */
	view(): Uint8Array {
		return this.#bytes.subarray(0, this.#length);
	}
}
