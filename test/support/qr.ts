import path from 'node:path';
import type { Locator, Page } from 'playwright-core';

const JSQR = path.resolve('node_modules', 'jsqr', 'dist', 'jsQR.js');

/** Decodes the QR code `locator` shows, from a screenshot of it, with jsQR in `page`; `null` when unreadable. */
export async function decodeQr(page: Page, locator: Locator): Promise<string | null> {
	const png = await locator.screenshot();
	await page.addScriptTag({ path: JSQR });
	return page.evaluate(async (dataUrl) => {
		const img = new Image();
		img.src = dataUrl;
		await img.decode();
		const canvas = document.createElement('canvas');
		canvas.width = img.width;
		canvas.height = img.height;
		const ctx = canvas.getContext('2d')!;
		ctx.drawImage(img, 0, 0);
		const data = ctx.getImageData(0, 0, img.width, img.height);
		const jsQR = (window as unknown as { jsQR: (d: Uint8ClampedArray, w: number, h: number) => { data: string } | null }).jsQR;
		return jsQR(data.data, img.width, img.height)?.data ?? null;
	}, `data:image/png;base64,${png.toString('base64')}`);
}
