/** How the phone remote is moved: its two targets, a horizontal swipe, and the keyboard. */

/** Horizontal travel, in CSS pixels, that makes a swipe. */
const SWIPE_PX = 60;

/**
 * Calls `go` on a press of `prev` or `next`, on a swipe anywhere on `root` but the buttons (to the left:
 * next), and on the arrow, page and space keys.
 */
export function bindControls(root: HTMLElement, prev: HTMLButtonElement, next: HTMLButtonElement, go: (to: 'next' | 'prev') => void): void {
	// A press is a pointer lifted on the button it went down on: a phone may swallow the click of a tap
	// that comes right after a swipe (it stops the swipe's fling instead), the pointer events it never does.
	for (const [button, to] of [[prev, 'prev'], [next, 'next']] as const) {
		let down: number | null = null;
		button.addEventListener('pointerdown', (event) => {
			down = event.pointerId;
		});
		button.addEventListener('pointerup', (event) => {
			if (down !== event.pointerId || (event.pointerType === 'mouse' && event.button !== 0)) return;
			down = null;
			go(to);
		});
		button.addEventListener('pointerleave', () => {
			down = null;
		});
		// Keyboard and assistive technology press buttons with a click that no pointer made.
		button.addEventListener('click', (event) => {
			if (event.detail === 0) go(to);
		});
	}
	document.addEventListener('keydown', (event) => {
		if (event.key === 'ArrowRight' || event.key === 'PageDown' || event.key === ' ') go('next');
		else if (event.key === 'ArrowLeft' || event.key === 'PageUp') go('prev');
		else return;
		event.preventDefault();
	});

	let from: { x: number; y: number; id: number } | null = null;
	root.addEventListener('pointerdown', (event) => {
		if ((event.target as Element).closest('button')) return;
		from = { x: event.clientX, y: event.clientY, id: event.pointerId };
	});
	root.addEventListener('pointerup', (event) => {
		if (!from || event.pointerId !== from.id) return;
		const dx = event.clientX - from.x;
		const dy = event.clientY - from.y;
		from = null;
		if (Math.abs(dx) >= SWIPE_PX && Math.abs(dx) > Math.abs(dy) * 1.5) go(dx < 0 ? 'next' : 'prev');
	});
	root.addEventListener('pointercancel', () => {
		from = null;
	});
}
