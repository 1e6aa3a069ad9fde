/**
 * Resolves once every face the page declares is loaded, so slides are measured with their real metrics.
 * The deck's faces are inlined in the page (src/lib/fonts/); the browser would load a face only when text
 * needing it is laid out, and hidden slides lay out nothing, so each is asked for here instead. A face
 * that fails is not fatal: its text is drawn from the next font of the stack, and fitting still measures
 * what is drawn.
 */
export async function deckFontsLoaded(doc: Document = document): Promise<void> {
	await Promise.allSettled([...doc.fonts].map((face) => face.load()));
	await doc.fonts.ready;
}
