/** Words a technical reader gets through per minute; code and tables read slower, prose faster. */
const WORDS_PER_MINUTE = 200;

/** Counts the words of a Markdown/plain text body (code included: readers read it too). */
export function countWords(text: string): number {
	const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’_-]*/gu);
	return words ? words.length : 0;
}

/** Whole minutes needed to read `text`, at least 1. */
export function readingMinutes(text: string): number {
	return Math.max(1, Math.round(countWords(text) / WORDS_PER_MINUTE));
}
