import type { RevealApi } from 'reveal.js';

/** Line numbers of a `.code-step`'s `data-lines="2,3,4"`. */
function stepLines(step: Element): Set<string> {
	return new Set((step.getAttribute('data-lines') ?? '').split(',').map((n) => n.trim()).filter(Boolean));
}

/** Lights `lines` in a code block and dims the rest; with `null`, every line is lit again. */
function lightLines(block: Element, lines: Set<string> | null): void {
	block.classList.toggle('is-stepping', lines !== null);
	for (const line of block.querySelectorAll('.line')) {
		const lit = lines === null || lines.has(line.getAttribute('data-line') ?? '');
		line.classList.toggle('is-lit', lines !== null && lit);
		line.classList.toggle('is-dim', !lit);
	}
}

/** Applies the current step of every code block on `slide`; blocks with no current step show all lines. */
export function updateCodeSteps(slide: Element | null | undefined): void {
	if (!slide) return;
	for (const block of slide.querySelectorAll('.code-block')) {
		const current = block.querySelector('.code-step.current-fragment');
		lightLines(block, current ? stepLines(current) : null);
	}
}

/** Clears step highlighting everywhere (overview shows slides whole). */
function clearAll(): void {
	for (const block of document.querySelectorAll('.reveal .code-block.is-stepping')) lightLines(block, null);
}

/**
 * Keeps code highlighting in step with the fragments: the lines of the current `.code-step` are lit
 * and the rest dimmed; before the first step, in the overview and in print every line is lit.
 */
export function initCodeSteps(reveal: RevealApi): void {
	// `isPrintingPDF()` is in reveal's typings but not in its 6.0 runtime; the print view is `view: 'print'`.
	if (reveal.getConfig().view === 'print') return;
	const update = (): void => {
		if (reveal.isOverview()) return clearAll();
		updateCodeSteps(reveal.getCurrentSlide());
	};
	for (const type of ['fragmentshown', 'fragmenthidden', 'slidechanged', 'overviewhidden']) reveal.on(type, update);
	reveal.on('overviewshown', clearAll);
	update();
}
