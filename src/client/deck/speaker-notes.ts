/**
 * The speaker view (reveal.js's notes plugin) with notes that step with the fragments: the paragraph
 * of the current step is marked in the deck (note-steps.ts) before the plugin copies the notes to the
 * speaker window, and that window gets the rules that show the mark. Loaded on first use (plugins.ts).
 */
import Notes, { type NotesPlugin } from 'reveal.js/plugin/notes';
import type { RevealApi } from 'reveal.js';
import { initNoteSteps, SPEAKER_NOTES_CSS } from './note-steps.ts';
import { SPEAKER_WINDOW_EVENT } from './speaker.ts';

/** Adds the step marks' rules to a speaker window once. */
function styleSpeakerWindow(speaker: Window): void {
	const doc = speaker.document;
	if (!doc?.head || doc.getElementById('talkbook-note-steps')) return;
	const style = doc.createElement('style');
	style.id = 'talkbook-note-steps';
	style.textContent = SPEAKER_NOTES_CSS;
	doc.head.append(style);
}

/** reveal.js's notes plugin, stepping its notes with the fragments. */
export default function SteppedNotes(): NotesPlugin {
	const plugin = Notes();
	window.addEventListener(SPEAKER_WINDOW_EVENT, (event) => {
		const speaker = (event as CustomEvent<unknown>).detail;
		if (speaker && typeof speaker === 'object' && 'document' in speaker) styleSpeakerWindow(speaker as Window);
	});
	return {
		...plugin,
		init(reveal: RevealApi) {
			// Before the plugin's own listeners, so it copies notes that are already marked.
			initNoteSteps(reveal);
			return plugin.init?.(reveal);
		},
	};
}
