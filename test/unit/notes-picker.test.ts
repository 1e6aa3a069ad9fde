/**
 * The deck's notes picker (src/lib/deck/notes-picker.ts) on a small article: the prose a code slide
 * starts from (`prefer`), kept for it whichever slide picks first (`reserve`), and lead-ins kept with
 * the sentence they lead into.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/lib/deck/index.ts';
import { createNotesPicker } from '../../src/lib/deck/notes-picker.ts';

const ARTICLE = `---
title: "Picker"
description: "A small article for the notes picker."
date: 2024-01-01
---

## Memory and code

Memory predictability. The worker had a 1.2 GB resident set in Go and sits at 110 MB in Rust after the rewrite.

The rewrite took a quarter, most of it spent on the tests around the worker.

The handler below reads the config file with tokio and never blocks the runtime:

\`\`\`rust
async fn load() -> Config { tokio::fs::read("c.toml").await }
\`\`\`

Reading the config file with tokio keeps every worker thread free for requests, which is why the handler is async.
`;

const extraction = extractArticle(ARTICLE, 'articles/picker.md');
const block = extraction.code[0];

describe('notes picker', () => {
	it('gives a code block the prose right before and after it, lead-in colon included, before any other sentence', () => {
		const picker = createNotesPicker(extraction);
		const notes = picker.pick({ terms: ['memory'], prefer: block?.notes ?? [], sections: ['memory-and-code'], maxWords: 150 });
		expect(notes.join(' ')).toContain('The handler below reads the config file with tokio and never blocks the runtime:');
		expect(notes.join(' ')).toContain('which is why the handler is async.');
	});

	it('keeps reserved prose from a slide that picks first, and hands it to the slide that prefers it', () => {
		const picker = createNotesPicker(extraction);
		picker.reserve(block?.notes ?? []);
		const table = picker.pick({ terms: ['config', 'tokio', 'handler', 'memory'], sections: ['memory-and-code'], fill: true });
		expect(table.join(' ')).not.toContain('handler');
		expect(table.join(' ')).toContain('1.2 GB');
		const code = picker.pick({ terms: ['tokio'], prefer: block?.notes ?? [], sections: ['memory-and-code'], fill: true });
		expect(code.join(' ')).toContain('The handler below reads the config file');
		// Picked once, a reserved sentence is like any other: a later request may reuse it.
		expect(picker.pick({ terms: ['handler', 'async'], sections: ['memory-and-code'], reuse: true, maxSentences: 1 }).join(' ')).toContain('handler');
	});

	it('never gives the sentence after a bold lead-in without the lead-in', () => {
		const picker = createNotesPicker(extraction);
		const notes = picker.pick({ terms: ['resident', 'GB'], sections: ['memory-and-code'], maxSentences: 1 });
		expect(notes[0]).toMatch(/^Memory predictability\. The worker had a 1\.2 GB resident set/);
	});
});
