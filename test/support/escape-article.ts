/**
 * An article whose text is full of markup, for the escaping test: every place the site or a deck shows
 * article text must show these characters literally and never turn them into elements.
 */

export const ESCAPE_SLUG = 'escape-test';

/** The article's title, exactly as the reader must see it. */
export const ESCAPE_TITLE = '<script>alert("x")</script> & <b>bold</b>';

/** The article's description, exactly as the reader must see it. */
export const ESCAPE_DESCRIPTION = 'Quuxzorble text with <i>markup</i>, <img src=x onerror=alert(2)> & "quotes" \'single\'.';

/** A series name and an upcoming part's title, shown in the series box, on cards and on the closing slide. */
export const ESCAPE_SERIES = '<i>Series</i> & "co"';
export const ESCAPE_UPCOMING = '<b>Next</b> <script>alert(3)</script>';

/** The markup put into a table cell, a takeaway and the notes, in backticks and as raw text. */
export const INJECTED = '<img src=x onerror=alert(1)>';

/** A word only this article contains, so search finds it and nothing else. */
export const SEARCH_WORD = 'quuxzorble';

/** YAML double-quoted scalar: backslashes and quotes escaped. */
function yamlString(text: string): string {
	return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

export const ESCAPE_ARTICLE = `---
title: ${yamlString(ESCAPE_TITLE)}
description: ${yamlString(ESCAPE_DESCRIPTION)}
date: 2024-02-29
tags: [escape-test]
series:
  name: ${yamlString(ESCAPE_SERIES)}
  part: 1
  upcoming:
    - part: 2
      title: ${yamlString(ESCAPE_UPCOMING)}
---

Quuxzorble is a word only this article uses. Its title and description are markup that must stay text.

## Key Takeaways

- In backticks the markup is code: \`${INJECTED}\`
- As raw text the markup is dropped from slides: ${INJECTED} and <b>bold</b> & more

## Comparison

The notes quote markup as code: \`<script>alert("notes")</script>\` & \`${INJECTED}\`.

| Form | Cell |
| --- | --- |
| Backticks | \`${INJECTED}\` |
| Raw | ${INJECTED} & <b>bold</b> |
| Entities | &lt;b&gt;not bold&lt;/b&gt; |

After the table, one more line of notes.
`;
