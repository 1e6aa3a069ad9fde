/** Small English and Markdown helpers for the synthetic corpus. */

/** English plural of the last word of a noun phrase. */
export function plural(noun: string): string {
	const words = noun.split(' ');
	const last = words.pop() as string;
	let p: string;
	if (/(s|x|z|ch|sh)$/.test(last)) p = `${last}es`;
	else if (/[^aeiou]y$/.test(last)) p = `${last.slice(0, -1)}ies`;
	else p = `${last}s`;
	return [...words, p].join(' ');
}

/** Third-person singular of a verb (`runs`, `catches`). */
export function thirdPerson(verb: string): string {
	if (/(s|x|z|ch|sh|o)$/.test(verb)) return `${verb}es`;
	if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ies`;
	return `${verb}s`;
}

/** Capitalises the first letter. */
export function cap(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Title Case for article titles (short words stay lower case). */
export function titleCase(text: string): string {
	return text
		.split(' ')
		.map((w) => (/^[a-z]/.test(w) && !['a', 'an', 'the', 'of', 'in', 'for', 'to', 'with', 'vs', 'and', 'at', 'on', 'from'].includes(w) ? cap(w) : w))
		.join(' ')
		.replace(/^./, (c) => c.toUpperCase());
}

/** URL slug of a title. */
export function slugify(text: string): string {
	return text
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

/** "a" or "an" before a word, followed by the word. */
export function a(word: string): string {
	return `${/^[aeiou]/i.test(word) ? 'an' : 'a'} ${word}`;
}

/** `word` → `Word`, for identifiers. */
export function pascalWord(word: string): string {
	return cap(word.replace(/[^a-z0-9]/gi, ''));
}

/** Markdown inline code. */
export function code(text: string): string {
	return `\`${text}\``;
}

/** Words in a text, as the corpus statistics count them. */
export function wordCount(text: string): number {
	return text.split(/\s+/).filter(Boolean).length;
}
