import { describe, expect, it } from 'vitest';
import { countWords, readingMinutes } from '../../../src/lib/site/reading-time.ts';
import { formatDate, isoDate } from '../../../src/lib/site/dates.ts';
import { extractArticle } from '../../../src/lib/extract/index.ts';
import { articleSource } from '../support/article.ts';

describe('reading time', () => {
	it('counts words, including contractions and identifiers', () => {
		expect(countWords("It’s `Arc<Mutex<T>>` — don't panic, use tokio::sync::RwLock")).toBe(10);
	});
	it('is at least one minute and rounds at 200 words a minute', () => {
		expect(readingMinutes('')).toBe(1);
		expect(readingMinutes('word '.repeat(1000))).toBe(5);
	});
	it('is counted once per article by the extraction: the body and its code, not the frontmatter', () => {
		const body = `${'prose '.repeat(500)}\n\n\`\`\`rust\n${'code '.repeat(400)}\n\`\`\`\n`;
		expect(extractArticle(articleSource(body, `tags: [${Array(300).fill('x').join(', ')}]`), 'articles/a.md').readingMinutes).toBe(5);
	});
});

describe('dates', () => {
	it('formats calendar days in UTC whatever the local zone', () => {
		const date = new Date('2023-06-05');
		expect(isoDate(date)).toBe('2023-06-05');
		expect(formatDate(date)).toBe('5 June 2023');
	});
});
