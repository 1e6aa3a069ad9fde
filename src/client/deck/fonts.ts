/** The deck's font stacks, as the theme declares them on :root (styles/deck/base.css). */
const STACKS = [
	{ property: '--deck-font', weights: [400, 700], size: '30px' },
	{ property: '--deck-mono', weights: [400], size: '24px' },
] as const;

/**
 * Resolves once the deck's fonts are ready, so slides are measured with their real metrics. The stacks
 * are system fonts, which load at once; a web font added to a stack later (an `@font-face`) is waited
 * for too, since hidden slides never ask for it. `document.fonts.ready` alone can resolve before a face
 * is even requested; a missing face is not fatal.
 */
export async function deckFontsLoaded(doc: Document = document): Promise<void> {
	const root = getComputedStyle(doc.documentElement);
	const faces = STACKS.flatMap(({ property, weights, size }) => {
		const stack = root.getPropertyValue(property).trim();
		return stack ? weights.map((weight) => `${weight} ${size} ${stack}`) : [];
	});
	await Promise.allSettled(faces.map((face) => doc.fonts.load(face)));
	await doc.fonts.ready;
}
