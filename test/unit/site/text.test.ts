import { describe, expect, it } from 'vitest';
import { countWords, readingMinutes } from '../../../src/lib/site/reading-time.ts';
import { formatDate, isoDate } from '../../../src/lib/site/dates.ts';

describe('reading time', () => {
	it('counts words, including contractions and identifiers', () => {
		expect(countWords("It’s `Arc<Mutex<T>>` — don't panic, use tokio::sync::RwLock")).toBe(10);
	});
	it('is at least one minute and rounds at 200 words a minute', () => {
		expect(readingMinutes('')).toBe(1);
		expect(readingMinutes('word '.repeat(1000))).toBe(5);
	});
});

describe('dates', () => {
	it('formats calendar days in UTC whatever the local zone', () => {
		const date = new Date('2023-06-05');
		expect(isoDate(date)).toBe('2023-06-05');
		expect(formatDate(date)).toBe('5 June 2023');
	});
});
