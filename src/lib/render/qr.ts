import QRCode from 'qrcode';
import { escapeAttr } from '../html/escape.ts';

/** Light modules around the code, in modules: the quiet zone the QR standard asks for so readers find it. */
const QUIET_ZONE = 4;

/**
 * A QR code of `text` as inline SVG, drawn at build time: one path of dark modules (1-unit strokes) on a light square,
 * in fixed black on white whatever the deck theme (phone cameras read dark-on-light best). The encoding
 * is the `qrcode` library's (error correction M, the smallest version that holds the text); `sizePx` is
 * the side of the whole code in frame pixels.
 */
export function qrSvg(text: string, sizePx: number, label: string): string {
	const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
	const size = modules.size;
	const total = size + QUIET_ZONE * 2;
	let d = '';
	for (let y = 0; y < size; y++) {
		// Each horizontal run of dark modules is one stroke along the middle of its row, a row's runs
		// joined by relative moves: half the path of filled boxes, and 0.4 KB less gzip in the page.
		let end = -1;
		let x = 0;
		while (x < size) {
			if (!modules.data[y * size + x]) {
				x++;
				continue;
			}
			const start = x;
			while (x < size && modules.data[y * size + x]) x++;
			d += end < 0 ? `M${start + QUIET_ZONE} ${y + QUIET_ZONE + 0.5}h${x - start}` : `m${start - end} 0h${x - start}`;
			end = x;
		}
	}
	return (
		`<svg class="qr-code" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${total} ${total}" width="${sizePx}" height="${sizePx}"` +
		` role="img" aria-label="${escapeAttr(label)}" shape-rendering="crispEdges">` +
		`<rect width="${total}" height="${total}" fill="#ffffff"/><path stroke="#000000" d="${d}"/></svg>`
	);
}
