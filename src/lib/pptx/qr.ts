import QRCode from 'qrcode';
import { QR_SIZE_PX } from '../render/closing.ts';
import type { QrImage } from './context.ts';

/** Pixels of the PNG per frame pixel: sharp on a projector at twice the frame's size. */
const DENSITY = 2;

/**
 * The closing slide's QR code as a PNG, with the encoding of the HTML deck's (src/lib/render/qr.ts: the
 * `qrcode` library, error correction M, a quiet zone of four modules), black on white.
 */
export async function qrPng(url: string): Promise<QrImage> {
	const pixels = QR_SIZE_PX * DENSITY;
	const png = await QRCode.toBuffer(url, { errorCorrectionLevel: 'M', margin: 4, width: pixels, color: { dark: '#000000', light: '#ffffff' } });
	return { png: new Uint8Array(png), pixels };
}
