import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** Number of pages of a PDF, read with pdf.js (no poppler needed). */
export async function countPdfPages(pdf: Uint8Array): Promise<number> {
	// pdf.js takes ownership of the buffer it is given; give it a copy.
	const task = getDocument({ data: new Uint8Array(pdf), isEvalSupported: false, useSystemFonts: false, verbosity: 0 });
	const doc = await task.promise;
	try {
		return doc.numPages;
	} finally {
		await task.destroy();
	}
}
