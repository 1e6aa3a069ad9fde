/** Faces the deck theme uses; loaded explicitly because hidden slides never ask for them. */
const FACES = ['400 30px "Inter Variable"', '700 30px "Inter Variable"', '400 24px "JetBrains Mono Variable"'];

/**
 * Resolves once the deck fonts are loaded, so slides are measured with their real metrics.
 * `document.fonts.ready` alone can resolve before a face is even requested; a missing face is not fatal.
 */
export async function deckFontsLoaded(): Promise<void> {
	await Promise.allSettled(FACES.map((face) => document.fonts.load(face)));
	await document.fonts.ready;
}
